// Types the bench's queries into the search page from inside the page (bench/search.ts serves
// it beside the page's own script), so that no remote-control protocol runs in the browser while a
// keystroke is timed. Query i is typed on a fresh document (?i=i: what a first visit fetches), then
// cleared and typed again (the parts it needs are cached); each query's figures are posted to the
// bench, and the page goes on to query i + 1. The bench starts at ?i=-1, a page that only loads
// and waits: a visitor's browser is running before they search, while a Chromium just started
// with a fresh profile is still busy in its other processes (the page's own thread idle, its
// requests two to three times slower: the session's first query took 68–124 ms typed 0.1 s after
// that first page, 43–48 ms after 2 s).
import { queryTerms } from '../src/search/engine.ts';

interface BenchConfig {
  queries: string[];
  report: string;
  /** What the status line says while the page loads the index, and when a search failed. */
  loading: string;
  loadError: string;
}

export interface QueryReport {
  query: string;
  /** ms from the input event to the results changing on screen, per keystroke that searches. */
  first: number[];
  again: number[];
  /** What the first typing fetched of the index (paths under /search/). */
  fetched: string[];
}

export interface CostReport {
  /** ms of each of 20 requests for a small file, one after another. */
  requests: number[];
}

/** A script error on the page: the bench stops with it rather than waiting. */
export interface ErrorReport {
  error: string;
}

// The page's inline script read ?i before any module ran (the search page replaces the URL).
const queryIndex = Number((window as unknown as { benchQuery: string | null }).benchQuery ?? 0);
/** A keystroke unanswered this long is a failure of the page, not a slow figure. */
const ANSWER_WITHIN_MS = 10_000;
/** How long the untimed first page waits for the browser's own start to end. */
const BROWSER_START_MS = 2000;

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the search page has no #${id}`);
  return found as T;
}

/** Types `query` one character at a time; each keystroke waits until the page answers it. */
async function typeQuery(query: string, config: BenchConfig): Promise<number[]> {
  const input = element<HTMLInputElement>('search-q');
  const status = element('search-status');
  const results = element('search-results');
  const times: number[] = [];
  for (const ch of query) {
    const next = input.value + ch;
    // a keystroke that leaves no term of two characters searches nothing: the page asks for more
    const searches = queryTerms(next).some((term) => Array.from(term).length >= 2);
    let changed = -1;
    let waiting: ReturnType<typeof setTimeout> | undefined;
    const answered = new Promise<void>((ok) => {
      const seen = new MutationObserver(() => {
        changed = performance.now();
        seen.disconnect();
        clearTimeout(waiting);
        ok();
      });
      seen.observe(results, { childList: true, subtree: true });
      seen.observe(status, { childList: true, characterData: true, subtree: true });
      waiting = setTimeout(() => {
        seen.disconnect();
        ok();
      }, ANSWER_WITHIN_MS);
    });
    input.value = next;
    const start = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await answered;
    if (searches) {
      if (changed < 0) throw new Error(`typing ${JSON.stringify(next)}: no answer on the page in ${ANSWER_WITHIN_MS / 1000} s`);
      if (status.textContent === config.loadError) throw new Error(`typing ${JSON.stringify(next)}: the page says ${config.loadError}`);
      times.push(changed - start);
    }
    // a person types a few characters a second: the page is idle between keystrokes
    await sleep(50);
  }
  return times;
}

async function run(): Promise<void> {
  const config = (await (await fetch('/bench.json')).json()) as BenchConfig;
  const post = (body: QueryReport | CostReport | ErrorReport) => fetch(config.report, { method: 'POST', body: JSON.stringify(body) });
  addEventListener('error', (e) => void post({ error: `${e.message} (${e.filename}:${e.lineno})` }));
  addEventListener('unhandledrejection', (e) => void post({ error: e.reason instanceof Error ? e.reason.message : String(e.reason) }));
  const i = queryIndex;
  const status = element('search-status');
  while (!status.textContent || status.textContent === config.loading) await sleep(5);
  if (status.textContent === config.loadError) throw new Error(`the search page could not load its index: ${config.loadError}`);
  await sleep(100);
  // ?i=-1: the browser's own first page (its network service and compiler starting), not timed
  if (i < 0) {
    await sleep(BROWSER_START_MS);
    location.search = '?i=0';
    return;
  }
  if (i < config.queries.length) {
    const query = config.queries[i];
    const first = await typeQuery(query, config);
    const fetched = performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname)
      .filter((p) => p.startsWith('/search/'));
    const input = element<HTMLInputElement>('search-q');
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await sleep(100);
    const again = await typeQuery(query, config);
    await post({ query, first, again, fetched });
    location.search = `?i=${i + 1}`;
    return;
  }
  const requests: number[] = [];
  for (let n = 0; n < 20; n++) {
    const start = performance.now();
    await (await fetch(`/search/manifest.json?${n}`)).arrayBuffer();
    requests.push(performance.now() - start);
  }
  await post({ requests });
}

void run();
