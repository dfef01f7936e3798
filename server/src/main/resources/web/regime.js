// #regime[/DATE]: the DPRK regime as a timeline (each instrument on a date axis, one lane per
// authority) and, for a chosen date, the measures in force, grouped by instrument, with their
// citations.

import { api } from './api.js';
import { badge, count, facts, h, replace, today } from './dom.js';
import { drawTimeline } from './timeline.js';

export const AUTHORITIES = [
  ['UN', 'United Nations Security Council'],
  ['US', 'United States'],
  ['EU', 'European Union'],
  ['KR', 'Republic of Korea'],
];

export async function renderRegime(main, [date], page) {
  page.title('DPRK regime');
  const chosen = date ?? today();
  replace(main, h('p', { class: 'loading' }, 'Loading the regime…'));
  const [regime, inForce] = await Promise.all([
    api('/api/regime'),
    api('/api/regime/measures', { query: { inForceOn: chosen } }),
  ]);
  if (!page.isCurrent()) {
    return;
  }
  const dateInput = h('input', {
    id: 'regime-date',
    type: 'date',
    value: chosen,
    min: '2000-01-01',
    max: '2100-12-31',
    required: true,
  });
  const choose = (event) => {
    event.preventDefault();
    if (dateInput.value) {
      window.location.hash = `#regime/${dateInput.value}`;
    }
  };
  replace(
    main,
    h('h1', {}, 'The DPRK sanctions regime'),
    h(
      'p',
      { class: 'lead' },
      `${regime.instruments.length} instruments of the UN, the US, the EU and the Republic of`,
      ' Korea (regime data version ',
      h('code', {}, regime.version),
      '). Choose an instrument or a date to see the measures in force on that day.',
    ),
    h(
      'figure',
      { class: 'card timeline-card' },
      drawTimeline(regime.instruments, chosen, (adoptedOn) => {
        window.location.hash = `#regime/${adoptedOn}`;
      }),
      h(
        'figcaption',
        {},
        'Instruments by date of adoption, one lane per authority; the red line is the chosen date.',
      ),
    ),
    h(
      'form',
      { class: 'inline-form', id: 'regime-form', onsubmit: choose },
      h('label', { for: 'regime-date' }, 'Measures in force on'),
      dateInput,
      h('button', { type: 'submit' }, 'Show'),
    ),
    measuresInForce(regime.instruments, inForce),
  );
}

function measuresInForce(instruments, inForce) {
  const measures = inForce.measures;
  const byAuthority = AUTHORITIES.map(([code]) => [
    code,
    measures.filter((m) => m.authority === code).length,
  ]);
  const groups = instruments
    .map((instrument) => ({
      instrument,
      measures: measures.filter((m) => m.instrumentId === instrument.id),
    }))
    .filter((g) => g.measures.length > 0);
  return h(
    'section',
    { id: 'measures-in-force', 'aria-labelledby': 'in-force-title' },
    h(
      'h2',
      { id: 'in-force-title' },
      `${count(measures.length)} measures in force on ${inForce.inForceOn}`,
    ),
    facts(
      byAuthority.map(([code, n]) => [code, count(n)]),
      { class: 'facts inline' },
    ),
    groups.length === 0
      ? h('p', { class: 'empty' }, 'No measure of the regime was in force on that day.')
      : groups.map(instrumentGroup),
  );
}

function instrumentGroup({ instrument, measures }) {
  return h(
    'details',
    { class: 'instrument', open: true, 'data-instrument': instrument.id },
    h(
      'summary',
      {},
      badge(instrument.authority, `authority-${instrument.authority.toLowerCase()}`),
      ' ',
      h('strong', {}, instrument.citation),
      ' — ',
      instrument.title,
      h('span', { class: 'muted' }, ` · adopted ${instrument.adoptedOn} · ${measures.length} in force`),
    ),
    h(
      'table',
      { class: 'measures' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Citation', 'Measure', 'Kind', 'Direction', 'In force', 'Status'].map((t) =>
            h('th', { scope: 'col' }, t),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        measures.map((m) =>
          h(
            'tr',
            { 'data-measure': m.id },
            h('td', { class: 'citation' }, `${m.instrument} ${m.provision}`),
            h(
              'td',
              {},
              m.title,
              m.goods ? h('div', { class: 'muted' }, 'HS ', m.goods) : null,
              m.note ? h('div', { class: 'note' }, m.note) : null,
            ),
            h('td', {}, m.kind),
            h('td', {}, m.direction),
            h('td', { class: 'nowrap' }, m.effectiveFrom, ' – ', m.endsOn ?? ''),
            h('td', {}, m.status),
          ),
        ),
      ),
    ),
  );
}
