// Types the bench's queries into the search page from inside the page (bench/search.ts serves
// it beside the page's own script), so that no remote-control protocol runs in the browser while a
// keystroke is timed. Query i is typed on a fresh document (?i=i: what a first visit fetches), then
// cleared and typed again (the parts it needs are cached); each query's figures are posted to the
// bench, and the page goes on to query i + 1. The bench starts at ?i=-1, a page that only loads:
// a visitor's browser is running before they search, and its first page pays the browser's own
// start.
interface BenchConfig {
  queries: string[];
  report: string;
  /** What the status line says while the page loads the index. */
  loading: string;
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

// read before the page's script replaces the URL with the query's
const queryIndex = Number(new URLSearchParams(location.search).get('i') ?? 0);

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the search page has no #${id}`);
  return found as T;
}

/** Types `query` one character at a time; each keystroke waits until the page answers it. */
async function typeQuery(query: string): Promise<number[]> {
  const input = element<HTMLInputElement>('search-q');
  const status = element('search-status');
  const results = element('search-results');
  const times: number[] = [];
  for (const ch of query) {
    const next = input.value + ch;
    // a keystroke that leaves no term of two characters searches nothing: the page asks for more
    const searches = next.split(/\s+/).some((t) => Array.from(t).length >= 2);
    let changed = -1;
    const answered = new Promise<void>((ok) => {
      const seen = new MutationObserver(() => {
        if (changed < 0) changed = performance.now();
        seen.disconnect();
        ok();
      });
      seen.observe(results, { childList: true, subtree: true });
      seen.observe(status, { childList: true, characterData: true, subtree: true });
      setTimeout(() => {
        seen.disconnect();
        ok();
      }, 3000);
    });
    input.value = next;
    const start = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await answered;
    if (searches && changed >= 0) times.push(changed - start);
    // a person types a few characters a second: the page is idle between keystrokes
    await sleep(50);
  }
  return times;
}

async function run(): Promise<void> {
  const config = (await (await fetch('/bench.json')).json()) as BenchConfig;
  const post = (body: QueryReport | CostReport | ErrorReport) => fetch(config.report, { method: 'POST', body: JSON.stringify(body) });
  addEventListener('error', (e) => void post({ error: `${e.message} (${e.filename}:${e.lineno})` }));
  addEventListener('unhandledrejection', (e) => void post({ error: String(e.reason) }));
  const i = queryIndex;
  const status = element('search-status');
  while (!status.textContent || status.textContent === config.loading) await sleep(5);
  await sleep(100);
  // ?i=-1: the browser's own first page (its network service and compiler starting), not timed
  if (i < 0) {
    location.search = '?i=0';
    return;
  }
  if (i < config.queries.length) {
    const query = config.queries[i];
    const first = await typeQuery(query);
    const fetched = performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname)
      .filter((p) => p.startsWith('/search/'));
    const input = element<HTMLInputElement>('search-q');
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await sleep(100);
    const again = await typeQuery(query);
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
