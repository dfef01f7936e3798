// The page: asks for an API key, then shows one view per hash route.
//   #screen              screening form and explained hits
//   #entity/ID           one list entry (e.g. #entity/un%3AKPi.004)
//   #regime[/DATE]       the DPRK regime timeline and the measures in force on DATE
//   #scenarios[/NAME]    a relief scenario explained, and its diff on a generated portfolio
//   #cases[/STATES]      the case queue;  #case/ID  one case, its history and the review steps

import { api, problemBox, session, UNAUTHORIZED } from './api.js';
import { h, replace } from './dom.js';
import { renderScreen } from './screen.js';
import { renderEntity } from './entity.js';
import { renderRegime } from './regime.js';
import { renderScenarios } from './scenarios.js';
import { renderCase, renderCases } from './cases.js';

const ROUTES = [
  { pattern: /^screen$/, view: 'screen', render: renderScreen },
  { pattern: /^entity\/(.+)$/, view: 'screen', render: renderEntity },
  { pattern: /^regime(?:\/(\d{4}-\d{2}-\d{2}))?$/, view: 'regime', render: renderRegime },
  { pattern: /^scenarios(?:\/([a-z0-9-]+))?$/, view: 'scenarios', render: renderScenarios },
  { pattern: /^cases(?:\/([a-z,-]+))?$/, view: 'cases', render: renderCases },
  { pattern: /^case\/(\d+)$/, view: 'cases', render: renderCase },
];

const main = document.getElementById('main');
const signIn = document.getElementById('sign-in');
const signInForm = document.getElementById('sign-in-form');
const keyInput = document.getElementById('api-key');
const signInProblem = document.getElementById('sign-in-problem');
let rendering = 0;

/** Shows the view of the current hash; a later navigation makes an earlier render stale. */
async function route() {
  if (session.key() === '') {
    showSignIn();
    return;
  }
  const hash = decodedHash() || 'screen';
  const found = ROUTES.map((r) => ({ r, match: r.pattern.exec(hash) })).find((x) => x.match);
  const token = ++rendering;
  const page = {
    isCurrent: () => token === rendering,
    title: (text) => {
      document.title = `${text} – Sanctions Engine`;
    },
  };
  markNavigation(found?.r.view);
  replace(main);
  main.setAttribute('aria-busy', 'true');
  try {
    if (!found) {
      page.title('Not found');
      replace(
        main,
        h('h1', {}, 'Not found'),
        h('p', {}, 'There is no view at #', hash, '. Choose one in the navigation above.'),
      );
      return;
    }
    await found.r.render(main, found.match.slice(1), page);
  } catch (e) {
    if (page.isCurrent()) {
      // What was still loading will not come: the problem takes its place.
      main.querySelectorAll('.loading').forEach((p) => p.remove());
      main.append(problemBox(e));
    }
  } finally {
    if (page.isCurrent()) {
      main.removeAttribute('aria-busy');
    }
  }
}

function decodedHash() {
  const raw = window.location.hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // not valid percent-encoding: no route matches it, and the page says so
  }
}

function markNavigation(view) {
  for (const link of document.querySelectorAll('#nav a')) {
    if (link.dataset.view === view) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

function showSignIn(error) {
  rendering++;
  main.hidden = true;
  document.getElementById('session').hidden = true;
  document.getElementById('nav').hidden = true;
  signIn.hidden = false;
  document.title = 'Sign in – Sanctions Engine';
  replace(signInProblem, error ? problemBox(error) : null);
  keyInput.value = '';
  keyInput.focus();
}

function showApp() {
  signIn.hidden = true;
  main.hidden = false;
  document.getElementById('nav').hidden = false;
  const key = session.key();
  const shown = key.length > 12 ? `${key.slice(0, 8)}…${key.slice(-4)}` : '…';
  const label = document.getElementById('session-key');
  label.textContent = `Key ${shown}`;
  document.getElementById('session').hidden = false;
  // Name the holder and role once known; the masked key stays if the answer is slow or refused.
  api('/api/me')
    .then((me) => {
      label.textContent = `${me.holder} (${me.role})`;
    })
    .catch(() => {});
}

signInForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const key = keyInput.value.trim();
  if (key === '') {
    replace(signInProblem, h('p', { class: 'problem', role: 'alert' }, 'Enter your API key.'));
    keyInput.focus();
    return;
  }
  const button = document.getElementById('sign-in-button');
  button.disabled = true;
  session.signIn(key);
  try {
    // Any valid key may read the regime: a cheap check that the key is known.
    await api('/api/regime');
    showApp();
    await route();
  } catch (e) {
    session.signOut();
    showSignIn(e);
  } finally {
    button.disabled = false;
  }
});

// Switching keys reloads the page (same view), so that nothing the previous key's holder saw
// (screening results, a case page) stays in memory for the next one.
document.getElementById('switch-key').addEventListener('click', () => {
  session.signOut();
  window.location.reload();
});

window.addEventListener(UNAUTHORIZED, (event) => {
  session.signOut();
  showSignIn(event.detail);
});

window.addEventListener('hashchange', () => {
  route();
  main.focus({ preventScroll: true });
});

if (session.key() === '') {
  showSignIn();
} else {
  showApp();
  route();
}
