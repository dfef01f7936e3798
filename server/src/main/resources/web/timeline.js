// The regime timeline as SVG: a date axis, one lane per authority, each instrument a marker at its
// date of adoption (a link: keyboard and screen readers reach it), labels staggered so that they do
// not overlap, and a line at the chosen date.

import { svg } from './dom.js';

const WIDTH = 1100;
const LEFT = 48;
const RIGHT = 70;
const LEVEL = 15; // height of one label row
const TOP = 8;
const LANES = ['UN', 'US', 'EU', 'KR'];
const CHAR_WIDTH = 6.6; // width of a label's character in viewBox units, roughly

/**
 * The timeline of the instruments; `onChoose(adoptedOn)` is called when one is chosen.
 */
export function drawTimeline(instruments, chosenDate, onChoose) {
  const years = instruments.map((i) => Number(i.adoptedOn.slice(0, 4)));
  const chosenYear = Number(chosenDate.slice(0, 4));
  const first = Math.min(...years, chosenYear) - 1;
  const last = Math.max(...years, chosenYear) + 1;
  const x = (date) => LEFT + ((WIDTH - LEFT - RIGHT) * (yearFraction(date) - first)) / (last - first);
  const lanes = LANES.map((authority) =>
    stagger(
      instruments
        .filter((i) => i.authority === authority)
        .sort((a, b) => a.adoptedOn.localeCompare(b.adoptedOn)),
      x,
    ),
  );
  const laneHeights = lanes.map((placed) => Math.max(2, ...placed.map((p) => p.level + 1)) * LEVEL + 26);
  const bottom = TOP + laneHeights.reduce((a, b) => a + b, 0);
  const height = bottom + 24;
  const root = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`,
    class: 'timeline',
    id: 'regime-timeline',
    role: 'group',
    'aria-label': `Timeline of ${instruments.length} instruments, ${first + 1} to ${last - 1}`,
  });
  root.append(axis(first, last, x, bottom, height));
  let y = TOP;
  LANES.forEach((authority, lane) => {
    const laneHeight = laneHeights[lane];
    root.append(
      svg('rect', { x: 0, y, width: WIDTH, height: laneHeight, class: `lane lane-${lane % 2}` }),
      svg('text', { x: 8, y: y + laneHeight - 12, class: 'lane-label' }, authority),
    );
    for (const { instrument, label, at, level } of lanes[lane]) {
      root.append(marker(instrument, label, at, y + laneHeight - 12, y + 4 + level * LEVEL, onChoose));
    }
    y += laneHeight;
  });
  const chosen = x(chosenDate);
  root.append(
    svg('line', { x1: chosen, x2: chosen, y1: TOP, y2: bottom, class: 'chosen' }),
    svg(
      'text',
      {
        x: chosen > WIDTH - 90 ? chosen - 4 : chosen + 4,
        y: height - 4,
        class: 'chosen-label',
        'text-anchor': chosen > WIDTH - 90 ? 'end' : 'start',
      },
      chosenDate,
    ),
  );
  return root;
}

/** Each instrument with its label and the lowest label row where the label overlaps no other. */
function stagger(instruments, x) {
  const ends = [];
  return instruments.map((instrument) => {
    const at = x(instrument.adoptedOn);
    const label = shortLabel(instrument);
    let level = ends.findIndex((end) => end < at - 4);
    if (level < 0) {
      level = ends.length;
    }
    ends[level] = at + 3 + label.length * CHAR_WIDTH;
    return { instrument, label, at, level };
  });
}

function axis(first, last, x, bottom, height) {
  const group = svg('g', { class: 'axis', 'aria-hidden': 'true' });
  for (let year = first + 1; year < last; year++) {
    const at = x(`${year}-01-01`);
    group.append(svg('line', { x1: at, x2: at, y1: TOP, y2: bottom, class: 'tick' }));
    if ((year - first) % 2 === 1 || last - first < 14) {
      group.append(svg('text', { x: at, y: height - 4, class: 'year' }, String(year)));
    }
  }
  return group;
}

function marker(instrument, label, at, baseline, labelY, onChoose) {
  const description =
    `${instrument.citation}: ${instrument.title}, adopted ${instrument.adoptedOn}, ` +
    `${instrument.measures} measure${instrument.measures === 1 ? '' : 's'}`;
  const link = svg(
    'a',
    {
      href: `#regime/${instrument.adoptedOn}`,
      class: `instrument-marker authority-${instrument.authority.toLowerCase()}`,
      'data-instrument': instrument.id,
      'aria-label': description,
      onclick: (event) => {
        event.preventDefault();
        onChoose(instrument.adoptedOn);
      },
    },
    svg('title', {}, description),
    svg('line', { x1: at, x2: at, y1: labelY + 3, y2: baseline, class: 'stem' }),
    svg('circle', { cx: at, cy: baseline, r: instrument.binding === false ? 4 : 6 }),
    svg('text', { x: at + 3, y: labelY + 10, class: 'marker-label' }, label),
  );
  return link;
}

/**
 * A short label: "S/RES/2397 (2017)" → "2397", "P.L. 114-122 (NKSPEA)" → "NKSPEA", "ROK May 24
 * measures (2010)" → "May 24"; the marker's title has the full citation.
 */
function shortLabel(instrument) {
  const citation = instrument.citation;
  const resolution = /^S\/RES\/(\d+)/.exec(citation);
  if (resolution) {
    return resolution[1];
  }
  const acronym = /^(?:P\.L\.|\d+ CFR).*\(([A-Z]{3,})\)/.exec(citation);
  if (acronym) {
    return acronym[1];
  }
  const short = citation
    .replace(/^ROK /, '')
    .replace(/\s*\(\d{4}\)$/, '')
    .replace(/ (suspension|measures|closure)$/, '')
    .replace(/,.*$/, '')
    .replace(/^Decision \(CFSP\) /, 'Dec. ')
    .replace(/^Reg\. \((EC|EU)\) /, 'Reg. ');
  return short.length > 16 ? `${short.slice(0, 15)}…` : short;
}

/** A date as a fractional year: 2017-07-02 is about 2017.5. */
function yearFraction(date) {
  const [year, month, day] = date.split('-').map(Number);
  return year + ((month - 1) * 30.4 + (day - 1)) / 365;
}
