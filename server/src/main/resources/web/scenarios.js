// #scenarios[/NAME]: a built-in relief scenario explained measure by measure, and its diff on a
// generated portfolio: which decisions flip, and the trade it would unlock, in charts.

import { api, problemBox } from './api.js';
import { destroyCharts } from './charts.js';
import { badge, h, replace, safeUrl } from './dom.js';
import { diffView } from './diff.js';

export async function renderScenarios(main, [name], page) {
  page.title('Scenarios');
  destroyCharts();
  replace(main, h('p', { class: 'loading' }, 'Loading the scenarios…'));
  const { scenarios } = await api('/api/scenarios');
  if (!page.isCurrent()) {
    return;
  }
  const chosen = name ?? scenarios[0]?.name;
  const select = h(
    'select',
    {
      id: 'scenario-select',
      onchange: () => {
        window.location.hash = `#scenarios/${select.value}`;
      },
    },
    scenarios.map((s) => h('option', { value: s.name, selected: s.name === chosen }, s.title)),
  );
  const explanation = h('div', { id: 'scenario-explanation' }, h('p', { class: 'loading' }, '…'));
  replace(
    main,
    h('h1', {}, 'Relief scenarios'),
    h(
      'p',
      { class: 'lead' },
      'What if measures were lifted, suspended or narrowed? Choose a scenario to see what it',
      ' changes, then judge a portfolio under today’s regime and under the scenario.',
    ),
    h(
      'div',
      { class: 'inline-form' },
      h('label', { for: 'scenario-select' }, 'Scenario'),
      select,
    ),
    explanation,
  );
  if (!chosen) {
    replace(explanation, h('p', { class: 'empty' }, 'This server has no built-in scenarios.'));
    return;
  }
  page.title(chosen);
  try {
    const explained = await api(`/api/scenarios/${encodeURIComponent(chosen)}`);
    if (page.isCurrent()) {
      replace(explanation, explain(explained), diffForm(chosen, page));
    }
  } catch (e) {
    replace(explanation, problemBox(e));
  }
}

function explain(s) {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'scenario-title' },
    h('h2', { id: 'scenario-title' }, s.title),
    h('p', {}, s.description),
    s.phases.length === 0 ? null : phases(s),
    s.violations.length === 0
      ? null
      : h(
          'div',
          {},
          h('h3', {}, 'Reported violations (snap-back)'),
          h(
            'ul',
            {},
            s.violations.map((v) => h('li', {}, v.on, ': ', h('code', {}, v.condition), ' — ', v.note)),
          ),
        ),
    h('h3', {}, `What it changes (${s.changes.length})`),
    changes(s.changes),
    s.sources.length === 0 ? null : sources(s.sources),
  );
}

function phases(s) {
  const conditions = Object.fromEntries(s.conditions.map((c) => [c.id, c.description]));
  return h(
    'div',
    {},
    h('h3', {}, 'Phases'),
    h(
      'ol',
      { class: 'phases' },
      s.phases.map((p) =>
        h(
          'li',
          {},
          h('strong', {}, p.title),
          ` from ${p.startsOn}`,
          p.conditions.length === 0
            ? null
            : h(
                'ul',
                {},
                p.conditions.map((c) => h('li', {}, 'needs: ', conditions[c] ?? c)),
              ),
        ),
      ),
    ),
  );
}

function changes(list) {
  return h(
    'table',
    { id: 'scenario-changes', class: 'changes' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Measure', 'Change', 'Why'].map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      list.map((c) =>
        h(
          'tr',
          { 'data-measure': c.measure.id },
          h(
            'td',
            {},
            h('div', { class: 'citation' }, `${c.measure.instrument} ${c.measure.provision}`),
            c.measure.title,
          ),
          h(
            'td',
            {},
            badge(c.operation, 'operation'),
            ' ',
            c.explanation,
            c.snappedBack ? h('div', {}, badge('snapped back', 'snapped-back')) : null,
          ),
          h('td', {}, c.why),
        ),
      ),
    ),
  );
}

function sources(list) {
  return h(
    'div',
    {},
    h('h3', {}, 'Sources'),
    h(
      'ul',
      { class: 'sources' },
      list.map((s) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: safeUrl(s.url), rel: 'noopener noreferrer', target: '_blank' },
            s.title || s.url,
          ),
          ` (${s.publishedOn})`,
        ),
      ),
    ),
  );
}

function diffForm(name, page) {
  const result = h('div', { id: 'diff-result', 'aria-live': 'polite' });
  const input = (id, label, attributes) =>
    h('div', { class: 'field' }, h('label', { for: id }, label), h('input', { id, ...attributes }));
  const button = h('button', { type: 'submit', id: 'diff-run' }, 'Run the diff');
  const form = h(
    'form',
    { id: 'diff-form', class: 'form-grid', novalidate: true },
    input('diff-size', 'Trades in the portfolio', {
      type: 'number',
      min: 1,
      max: 1000000,
      value: 5000,
      name: 'generate',
    }),
    input('diff-seed', 'Seed', { type: 'number', value: 42, name: 'seed' }),
    input('diff-as-of', 'As of (optional)', { type: 'date', name: 'asOf' }),
    h('div', { class: 'actions' }, button),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const query = Object.fromEntries(new FormData(form));
    button.disabled = true;
    destroyCharts();
    replace(result, h('p', { class: 'loading' }, 'Judging the portfolio twice…'));
    try {
      const diff = await api(`/api/scenarios/${encodeURIComponent(name)}/diff`, {
        method: 'POST',
        query,
      });
      if (page.isCurrent()) {
        diffView(result, diff);
      }
    } catch (e) {
      replace(result, problemBox(e));
    } finally {
      button.disabled = false;
    }
  });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'diff-title' },
    h('h2', { id: 'diff-title' }, 'Diff on a generated portfolio'),
    h(
      'p',
      {},
      'A synthetic portfolio of trades with the DPRK and its neighbours (the same seed gives the',
      ' same trades) is judged under the regime and under the scenario, on each trade’s date or on',
      ' the date given.',
    ),
    form,
    result,
  );
}
