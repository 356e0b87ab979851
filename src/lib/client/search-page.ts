// Search page: load the index once, search on every keystroke, group results by type.
import { t } from '../../i18n/index.ts';
import { createSearcher, groupHits, search, TYPE_ORDER, type SearchRecord } from '../search.ts';
import { formatCount, truncate } from '../format.ts';
import { el } from './dom.ts';

const PER_TYPE = 30;

export async function initSearch(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const results = document.getElementById('search-results');
  if (!form || !input || !status || !results) return;

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  status.textContent = t('search.loading');

  let fuse: ReturnType<typeof createSearcher>;
  try {
    const res = await fetch(form.dataset.index!);
    if (!res.ok) throw new Error(String(res.status));
    fuse = createSearcher((await res.json()) as SearchRecord[]);
  } catch {
    status.textContent = t('search.loadError');
    return;
  }

  const run = () => {
    const q = input.value;
    const url = q.trim() ? `${location.pathname}?q=${encodeURIComponent(q.trim())}` : location.pathname;
    history.replaceState(history.state, '', url);
    results.replaceChildren();
    if (!q.trim()) {
      status.textContent = t('search.empty');
      return;
    }
    const hits = search(fuse, q, 1000);
    if (!hits.length) {
      status.textContent = t('search.none', { q: q.trim() });
      return;
    }
    status.textContent = t('search.count', { n: formatCount(hits.length) });
    const groups = groupHits(hits);
    for (const type of TYPE_ORDER) {
      const list = groups.get(type)!;
      if (!list.length) continue;
      const headingId = `results-${type}`;
      const ul = el('ul', { class: 'item-list' });
      for (const { record: r } of list.slice(0, PER_TYPE)) {
        ul.append(
          el(
            'li',
            {},
            el('a', { class: 'item-title', href: r.u }, r.t),
            r.c ? el('p', { class: 'meta' }, r.c) : null,
            r.x && r.x !== r.t ? el('p', { class: 'meta' }, truncate(r.x, 120)) : null,
          ),
        );
      }
      results.append(
        el(
          'section',
          { 'aria-labelledby': headingId },
          el('h2', { id: headingId }, `${t(`search.type.${type}`)}（${formatCount(list.length)}）`),
          ul,
          list.length > PER_TYPE ? el('p', { class: 'note' }, t('search.more', { n: formatCount(list.length - PER_TYPE) })) : null,
        ),
      );
    }
  };

  let frame = 0;
  input.addEventListener('input', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(run);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  run();
}
