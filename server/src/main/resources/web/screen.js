// #screen: one party screened against every current list snapshot, each hit with its score and the
// explanation of that score, and the cases the screening raised.

import { api, problemBox } from './api.js';
import { badge, caseHref, entityHref, facts, h, instant, replace } from './dom.js';

const TYPES = [
  ['', 'any kind'],
  ['person', 'person'],
  ['organization', 'organization'],
  ['vessel', 'vessel'],
  ['aircraft', 'aircraft'],
];

/** The form keeps what was last screened in this tab, so that coming back shows it again. */
let last = { fields: {}, result: null };

export async function renderScreen(main, _params, page) {
  page.title('Screening');
  const results = h('div', { id: 'screen-results', 'aria-live': 'polite' });
  const form = screeningForm(last.fields, async (fields, button) => {
    button.disabled = true;
    replace(results, h('p', { class: 'loading' }, 'Screening…'));
    try {
      const result = await api('/api/screen', { method: 'POST', body: request(fields) });
      last = { fields, result };
      if (page.isCurrent()) {
        replace(results, resultView(result));
      }
    } catch (e) {
      last = { fields, result: null };
      replace(results, problemBox(e));
    } finally {
      button.disabled = false;
    }
  });
  replace(
    main,
    h('h1', {}, 'Screen a party'),
    h(
      'p',
      { class: 'lead' },
      'Fuzzy, explained matching against every list snapshot in use. Each decision is recorded',
      ' in the audit log, and a hit at or above the threshold opens a case for review.',
    ),
    form,
    results,
  );
  if (last.result) {
    replace(results, resultView(last.result));
  }
}

function screeningForm(values, onSubmit) {
  const field = (id, label, input, hint) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      input,
      hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
    );
  const text = (id, name, extra = {}) =>
    h('input', { id, name, type: 'text', value: values[name] ?? '', ...extra });
  const type = h(
    'select',
    { id: 'screen-type', name: 'type' },
    TYPES.map(([value, label]) =>
      h('option', { value, selected: (values.type ?? '') === value }, label),
    ),
  );
  const button = h('button', { type: 'submit', id: 'screen-submit' }, 'Screen');
  const form = h(
    'form',
    { id: 'screen-form', class: 'form-grid', novalidate: true },
    field(
      'screen-name',
      'Name',
      text('screen-name', 'name', { required: true, autocomplete: 'off', spellcheck: 'false' }),
      'Any script or romanization: Kim Jong Un, Gim Jeong-eun, 김정은.',
    ),
    field('screen-type', 'Type', type),
    field(
      'screen-birth-date',
      'Birth date',
      text('screen-birth-date', 'birthDate', {
        placeholder: 'YYYY-MM-DD, YYYY-MM or YYYY',
        'aria-describedby': 'screen-birth-date-hint',
      }),
      'A listed date that fits adds to the score.',
    ),
    field(
      'screen-country',
      'Country',
      text('screen-country', 'country', { placeholder: 'KP', maxlength: 60 }),
    ),
    field('screen-imo', 'IMO number', text('screen-imo', 'imo', { placeholder: '9123456' })),
    field(
      'screen-threshold',
      'Threshold',
      h('input', {
        id: 'screen-threshold',
        name: 'threshold',
        type: 'number',
        min: 0,
        max: 1,
        step: 0.01,
        value: values.threshold ?? '0.8',
        'aria-describedby': 'screen-threshold-hint',
      }),
      'A hit at or above this score is a match and opens a case (0 to 1).',
    ),
    field(
      'screen-customer',
      'Customer id',
      text('screen-customer', 'customerId', { 'aria-describedby': 'screen-customer-hint' }),
      'Your id for the party; a cleared false positive is remembered for it.',
    ),
    h('div', { class: 'actions' }, button),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit(Object.fromEntries(new FormData(form)), button);
  });
  return form;
}

