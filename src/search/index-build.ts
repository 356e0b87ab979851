// Builds the served search index (index-format.ts) from the records, at build time.
import { foldText } from './match.ts';
import { bigramsOf, encodePage, INDEX_VERSION, PAGE_ORDER, shardOf, splitUrl, type DocPage, type SearchDoc, type SearchManifest } from './index-format.ts';
import { encodePageMap, PageMap } from './page-map.ts';
import { encodePair, encodeShard } from './postings.ts';

/** A list longer than this (bytes) is a file of its own: a query for a common pair fetches only it. */
const LONG_LIST_BYTES = 4096;
/** Term shards hold about this many bytes of short lists. */
const SHARD_BYTES = 16_384;
/**
 * Pages of records hold at most about this many bytes of JSON (one record may be longer): the
 * records of most policies fit one page, and a query's first answer costs a file or two.
 */
const PAGE_BYTES = 32_768;

export interface BuiltIndex {
  manifest: SearchManifest;
  termShards: Uint8Array[];
  longLists: Uint8Array[];
  docPages: DocPage[];
  pageMap: Uint8Array;
  names: string[];
}

/** What a record is found by: its own title, keywords and text, folded. */
export function ownText(doc: SearchDoc): string {
  return foldText(`${doc.t}\u0000${doc.k}\u0000${doc.x}`);
}

export interface IndexUrls {
  termUrl: string;
  listUrl: string;
  docUrl: string;
  pagesUrl: string;
  namesUrl: string;
}

const utf8 = new TextEncoder();
const bytesOf = (value: unknown) => utf8.encode(JSON.stringify(value)).length;
/** Bytes a record adds to a page besides the strings it shares with others (sharedOf). */
const ownBytes = (d: SearchDoc) => bytesOf([d.t, d.x, d.k, splitUrl(d.u)[1]]) + 8;
/** The strings a page writes once for all its records: contexts and site page URLs. */
const sharedOf = (d: SearchDoc) => [d.c, splitUrl(d.u)[0]];

/** Bytes `values` add to a page that holds the strings `held`: each written once. */
function newBytes(values: readonly string[], held: ReadonlySet<string>): number {
  const seen = new Set<string>();
  let n = 0;
  for (const v of values) {
    if (held.has(v) || seen.has(v)) continue;
    seen.add(v);
    n += bytesOf(v) + 1;
  }
  return n;
}

/**
 * Records cut into pages. The parts of a site page (a policy's targets, paragraphs and headings:
 * records with an anchor) go together, the parts of several small site pages in one page, those of
 * a long one across a few, cut in the order given (a policy's text order) and never between a
 * paragraph and the targets after it (its sentences). Records that stand for a whole site page (a policy, a unit, an
 * indicator) have pages of their own type: a query's first policies are then one page, as are the
 * first parts of the first policy holding it.
 */
function paginate(docs: readonly SearchDoc[]): SearchDoc[][] {
  const owners = new Map<string, SearchDoc[]>();
  for (const d of docs) {
    const [url, anchor] = splitUrl(d.u);
    const owner = anchor ? url : d.y;
    let mine = owners.get(owner);
    if (!mine) owners.set(owner, (mine = []));
    mine.push(d);
  }
  const pages: SearchDoc[][] = [];
  let page: SearchDoc[] = [];
  let bytes = 0;
  let held = new Set<string>();
  const close = () => {
    if (page.length) pages.push(page);
    page = [];
    bytes = 0;
    held = new Set();
  };
  for (const mine of owners.values()) {
    const whole = !splitUrl(mine[0].u)[1];
    const sizes = mine.map(ownBytes);
    // a site page that does not fit in what is left of this page starts the next
    if (whole || bytes + sizes.reduce((a, b) => a + b, 0) + newBytes(mine.flatMap(sharedOf), held) > PAGE_BYTES) close();
    // one longer than a page is cut before a record that is not a target: a paragraph and the
    // targets after it (its sentences) stay together
    for (let from = 0, to = 1; from < mine.length; from = to, to = from + 1) {
      while (to < mine.length && mine[to].y === 'target') to++;
      const run = mine.slice(from, to);
      const runBytes = sizes.slice(from, to).reduce((a, b) => a + b, 0) + newBytes(run.flatMap(sharedOf), held);
      if (page.length && bytes + runBytes > PAGE_BYTES) close();
      run.forEach((d, i) => {
        const strings = sharedOf(d);
        bytes += sizes[from + i] + newBytes(strings, held);
        for (const v of strings) held.add(v);
        page.push(d);
      });
    }
    if (whole) close();
  }
  close();
  return pages;
}

/**
 * `docs` with a site page's parts in its text order (buildSearchDocs), site pages in any order. A
 * site page's records share a page of records (paginate), and ids run type by type (TYPE_ORDER),
 * page by page within a type: within a type, the order of the site pages, then of their text.
 */
export function buildIndex(docs: readonly SearchDoc[], unitNames: readonly string[], urls: IndexUrls): BuiltIndex {
  const pages = paginate(docs);
  const counts = pages.map((page) => PAGE_ORDER.map((type) => page.filter((d) => d.y === type).length));
  const map = PageMap.of(counts);
  const ordered = map.ranges.flatMap(([type]) => pages.flatMap((page) => page.filter((d) => d.y === type)));
  // ids are pushed in id order: each list is ascending
  const postings = new Map<string, { own: number[]; context: number[] }>();
  const add = (bigram: string, id: number, own: boolean) => {
    let p = postings.get(bigram);
    if (!p) postings.set(bigram, (p = { own: [], context: [] }));
    (own ? p.own : p.context).push(id);
  };
  ordered.forEach((doc, id) => {
    const own = bigramsOf(ownText(doc));
    for (const bigram of own) add(bigram, id, true);
    for (const bigram of bigramsOf(foldText(doc.c))) if (!own.has(bigram)) add(bigram, id, false);
  });
  const long: [string, Uint8Array, number][] = [];
  const short: [string, Uint8Array][] = [];
  let shortBytes = 0;
  for (const [bigram, { own, context }] of postings) {
    const list = encodePair(own, context);
    if (list.length > LONG_LIST_BYTES) long.push([bigram, list, own.length + context.length]);
    else {
      short.push([bigram, list]);
      shortBytes += list.length + 8;
    }
  }
  long.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let shards = 1;
  while (shards * SHARD_BYTES < shortBytes && shards < 65_536) shards *= 2;
  const byShard: [string, Uint8Array][][] = Array.from({ length: shards }, () => []);
  for (const entry of short) byShard[shardOf(entry[0], shards)].push(entry);
  return {
    manifest: {
      v: INDEX_VERSION,
      types: map.ranges,
      total: ordered.length,
      pages: pages.length,
      shards,
      long: long.map(([b]) => b).join(' '),
      longSizes: long.map(([, , n]) => String.fromCharCode(48 + Math.ceil(Math.log2(n + 1)))).join(''),
      ...urls,
    },
    termShards: byShard.map(encodeShard),
    longLists: long.map(([, list]) => list),
    docPages: pages.map(encodePage),
    pageMap: encodePageMap(counts),
    names: [...new Set(unitNames.map(foldText))].sort(),
  };
}
