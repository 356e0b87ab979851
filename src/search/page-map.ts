// Which page of records (/search/d/<n>.json, index-format.ts) holds a record. Record ids run type
// by type (TYPE_ORDER), while a page holds the records of one or a few site pages, of every type
// (PAGE_ORDER): the map says how many records of each type each page holds, and a record's page
// and place follow by counting. Served as /search/pages.bin: for each page, its counts in
// PAGE_ORDER as varints (varint.ts).
import { PAGE_ORDER, TYPE_ORDER, type DocType } from './index-format.ts';
import { ByteReader, ByteWriter } from './varint.ts';

/** Per page, its number of records of each type, in PAGE_ORDER. */
export type PageCounts = readonly (readonly number[])[];

export function encodePageMap(pages: PageCounts): Uint8Array {
  const w = new ByteWriter();
  for (const counts of pages) for (let t = 0; t < PAGE_ORDER.length; t++) w.varint(counts[t] ?? 0);
  return w.done();
}

/** The runs of one type's ids: the first id of each run, its page and its place in that page. */
interface Runs {
  from: number;
  to: number;
  length: number;
  starts: Int32Array;
  pages: Int32Array;
  offsets: Int32Array;
}

export class PageMap {
  /** Each type's id range, in TYPE_ORDER: the same as the manifest's `types`. */
  readonly ranges: [DocType, number, number][] = [];
  readonly pages: number;
  private readonly runs: Runs[] = [];

  /** `counts`: each page's number of records of each type, PAGE_ORDER.length numbers a page. */
  private constructor(counts: Int32Array) {
    const types = PAGE_ORDER.length;
    const pages = counts.length / types;
    this.pages = pages;
    let next = 0;
    for (const type of TYPE_ORDER) {
      const t = PAGE_ORDER.indexOf(type);
      const runs: Runs = { from: next, to: next, length: 0, starts: new Int32Array(pages), pages: new Int32Array(pages), offsets: new Int32Array(pages) };
      for (let page = 0; page < pages; page++) {
        const n = counts[page * types + t];
        if (!n) continue;
        // the type's records follow those of the types before it in the page
        let offset = 0;
        for (let u = 0; u < t; u++) offset += counts[page * types + u];
        runs.starts[runs.length] = runs.to;
        runs.pages[runs.length] = page;
        runs.offsets[runs.length++] = offset;
        runs.to += n;
      }
      this.ranges.push([type, runs.from, runs.to]);
      this.runs.push(runs);
      next = runs.to;
    }
  }

  static of(pages: PageCounts): PageMap {
    return new PageMap(Int32Array.from(pages.flatMap((counts) => PAGE_ORDER.map((_, t) => counts[t] ?? 0))));
  }

  static decode(bytes: Uint8Array): PageMap {
    const r = new ByteReader(bytes);
    const counts: number[] = [];
    while (!r.done) counts.push(r.varint());
    if (counts.length % PAGE_ORDER.length) throw new Error('search index: the page map ends in the middle of a page');
    return new PageMap(Int32Array.from(counts));
  }

  /** The page holding record `id` and its place there, or null for an id outside the index. */
  locate(id: number): { page: number; at: number } | null {
    const runs = this.runs.find((r) => id >= r.from && id < r.to);
    if (!runs) return null;
    // the last run starting at or before id
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (runs.starts[mid] <= id) lo = mid;
      else hi = mid - 1;
    }
    return { page: runs.pages[lo], at: runs.offsets[lo] + id - runs.starts[lo] };
  }
}
