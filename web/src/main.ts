// The dashboard's client-side router: / (overview with filters in the query string),
// /events/:id and /documents/:id. Rendering builds DOM nodes from text only.
import './style.css';
import { h } from './dom.js';
import { renderDocument } from './document-page.js';
import { renderEvent } from './event-page.js';
import { filtersFromSearch } from './filters.js';
import { renderHome } from './home-page.js';

const root = document.getElementById('app') as HTMLElement;
let cleanup: (() => void) | null = null;
let generation = 0;

function navigate(path: string): void {
  history.pushState(null, '', path);
  void route();
}

async function route(): Promise<void> {
  const gen = ++generation;
  cleanup?.();
  cleanup = null;
  document.body.removeAttribute('data-ready');
  const path = location.pathname;
  try {
    const ev = /^\/events\/([^/]+)$/.exec(path);
    const doc = /^\/documents\/([^/]+)$/.exec(path);
    if (ev) await renderEvent(root, decodeURIComponent(ev[1]!));
    else if (doc) await renderDocument(root, decodeURIComponent(doc[1]!), navigate);
    else {
      const done = await renderHome(root, filtersFromSearch(location.search), navigate);
      if (gen === generation) cleanup = done;
      else done();
    }
  } catch (e) {
    if (gen === generation) root.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Error: ${(e as Error).message}`));
  }
  if (gen === generation) document.body.setAttribute('data-ready', path);
}

document.addEventListener('click', (ev) => {
  const a = (ev.target as Element | null)?.closest?.('a[data-link]');
  if (!a || ev.ctrlKey || ev.metaKey || ev.shiftKey || (ev as MouseEvent).button !== 0) return;
  const href = a.getAttribute('href');
  if (!href?.startsWith('/')) return;
  ev.preventDefault();
  navigate(href);
});
window.addEventListener('popstate', () => void route());
void route();
