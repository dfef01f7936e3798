// #cases[/STATES]: the case queue by state. #case/ID: one case, its history, and the review steps
// (escalate, propose a clearance, confirm it). The reviewer is the holder of this tab's key; the
// server enforces four eyes (a clearance is confirmed by someone other than its proposer) and the
// page shows its refusal as it is.

import { api, problemBox } from './api.js';
import { badge, caseHref, entityHref, facts, h, instant, replace } from './dom.js';

const STATES = ['open', 'escalated', 'clearance-proposed', 'cleared'];
const UNRESOLVED = 'open,escalated,clearance-proposed';

/** The steps, the states each may start from (the server has the last word), and their words. */
const STEPS = [
  { path: 'escalate', label: 'Escalate', from: ['open', 'clearance-proposed'], done: 'Escalated.' },
  {
    path: 'clear',
    label: 'Propose clearance',
    from: ['open', 'escalated'],
    done: 'Clearance proposed: a second reviewer must confirm it.',
  },
  {
    path: 'confirm',
    label: 'Confirm clearance',
    from: ['clearance-proposed'],
    done: 'Clearance confirmed: the case is cleared.',
  },
];

export async function renderCases(main, [states], page) {
  page.title('Cases');
  const wanted = states ?? UNRESOLVED;
  replace(main, h('p', { class: 'loading' }, 'Loading the cases…'));
  const { cases } = await api('/api/cases', { query: { state: wanted } });
  if (!page.isCurrent()) {
    return;
  }
  const select = h(
    'select',
    {
      id: 'case-state',
      onchange: () => {
        window.location.hash = `#cases/${select.value}`;
      },
    },
    h('option', { value: UNRESOLVED, selected: wanted === UNRESOLVED }, 'to review (not cleared)'),
    STATES.map((s) => h('option', { value: s, selected: wanted === s }, s)),
    h('option', { value: STATES.join(','), selected: wanted === STATES.join(',') }, 'all'),
  );
  replace(
    main,
    h('h1', {}, 'Case queue'),
    h(
      'p',
      { class: 'lead' },
      'Every hit at or above the threshold opens a case. A reviewer escalates it or proposes a',
      ' clearance; a second reviewer confirms the clearance (four eyes).',
    ),
    h('div', { class: 'inline-form' }, h('label', { for: 'case-state' }, 'State'), select),
    cases.length === 0
      ? h('p', { class: 'empty', id: 'no-cases' }, 'No case in this state.')
      : queue(cases),
  );
}

function queue(cases) {
  return h(
    'table',
    { id: 'case-queue', class: 'queue' },
    h('caption', {}, `${cases.length} case${cases.length === 1 ? '' : 's'}, oldest first`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Case', 'State', 'Customer', 'Entry', 'Score', 'Opened', 'Last step'].map((t) =>
          h('th', { scope: 'col' }, t),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      cases.map((c) => {
        const lastEvent = c.events[c.events.length - 1];
        return h(
          'tr',
          { 'data-case': c.id },
          h('td', {}, h('a', { href: caseHref(c.id) }, `Case ${c.id}`)),
          h('td', {}, badge(c.state)),
          h('td', {}, c.customerId),
          h('td', {}, h('a', { href: entityHref(c.entityId) }, c.entityId)),
          h('td', { class: 'number' }, Number(c.score).toFixed(2)),
          h('td', { class: 'nowrap' }, instant(c.events[0]?.at)),
          h('td', {}, lastEvent.action, ' by ', lastEvent.reviewer),
        );
      }),
    ),
  );
}

export async function renderCase(main, [id], page) {
  page.title(`Case ${id}`);
  replace(main, h('p', { class: 'loading' }, 'Loading case ', id, '…'));
  const found = await api(`/api/cases/${encodeURIComponent(id)}`);
  if (page.isCurrent()) {
    showCase(main, found, null, page);
  }
}

function showCase(main, c, message, page) {
  replace(
    main,
    h('p', { class: 'crumbs' }, h('a', { href: '#cases' }, '← Case queue')),
    h('h1', {}, `Case ${c.id} `, h('span', { id: 'case-state-badge' }, badge(c.state))),
    facts([
      ['Customer', c.customerId],
      ['Entry', h('a', { href: entityHref(c.entityId) }, c.entityId)],
      ['Score', Number(c.score).toFixed(4)],
      ['Decision', `#${c.decisionId} in the audit log`],
      ['Entry version', h('code', { class: 'hash' }, c.entryVersion)],
    ]),
    history(c.events),
    reviewForm(main, c, message, page),
  );
}

function history(events) {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'history-title' },
    h('h2', { id: 'history-title' }, 'History'),
    h(
      'ol',
      { class: 'history', id: 'case-history' },
      events.map((e) =>
        h(
          'li',
          { 'data-action': e.action },
          h('span', { class: 'when' }, instant(e.at)),
          ' ',
          badge(e.action),
          ' by ',
          h('strong', {}, e.reviewer),
          h('div', { class: 'reason' }, e.reason),
        ),
      ),
    ),
  );
}

function reviewForm(main, c, message, page) {
  const slot = h('div', { id: 'case-message', 'aria-live': 'polite' }, message);
  const reason = h('textarea', {
    id: 'case-reason',
    name: 'reason',
    rows: 3,
    required: true,
    'aria-describedby': 'case-reason-hint',
  });
  const buttons = STEPS.map((step) =>
    h(
      'button',
      {
        type: 'button',
        id: `case-${step.path}`,
        class: step.path === 'escalate' ? 'secondary' : null,
        disabled: !step.from.includes(c.state),
        onclick: () => act(step),
      },
      step.label,
    ),
  );
  async function act(step) {
    if (reason.value.trim() === '') {
      replace(slot, h('p', { class: 'problem', role: 'alert' }, 'Give a reason for this step.'));
      reason.focus();
      return;
    }
    buttons.forEach((b) => (b.disabled = true));
    try {
      const after = await api(`/api/cases/${c.id}/${step.path}`, {
        method: 'POST',
        body: { reason: reason.value },
      });
      if (page.isCurrent()) {
        showCase(main, after, h('p', { class: 'success', role: 'status' }, step.done), page);
      }
    } catch (e) {
      replace(slot, problemBox(e));
      buttons.forEach((b, i) => (b.disabled = !STEPS[i].from.includes(c.state)));
    }
  }
  if (c.state === 'cleared') {
    return h(
      'section',
      { class: 'card' },
      h('h2', {}, 'Review'),
      slot,
      h('p', {}, 'This case is cleared. The same hit for this customer stays suppressed until',
        ' the list entry changes.'),
    );
  }
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'review-title' },
    h('h2', { id: 'review-title' }, 'Review'),
    slot,
    h('label', { for: 'case-reason' }, 'Reason'),
    reason,
    h(
      'p',
      { class: 'hint', id: 'case-reason-hint' },
      'Recorded with your name (the holder of this key) in the case history and the audit log.',
    ),
    h('div', { class: 'actions' }, buttons),
  );
}
