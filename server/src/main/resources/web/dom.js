// Building the page without innerHTML: every value from the server or the user goes in as a text
// node or an attribute value, so that no data can ever become markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * An element: h('a', {href: '#x', class: 'link'}, 'text', child). Attributes named on* become
 * listeners; `text` sets the text; null, undefined and false leave an attribute (or child) out.
 */
export function h(tag, attributes = {}, ...children) {
  return build(document.createElement(tag), attributes, children);
}

/** An SVG element, with the same rules as h(). */
export function svg(tag, attributes = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attributes, children);
}

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'text') {
      element.textContent = String(value);
    } else if (name === 'class') {
      element.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    } else if (name === 'href' || name === 'src') {
      element.setAttribute(name, safeUrl(value));
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/** Appends children: nodes as they are, anything else as text. */
export function append(element, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** Replaces the element's children. */
export function replace(element, ...children) {
  element.replaceChildren();
  return append(element, ...children);
}

/**
 * A link target that cannot run script: a fragment or a path of this site, or an http(s) address
 * (the sources of regime data and scenarios). Anything else becomes a harmless '#'.
 */
export function safeUrl(value) {
  const text = String(value ?? '');
  if (text.startsWith('#') || (text.startsWith('/') && !text.startsWith('//'))) {
    return text;
  }
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '#';
  } catch {
    return '#';
  }
}

/** The hash route of an entity page. */
export function entityHref(entityId) {
  return `#entity/${encodeURIComponent(entityId)}`;
}

/** The hash route of a case page. */
export function caseHref(caseId) {
  return `#case/${encodeURIComponent(caseId)}`;
}

/** A table from column headings and rows of cells (nodes or text). */
export function table(attributes, headings, rows) {
  return h(
    'table',
    attributes,
    h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, heading)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell))))),
  );
}

/** A definition list from [term, description] pairs, leaving out empty descriptions. */
export function facts(pairs, attributes = { class: 'facts' }) {
  const list = h('dl', attributes);
  for (const [term, description] of pairs) {
    if (description === null || description === undefined || description === '') {
      continue;
    }
    append(list, h('dt', {}, term), h('dd', {}, description));
  }
  return list;
}

/** A small coloured label, e.g. an outcome or a case state. */
export function badge(text, kind = String(text).toLowerCase()) {
  return h('span', { class: ['badge', `badge-${kind.replace(/[^a-z0-9-]/g, '-')}`] }, text);
}

const NUMBER = new Intl.NumberFormat('en');
const MONEY = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** A count with thousands separators. */
export function count(value) {
  return NUMBER.format(value ?? 0);
}

/** A value in US dollars, rounded to the dollar. */
export function usd(value) {
  return `US$ ${MONEY.format(value ?? 0)}`;
}

/** An ISO instant as "2026-12-03 15:03 UTC". */
export function instant(text) {
  if (!text) {
    return '';
  }
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(text);
  return match ? `${match[1]} ${match[2]} UTC` : text;
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
