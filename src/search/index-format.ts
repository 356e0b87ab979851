// The search index as served (built by index-build.ts, read by engine.ts):
//   /search/manifest.json   small: the id range of each type of record, the number of term
//                           shards and the pairs with a list file;
//   /search/t/<n>.bin       term shards: the short id lists of the character pairs (bigrams)
//                           hashed to n (postings.ts);
//   /search/l/<n>.bin       the id list of one common pair, the n-th of the manifest's `long`;
//   /search/d/<n>.json      pages of records (DocPage): the parts of a policy (its targets,
//                           paragraphs and headings) or of a few short ones, so that a query's
//                           hits of several types, which mostly share a policy, come in one
//                           file (a long policy's take a few); policies, units and indicators
//                           in pages of their own type;
//   /search/pages.bin       which page holds which records (page-map.ts);
//   /search/names.json      canonical unit names, for abbreviations (教体局 → 县教育体育局).
// A query fetches one file per new pair of its terms (a shard or a long list: the manifest says
// which) and the pages of the records it shows: never the whole index. Record ids run type by
// type (policies first, headings last), and within a type in the site's policy order.

export type DocType = 'policy' | 'department' | 'indicator' | 'target' | 'paragraph' | 'section';

/** The order types are listed in: substantive hits before generic headings. */
export const TYPE_ORDER: readonly DocType[] = ['policy', 'department', 'indicator', 'target', 'paragraph', 'section'];

export interface SearchDoc {
  y: DocType;
  /** Title shown (and searched). */
  t: string;
  /** Context shown under it (policy, region, deadline…), searched. */
  c: string;
  /** Text shown as an excerpt with the hit highlighted, searched. */
  x: string;
  /** Keywords searched, not shown (aliases, dates, 发文字号). */
  k: string;
  /** URL of the exact place: a paragraph's or target's anchor on its policy page. */
  u: string;
  /** Headings that say nothing of their own (总体要求, 保障措施): ranked below others. */
  g?: 1;
}

/** A type's records: [type, first id, last id + 1]. */
export type TypeRange = [DocType, number, number];

/** The index format's version: a page reads only the version it was built with. */
export const INDEX_VERSION = 4;

export interface SearchManifest {
  v: typeof INDEX_VERSION;
  types: TypeRange[];
  total: number;
  /** Number of pages of records. */
  pages: number;
  /** Number of term shards (a power of two). */
  shards: number;
  /** Pairs whose list is a file of its own, space-separated: the n-th is /search/l/<n>.bin. */
  long: string;
  /** One character per long pair: its list holds fewer than 2 ** (code − 48) ids. */
  longSizes: string;
  /** URL patterns, with {n} for the shard, list or page number. */
  termUrl: string;
  listUrl: string;
  docUrl: string;
  pagesUrl: string;
  namesUrl: string;
}

/** The order of records within a page file, type by type (which records share a page is paginate's, index-build.ts). */
export const PAGE_ORDER: readonly DocType[] = ['policy', 'department', 'indicator', 'section', 'target', 'paragraph'];

/**
 * Records as served: the strings they share (policy contexts, page URLs), how many records of each
 * type (PAGE_ORDER) the page holds, then each record, types in that order, as [title, text,
 * keywords, context (index into s), page URL (index into s), anchor, 1 for a generic heading].
 */
export interface DocPage {
  s: string[];
  n: number[];
  r: [string, string, string, number, number, string, 0 | 1][];
}

/** A record's URL as the site page it is on and its anchor there ('' for the page itself). */
export function splitUrl(url: string): [page: string, anchor: string] {
  const hash = url.indexOf('#');
  return hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
}

/** Records as a page: `docs` grouped by type in PAGE_ORDER, contexts and page URLs written once. */
export function encodePage(docs: readonly SearchDoc[]): DocPage {
  const s: string[] = [];
  const at = new Map<string, number>();
  const ref = (value: string) => {
    let i = at.get(value);
    if (i === undefined) at.set(value, (i = s.push(value) - 1));
    return i;
  };
  const n = PAGE_ORDER.map(() => 0);
  for (const d of docs) n[PAGE_ORDER.indexOf(d.y)]++;
  const r = PAGE_ORDER.flatMap((type) =>
    docs
      .filter((d) => d.y === type)
      .map((d): DocPage['r'][number] => {
        const [page, anchor] = splitUrl(d.u);
        return [d.t, d.x, d.k, ref(d.c), ref(page), anchor, d.g ? 1 : 0];
      }),
  );
  return { s, n, r };
}

/** The records of a page, in its order. */
export function decodePage(page: DocPage): SearchDoc[] {
  const types = PAGE_ORDER.flatMap((type, t) => Array<DocType>(page.n[t] ?? 0).fill(type));
  if (types.length !== page.r.length) throw new Error(`search index: a page says it holds ${types.length} records but holds ${page.r.length}`);
  return page.r.map(([t, x, k, c, url, anchor, g], i) => ({ y: types[i], t, c: page.s[c], x, k, u: page.s[url] + anchor, ...(g ? { g: 1 as const } : {}) }));
}

/** FNV-1a of a bigram: which term shard holds it. */
export function shardOf(bigram: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bigram.length; i++) {
    h ^= bigram.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (shards - 1);
}

/** Characters that words are made of: letters (Han included) and digits. */
const WORD = /[\p{L}\p{N}]/u;

/** The distinct pairs of adjacent word characters of a folded text (what the index keys). */
export function bigramsOf(folded: string): Set<string> {
  const out = new Set<string>();
  const chars = Array.from(folded);
  for (let i = 0; i + 1 < chars.length; i++) if (WORD.test(chars[i]) && WORD.test(chars[i + 1])) out.add(chars[i] + chars[i + 1]);
  return out;
}

/** The pairs of a term in order (repeats kept: each covers its own two characters). */
export function termBigrams(term: string): string[] {
  const chars = Array.from(term);
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}
