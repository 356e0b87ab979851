// Search page: searches as you type, results grouped by type with the hit highlighted. The
// engine (search/engine.ts) fetches only the parts of the index a query needs.
import { t } from '../i18n/index.ts';
import { queryTerms, SearchEngine, type SearchHit, type SearchResults } from '../search/engine.ts';
import { excerpt, foldText, highlightPieces } from '../search/match.ts';
import { TYPE_ORDER, type DocType, type SearchManifest } from '../search/index-format.ts';
import { formatCount } from '../i18n/format.ts';
import { el } from './dom.ts';
import { fetchOk } from './fetch-ok.ts';

/**
 * Hits first shown of each type: each shown hit may cost a fetch of its record chunk, so the first
 * answer to a keystroke fetches few; a type's button asks for MORE at a time.
 */
const PER_TYPE = 5;
const MORE = 20;

/** Folded text with <mark> around the ranges (folding keeps one UTF-16 unit per unit for CJK text). */
function marked(text: string, ranges: [number, number][]): (Node | string)[] {
  return highlightPieces(text, ranges).map((p) => (p.hit ? el('mark', {}, p.text) : p.text));
}

function hitItem(h: SearchHit): HTMLLIElement {
  const d = h.doc;
  const title = foldText(d.t);
  const text = foldText(d.x);
  const shown = excerpt(text, h.text, 120);
  const headline = d.t ? marked(title, h.title) : marked(shown.text, shown.ranges);
  return el(
    'li',
    {},
    el('a', { class: 'item-title', href: d.u }, ...headline),
    d.c ? el('p', { class: 'meta' }, d.c) : null,
    d.t && d.x && d.x !== d.t ? el('p', { class: 'meta excerpt' }, ...marked(shown.text, shown.ranges)) : null,
  );
}

export async function initSearch(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const results = document.getElementById('search-results');
  if (!form || !input || !status || !results) return;
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  status.textContent = t('search.loading');

  let engine: SearchEngine;
  try {
    const manifestUrl = new URL(form.dataset.manifest!, location.href);
    // the manifest is asked of the host every visit: the files it names carry its build's digest
    const res = await fetchOk(manifestUrl, { cache: 'no-cache' });
    const get = (url: string) => fetchOk(new URL(url, manifestUrl));
    engine = new SearchEngine((await res.json()) as SearchManifest, {
      json: async (url) => (await get(url)).json(),
      bytes: async (url) => new Uint8Array(await (await get(url)).arrayBuffer()),
    });
    engine.preload();
  } catch {
    status.textContent = t('search.loadError');
    return;
  }

  let seq = 0;
  /** The keystroke whose results are on screen. */
  let rendered = 0;

  /** One type's hits, the count left and a button for more (which asks the engine again for this type). */
  const typeSection = (q: string, type: DocType, list: SearchHit[], count: number): HTMLElement => {
    const headingId = `results-${type}`;
    // the count is the engine's estimate until it has checked every candidate
    const left = count - list.length;
    const button = left > 0 ? el('button', { type: 'button', class: 'secondary' }, t('search.showMore')) : null;
    const section = el(
      'section',
      { 'aria-labelledby': headingId },
      el('h2', { id: headingId }, `${t(`search.type.${type}`)}（${formatCount(count)}）`),
      el('ul', { class: 'item-list' }, ...list.map(hitItem)),
      button ? el('p', { class: 'note' }, t('search.more', { n: formatCount(left) }), ' ', button) : null,
    );
    button?.addEventListener('click', async () => {
      const mine = seq;
      button.disabled = true;
      try {
        const found = await engine.search(q, { [type]: list.length + MORE });
        if (mine !== seq) return;
        // what is on screen stays where it is (a hit found later may rank above it): new hits go after it
        const shown = new Set(list.map((h) => h.id));
        const all = [...list, ...found.hits.filter((h) => !shown.has(h.id))];
        const next = typeSection(q, type, all, Math.max(found.counts[type], all.length));
        section.replaceWith(next);
        // the keyboard goes on to the first hit added
        next.querySelectorAll<HTMLAnchorElement>('a.item-title')[list.length]?.focus();
      } catch {
        button.disabled = false;
        if (mine === seq) status.textContent = t('search.loadError');
      }
    });
    return section;
  };

  const render = (q: string, { hits, counts }: SearchResults) => {
    results.replaceChildren();
    if (!hits.length) {
      status.textContent = t('search.none', { q: q.trim() });
      return;
    }
    const total = TYPE_ORDER.reduce((n, ty) => n + counts[ty], 0);
    status.textContent = t('search.count', { n: formatCount(total) });
    for (const type of TYPE_ORDER) {
      const list = hits.filter((h) => h.doc.y === type);
      if (list.length) results.append(typeSection(q, type, list, counts[type]));
    }
  };

  // the URL names the query whose results are on screen
  const show = (q: string) => history.replaceState(history.state, '', q.trim() ? `${location.pathname}?q=${encodeURIComponent(q.trim())}` : location.pathname);
  const run = async () => {
    const q = input.value;
    const mine = ++seq;
    // the index is of character pairs: a single character finds nothing by itself
    const terms = queryTerms(q);
    if (!terms.some((term) => Array.from(term).length >= 2)) {
      rendered = mine;
      show(q);
      results.replaceChildren();
      status.textContent = t(terms.length ? 'search.short' : 'search.empty');
      return;
    }
    try {
      const found = await engine.search(q, PER_TYPE);
      // a later keystroke's answer wins
      if (mine !== seq) return;
      render(q, found);
      rendered = mine;
      engine.prefetchNames(q);
      // after the next frame has painted the results (replacing the URL takes Chromium a few
      // ms), unless other results are on screen by then
      requestAnimationFrame(() => setTimeout(() => rendered === mine && show(q)));
    } catch {
      if (mine === seq) status.textContent = t('search.loadError');
    }
  };
  // each keystroke searches at once: the files it needs are fetched once and shared, and only
  // the latest query's answer is shown
  input.addEventListener('input', () => void run());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  void run();
}
