// The JSON API, called with the key of this tab. Every failure becomes an ApiError carrying the
// problem document's title and detail (RFC 9457), which the views show as they are: the server's
// messages already say what went wrong and what to do.

import { h } from './dom.js';

const KEY = 'sanctions.apiKey';

/** The API key of this browser tab (session storage: gone when the tab closes). */
export const session = {
  key: () => sessionStorage.getItem(KEY) ?? '',
  signIn: (key) => sessionStorage.setItem(KEY, key.trim()),
  signOut: () => sessionStorage.removeItem(KEY),
};

/** A refused or failed request: HTTP status, the problem's title and detail, per-field errors. */
export class ApiError extends Error {
  constructor(status, title, detail, errors = {}) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors ?? {};
  }
}

/** Raised on a 401, so that the page asks for a key again; detail says why. */
export const UNAUTHORIZED = 'sanctions:unauthorized';

/**
 * Calls the API: GET by default, a JSON body when `body` is given, query parameters from `query`
 * (empty values left out). Resolves to the parsed JSON, or rejects with an ApiError.
 */
export async function api(path, { method = 'GET', body, query } = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') {
      url.searchParams.set(name, String(value));
    }
  }
  const headers = {
    Accept: 'application/json, application/problem+json',
    Authorization: `Bearer ${session.key()}`,
  };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch (e) {
    throw new ApiError(
      0,
      'Server unreachable',
      `The server did not answer ${method} ${url.pathname} (${e.message}). Check that it is` +
        ' running and reachable, then try again.',
    );
  }
  const document = await parse(response);
  if (!response.ok) {
    const error = problem(response, document, method, url);
    if (response.status === 401) {
      window.dispatchEvent(new CustomEvent(UNAUTHORIZED, { detail: error }));
    }
    throw error;
  }
  if (document === undefined) {
    throw new ApiError(
      response.status,
      'Unexpected answer',
      `${method} ${url.pathname} answered with something other than JSON` +
        ` (${response.headers.get('Content-Type') ?? 'no content type'}).`,
    );
  }
  return document;
}

async function parse(response) {
  const text = await response.text();
  if (text === '') {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function problem(response, document, method, url) {
  if (document && typeof document.detail === 'string') {
    return new ApiError(
      response.status,
      document.title ?? `HTTP ${response.status}`,
      document.detail,
      document.errors,
    );
  }
  return new ApiError(
    response.status,
    `HTTP ${response.status} ${response.statusText}`.trim(),
    `${method} ${url.pathname} failed with status ${response.status} and no explanation from` +
      ' the server.',
  );
}

/**
 * The box that shows an error: the problem's title, its detail and any per-field errors, announced
 * to screen readers (role=alert).
 */
export function problemBox(error) {
  const apiError =
    error instanceof ApiError
      ? error
      : new ApiError(0, 'Error in the page', String(error?.message ?? error));
  const fields = Object.entries(apiError.errors);
  return h(
    'div',
    { class: 'problem', role: 'alert' },
    h('p', { class: 'problem-title' }, apiError.title),
    h('p', { class: 'problem-detail' }, apiError.detail),
    fields.length === 0
      ? null
      : h(
          'ul',
          { class: 'problem-fields' },
          fields.map(([field, message]) => h('li', {}, h('code', {}, field), ': ', message)),
        ),
  );
}