/** The request body: the fields given, the threshold as a number when it is one. */
function request(fields) {
  const body = {};
  for (const name of ['name', 'type', 'birthDate', 'country', 'imo', 'customerId']) {
    const value = (fields[name] ?? '').trim();
    if (value !== '') {
      body[name] = value;
    }
  }
  const threshold = (fields.threshold ?? '').trim();
  if (threshold !== '') {
    // A text the server cannot read as a number is sent as it is: its answer names the field.
    body.threshold = Number.isNaN(Number(threshold)) ? threshold : Number(threshold);
  }
  return body;
}

function resultView(result) {
  const matches = result.hits.filter((hit) => hit.match).length;
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'result-title' },
    h(
      'h2',
      { id: 'result-title' },
      'Decision ',
      result.decisionId,
      ': ',
      badge(result.outcome, result.outcome === 'match' ? 'match' : 'no-match'),
    ),
    facts([
      ['Name screened', result.name],
      ['Customer', result.customerId],
      ['Threshold', result.threshold],
      ['Recorded', instant(result.recordedAt)],
      ['List snapshots', result.listSnapshots.join(', ')],
    ]),
    result.hits.length === 0
      ? h('p', { class: 'empty', id: 'no-hits' }, 'No entry on the lists comes near this party.')
      : h(
          'p',
          {},
          `${result.hits.length} hit${result.hits.length === 1 ? '' : 's'}, `,
          `${matches} at or above the threshold.`,
        ),
    result.hits.length === 0 ? null : hitsTable(result.hits),
    casesRaised(result.cases),
  );
}

function hitsTable(hits) {
  return h(
    'table',
    { id: 'hits', class: 'hits' },
    h('caption', {}, 'Hits, best first'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Entry', 'Listed name', 'Matched name', 'Score', 'Why'].map((t) =>
          h('th', { scope: 'col' }, t),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      hits.map((hit) =>
        h(
          'tr',
          { class: hit.match ? 'is-match' : 'below', 'data-entity-id': hit.entityId },
          h(
            'td',
            {},
            h('a', { href: entityHref(hit.entityId), class: 'entity-link' }, hit.entityId),
            h('div', { class: 'muted' }, hit.source.toUpperCase(), ' list'),
          ),
          h('td', {}, hit.name),
          h('td', {}, hit.matchedName),
          h('td', { class: 'score-cell' }, scoreBar(hit.score), hit.match ? badge('match') : null),
          h('td', { class: 'explanation' }, explanation(hit.explanation)),
        ),
      ),
    ),
  );
}

/** The score as a bar (the number is its accessible text). */
export function scoreBar(score) {
  const bar = h('span', { class: 'bar-fill', 'aria-hidden': 'true' });
  bar.style.width = `${Math.round(Math.max(0, Math.min(1, score)) * 100)}%`;
  return h(
    'span',
    { class: 'score' },
    h('span', { class: 'bar', 'aria-hidden': 'true' }, bar),
    h('span', { class: 'score-value' }, Number(score).toFixed(2)),
  );
}

/** "name 1.00: a = a (exact), ...; birth date +0.05 (...); score 1.00" as a list of its parts. */
function explanation(text) {
  const parts = String(text)
    .split('; ')
    .filter((p) => p !== '');
  return h(
    'ul',
    { class: 'why' },
    parts.map((part) => h('li', {}, part)),
  );
}

function casesRaised(cases) {
  if (!cases || cases.length === 0) {
    return null;
  }
  const words = {
    opened: 'opened',
    'already-open': 'already under review',
    suppressed: 'suppressed: cleared before for this customer and entry version',
  };
  return h(
    'div',
    { class: 'cases-raised', id: 'cases-raised' },
    h('h3', {}, 'Cases'),
    h(
      'ul',
      {},
      cases.map((c) =>
        h(
          'li',
          {},
          h('a', { href: caseHref(c.caseId), class: 'case-link' }, `Case ${c.caseId}`),
          ' for ',
          h('a', { href: entityHref(c.entityId) }, c.entityId),
          ': ',
          words[c.raised] ?? c.raised,
          ' ',
          badge(c.state),
        ),
      ),
    ),
  );
}
