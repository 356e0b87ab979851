// Search page: search on every keystroke, results grouped by type.
// Small indexes are searched on the main thread; above WORKER_THRESHOLD records
// the shards are loaded and searched in a web worker so typing never stalls.
import { t } from '../i18n/index.ts';
import { groupHits, TYPE_ORDER, type SearchResults } from '../search/query.ts';
import type { SearchManifest } from '../search/shards.ts';
import { formatCount, truncate } from '../i18n/format.ts';
import { loadEngine } from './search-engine.ts';
import { el } from './dom.ts';

const PER_TYPE = 30;
const NONE: SearchResults = { hits: [], counts: { policy: 0, section: 0, target: 0, department: 0 } };
const WORKER_THRESHOLD = 10_000;

export async function initSearch(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const results = document.getElementById('search-results');
  if (!form || !input || !status || !results) return;
  const manifestUrl = new URL(form.dataset.manifest!, location.href).href;

  input.value = new URLSearchParams(location.search).get('q') ?? '';
  status.textContent = t('search.loading');

  const render = (q: string, { hits, counts }: SearchResults) => {
    results.replaceChildren();
    if (!q.trim()) {
      status.textContent = t('search.empty');
      return;
    }
    if (!hits.length) {
      status.textContent = t('search.none', { q: q.trim() });
      return;
    }
    const total = TYPE_ORDER.reduce((n, ty) => n + counts[ty], 0);
    status.textContent = t('search.count', { n: formatCount(total) });
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
          el('h2', { id: headingId }, `${t(`search.type.${type}`)}（${formatCount(counts[type])}）`),
          ul,
          counts[type] > PER_TYPE ? el('p', { class: 'note' }, t('search.more', { n: formatCount(counts[type] - PER_TYPE) })) : null,
        ),
      );
    }
  };

  let ask: (q: string) => void;
  try {
    const res = await fetch(manifestUrl);
    if (!res.ok) throw new Error(String(res.status));
    const manifest = (await res.json()) as SearchManifest;
    if (manifest.total > WORKER_THRESHOLD && typeof Worker !== 'undefined') {
      const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
      let seq = 0;
      let pending = '';
      worker.onmessage = (e: MessageEvent) => {
        const msg = e.data as { type: string; id?: number; results?: SearchResults; message?: string };
        if (msg.type === 'hits' && msg.id === seq) render(pending, msg.results!);
        else if (msg.type === 'error') status.textContent = t('search.loadError');
      };
      worker.postMessage({ type: 'init', manifest: manifestUrl });
      ask = (q) => {
        pending = q;
        if (!q.trim()) return render(q, NONE);
        worker.postMessage({ type: 'query', id: ++seq, q, limit: PER_TYPE });
      };
    } else {
      const engine = await loadEngine(manifestUrl);
      await engine.loading;
      ask = (q) => render(q, engine.query(q, PER_TYPE));
    }
  } catch {
    status.textContent = t('search.loadError');
    return;
  }

  const run = () => {
    const q = input.value;
    history.replaceState(history.state, '', q.trim() ? `${location.pathname}?q=${encodeURIComponent(q.trim())}` : location.pathname);
    ask(q);
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
