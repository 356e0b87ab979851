// The search index as served (built by index-build.ts, read by engine.ts):
//   /search/manifest.json   small: the id range of each type of record, how its records are
//                           chunked, the number of term shards and the pairs with a list file;
//   /search/t/<n>.bin       term shards: the short id lists of the character pairs (bigrams)
//                           hashed to n (postings.ts);
//   /search/l/<n>.bin       the id list of one common pair, the n-th of the manifest's `long`;
//   /search/d/<n>.json      doc chunks: a few records of one type each (DocChunk), in id order;
//   /search/names.json      canonical unit names, for abbreviations (教体局 → 县教育体育局).
// A query fetches one file per new pair of its terms (a shard or a long list: the manifest says
// which) and the chunks of the records it shows: never the whole index. Record ids run type by
// type (policies first, headings last), and within a type in the site's policy order, so that one
// policy's records share chunks.

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

/** A type's records: [type, first id, last id + 1, records per chunk, number of its first chunk]. */
export type TypeRange = [DocType, number, number, number, number];

export interface SearchManifest {
  v: 3;
  types: TypeRange[];
  total: number;
  /** Number of term shards (a power of two). */
  shards: number;
  /** Pairs whose list is a file of its own, space-separated: the n-th is /search/l/<n>.bin. */
  long: string;
  /** One character per long pair: its list holds fewer than 2 ** (code − 48) ids. */
  longSizes: string;
  /** URL patterns, with {n} for the shard, list or chunk number. */
  termUrl: string;
  listUrl: string;
  docUrl: string;
  namesUrl: string;
}

/**
 * Records of one type as served: the strings they share (policy contexts, page URLs), then each
 * record as [title, text, keywords, context (index into s), page URL (index into s), anchor, 1
 * for a generic heading].
 */
export interface DocChunk {
  s: string[];
  r: [string, string, string, number, number, string, 0 | 1][];
}

/** Records of one type as a chunk: contexts and page URLs written once. */
export function encodeChunk(docs: readonly SearchDoc[]): DocChunk {
  const s: string[] = [];
  const at = new Map<string, number>();
  const ref = (value: string) => {
    let i = at.get(value);
    if (i === undefined) at.set(value, (i = s.push(value) - 1));
    return i;
  };
  const r = docs.map((d): DocChunk['r'][number] => {
    const hash = d.u.indexOf('#');
    const page = hash < 0 ? d.u : d.u.slice(0, hash);
    return [d.t, d.x, d.k, ref(d.c), ref(page), hash < 0 ? '' : d.u.slice(hash), d.g ? 1 : 0];
  });
  return { s, r };
}

export function decodeChunk(chunk: DocChunk, type: DocType): SearchDoc[] {
  return chunk.r.map(([t, x, k, c, page, anchor, g]) => ({ y: type, t, c: chunk.s[c], x, k, u: chunk.s[page] + anchor, ...(g ? { g: 1 as const } : {}) }));
}

/** The chunk holding record `id` and its place in it, or null for an id outside the index. */
export function chunkOf(manifest: SearchManifest, id: number): { n: number; type: DocType; at: number } | null {
  for (const [type, from, to, per, first] of manifest.types) {
    if (id >= from && id < to) return { n: first + Math.floor((id - from) / per), type, at: (id - from) % per };
  }
  return null;
}

export function chunkCount(manifest: SearchManifest): number {
  return manifest.types.reduce((n, [, from, to, per]) => n + Math.ceil((to - from) / per), 0);
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
