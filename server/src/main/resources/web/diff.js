// The answer of POST /api/scenarios/NAME/diff: totals, the four charts and the flipped decisions
// (fields: core/src/main/java/org/sanctionsengine/scenario/DiffJson.java).

import { outcomesChart, valueChart } from './charts.js';
import { badge, count, facts, h, replace, usd } from './dom.js';

const AUTHORITY_NAMES = { UN: 'UN', US: 'US', EU: 'EU', KR: 'ROK' };

/** Shows the diff in `target`, then draws its charts. */
export function diffView(target, diff) {
  const figures = [
    valueChart('chart-chapter', 'Unlocked value by HS chapter', diff.byChapter, (t) => ({
      short: `HS ${t.key} ${clip(t.label, 22)}`,
      full: `HS chapter ${t.key}: ${t.label}`,
    })),
    valueChart('chart-measure', 'Unlocked value by measure', diff.byMeasure, (t) => ({
      short: shortMeasure(t.label),
      full: t.label,
    })),
    valueChart('chart-authority', 'Unlocked value by authority', diff.byAuthority, (t) => ({
      short: AUTHORITY_NAMES[t.key] ?? t.key,
      full: t.label,
    })),
    outcomesChart('chart-outcomes', diff.outcomes),
  ];
  const hasFlips = diff.flipCount > 0;
  replace(
    target,
    h(
      'div',
      { class: 'totals', id: 'diff-totals' },
      total('Trades judged', count(diff.transactions)),
      total('Decisions flipped', count(diff.flipCount), 'diff-flip-count'),
      total('Trades unlocked', count(diff.unlocked.transactions)),
      total('Value unlocked', usd(diff.unlocked.valueUsd)),
    ),
    facts([
      ['Scenario', diff.title],
      ['Judged as of', diff.asOf ?? 'each trade’s own date'],
      ['Rows refused', diff.refusedRows > 0 ? count(diff.refusedRows) : ''],
      [
        'Values in other currencies',
        diff.unlocked.valuesInOtherCurrencies > 0
          ? `${count(diff.unlocked.valuesInOtherCurrencies)} (not in the US$ totals)`
          : '',
      ],
      ['Quantities unlocked', quantities(diff.unlocked.quantities)],
    ]),
    hasFlips
      ? h('div', { class: 'charts', id: 'diff-charts' }, figures)
      : h(
          'div',
          { class: 'charts', id: 'diff-charts' },
          figures[3],
          h('p', { class: 'empty' }, 'No decision flips: the scenario unlocks none of these trades.'),
        ),
    flipsTable(diff),
  );
  for (const figure of hasFlips ? figures : [figures[3]]) {
    figure.draw();
  }
}

function total(label, value, id) {
  return h(
    'div',
    { class: 'total' },
    h('div', { class: 'total-value', id }, value),
    h('div', { class: 'total-label' }, label),
  );
}

function quantities(map) {
  const entries = Object.entries(map ?? {});
  return entries.length === 0 ? '' : entries.map(([unit, n]) => `${count(n)} ${unit}`).join(', ');
}

function flipsTable(diff) {
  if (diff.flips.length === 0) {
    return null;
  }
  const shown =
    diff.flips.length < diff.flipCount
      ? `The first ${count(diff.flips.length)} of ${count(diff.flipCount)} flipped decisions`
      : `${count(diff.flipCount)} flipped decision${diff.flipCount === 1 ? '' : 's'}`;
  return h(
    'section',
    { class: 'card' },
    h('h3', {}, shown),
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        { id: 'flips', class: 'flips' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Trade', 'Date', 'Route', 'HS', 'Value', 'Quantity', 'Regime → scenario', 'Relieved'].map(
              (t) => h('th', { scope: 'col' }, t),
            ),
          ),
        ),
        h('tbody', {}, diff.flips.map(flipRow)),
      ),
    ),
  );
}

function flipRow(f) {
  return h(
    'tr',
    {},
    h('td', {}, f.id),
    h('td', { class: 'nowrap' }, f.date),
    h('td', { class: 'nowrap' }, `${f.from} → ${f.to}`),
    h('td', {}, h('code', {}, f.hs)),
    h('td', { class: 'number' }, f.value === undefined ? '' : `${count(f.value)} ${f.currency}`),
    h('td', { class: 'number' }, f.quantity === undefined ? '' : `${count(f.quantity)} ${f.unit}`),
    h(
      'td',
      { class: 'nowrap' },
      badge(words(f.regime), outcomeKind(f.regime)),
      ' → ',
      badge(words(f.scenario), outcomeKind(f.scenario)),
    ),
    h('td', {}, f.relievedMeasures.map((m) => h('div', {}, h('code', {}, m)))),
  );
}

/** "S/RES/2371 (2017) OP8: DPRK coal exports banned" → "UN 2371 OP8 DPRK coal exports ba…". */
function shortMeasure(label) {
  const [citation, ...title] = label.split(': ');
  const short = citation.replace(/^S\/RES\/(\d+) \(\d{4}\)/, 'UN $1');
  return clip(`${short} ${title.join(': ')}`, 34);
}

function clip(text, length) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function words(outcome) {
  return outcome.replace(/_/g, ' ').toLowerCase();
}

function outcomeKind(outcome) {
  return `outcome-${outcome.toLowerCase().replace(/_/g, '-')}`;
}
