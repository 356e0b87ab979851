// A list kept in chunk files, read in order a page at a time: the chunks a filter rules out
// are never downloaded, and reading stops once a page is full (or after a few chunks, so
// that one step never downloads much; the caller offers to go on).
import { t, type MessageKey } from '../i18n/index.ts';
import { formatCount } from '../i18n/format.ts';
import { fetchOk } from './fetch-ok.ts';

/** JSON files by URL, each downloaded once per page view. */
const files = new Map<string, Promise<unknown>>();

export function fetchJson<T>(url: string): Promise<T> {
  let hit = files.get(url);
  if (!hit) {
    hit = fetchOk(url).then((res) => res.json());
    // a failed download may be tried again
    hit.catch(() => files.delete(url));
    files.set(url, hit);
  }
  return hit as Promise<T>;
}

export interface ChunkSource<T> {
  /** Items per chunk, in order. */
  sizes: readonly number[];
  /** False when chunk `n` holds no wanted item for sure (it is not downloaded). */
  mayMatch: (n: number) => boolean;
  /** The wanted items of chunk `n`. */
  load: (n: number) => Promise<T[]>;
}

export class ChunkScan<T> {
  readonly found: T[] = [];
  /** Items in the chunks read so far, and in all chunks that may hold wanted ones. */
  checked = 0;
  readonly candidates: number;
  private next = 0;
  private readonly source: ChunkSource<T>;

  constructor(source: ChunkSource<T>) {
    this.source = source;
    this.candidates = source.sizes.reduce((sum, n, i) => sum + (source.mayMatch(i) ? n : 0), 0);
  }

  get done(): boolean {
    return this.next >= this.source.sizes.length;
  }

  /** Reads on until `want` items are found, `maxChunks` chunks were downloaded, or the list ends. */
  async more(want: number, maxChunks = Infinity): Promise<void> {
    let loaded = 0;
    while (!this.done && this.found.length < want && loaded < maxChunks) {
      const n = this.next;
      if (this.source.mayMatch(n)) {
        this.found.push(...(await this.source.load(n)));
        loaded++;
        this.checked += this.source.sizes[n];
      }
      this.next = n + 1;
    }
  }
}

/**
 * What a list read by a scan says of itself: how many rows it shows of how many (exact when
 * every chunk was read or `exact` told it before; else how many possible rows were checked),
 * "nothing found" once all are read, and "more" while some may be left.
 */
export function showScan(
  scan: ChunkScan<unknown>,
  shown: number,
  exact: number | null,
  words: { shown: MessageKey; soFar: MessageKey },
  ui: { count: HTMLElement; empty: HTMLElement; more: HTMLElement },
): void {
  const known = scan.done ? scan.found.length : exact;
  ui.count.textContent =
    known === null
      ? t(words.soFar, { n: formatCount(shown), checked: formatCount(scan.checked), total: formatCount(scan.candidates) })
      : t(words.shown, { n: formatCount(shown), total: formatCount(known) });
  ui.empty.hidden = !(scan.done && scan.found.length === 0);
  ui.more.hidden = scan.done && shown >= scan.found.length;
}
