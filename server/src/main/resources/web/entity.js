// #entity/ID: one list entry as the current snapshot holds it. Fields the page knows are shown in
// order; any other field of the entity document (vessels, aircraft and future ones have their own)
// follows, shown generically, so that nothing the list says is hidden.

import { api } from './api.js';
import { append, facts, h, replace, table } from './dom.js';

const SHOWN = new Set([
  'kind',
  'source',
  'id',
  'snapshot',
  'entityId',
  'entryVersion',
  'listedOn',
  'gender',
  'names',
  'birthDates',
]);

export async function renderEntity(main, [entityId], page) {
  page.title(entityId);
  replace(main, h('p', { class: 'loading' }, 'Loading ', entityId, '…'));
  const entity = await api(`/api/entities/${encodeURIComponent(entityId)}`);
  if (!page.isCurrent()) {
    return;
  }
  const primary = (entity.names ?? []).find((n) => n.type === 'PRIMARY') ?? entity.names?.[0];
  page.title(primary?.value ?? entityId);
  replace(
    main,
    h('p', { class: 'crumbs' }, h('a', { href: '#screen' }, '← Screening')),
    h('h1', { id: 'entity-name' }, primary?.value ?? entityId),
    facts([
      ['Entry', h('code', { id: 'entity-id' }, entity.entityId ?? entityId)],
      ['Kind', entity.kind],
      ['List', String(entity.source ?? '').toUpperCase()],
      ['Listed on', entity.listedOn],
      ['Gender', entity.gender === 'UNKNOWN' ? '' : entity.gender],
      ['Snapshot', entity.snapshot],
      ['Entry version', h('code', { class: 'hash' }, entity.entryVersion)],
    ]),
    section(
      'Names',
      table(
        { id: 'entity-names' },
        ['Name', 'Type', 'Quality', 'Script'],
        (entity.names ?? []).map((n) => [n.value, lower(n.type), lower(n.quality), lower(n.script)]),
      ),
    ),
  );
  if (!isEmpty(entity.birthDates)) {
    append(
      main,
      section(
        'Birth dates',
        h(
          'ul',
          { id: 'entity-birth-dates' },
          entity.birthDates.map((d) => h('li', {}, birthDate(d))),
        ),
      ),
    );
  }
  for (const [field, value] of Object.entries(entity)) {
    if (SHOWN.has(field) || isEmpty(value)) {
      continue;
    }
    append(main, section(heading(field), generic(value)));
  }
}

/** A listed birth date in each of its forms (core's EntityJson): exact, month, year, range, text. */
function birthDate(d) {
  if (d.exact) {
    return d.exact;
  }
  if (d.month) {
    return `${d.month} (month)`;
  }
  if (d.year !== undefined) {
    return d.approximate ? `about ${d.year}` : `${d.year} (year)`;
  }
  if (d.from && d.to) {
    return `between ${d.from} and ${d.to}`;
  }
  return d.text ?? text(d);
}

function section(title, content) {
  return h('section', { class: 'card' }, h('h2', {}, title), content);
}

function isEmpty(value) {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
  );
}

/** "placesOfBirth" → "Places of birth". */
function heading(field) {
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function lower(text) {
  return String(text ?? '')
    .toLowerCase()
    .replace(/_/g, ' ');
}

/** Any JSON value: a list of texts, a table of objects, or a text. */
function generic(value) {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      return h(
        'ul',
        {},
        value.map((v) => h('li', { class: 'pre-line' }, v)),
      );
    }
    const columns = [...new Set(value.flatMap((v) => Object.keys(v ?? {})))].filter((c) =>
      value.some((v) => !isEmpty(v?.[c])),
    );
    return table(
      { class: 'generic' },
      columns.map(heading),
      value.map((v) => columns.map((c) => text(v?.[c]))),
    );
  }
  return h('p', { class: 'pre-line' }, text(value));
}

/** A value as text: a country {code, text} as "text (code)", other objects as "key: value". */
function text(value) {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value !== 'object') {
    return String(value);
  }
  if (Array.isArray(value)) {
    return value.map(text).join(', ');
  }
  if ('text' in value && 'code' in value) {
    return value.text ? `${value.text} (${value.code})` : String(value.code);
  }
  return Object.entries(value)
    .filter(([, v]) => !isEmpty(v))
    .map(([k, v]) => `${heading(k).toLowerCase()}: ${text(v)}`)
    .join('; ');
}
