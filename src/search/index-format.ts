// The search index as served (built by index-build.ts, read by engine.ts). Three kinds of file:
//   /search/manifest.json   small: the id range of each type of record, the number of term shards;
//   /search/t/<n>.json      term shards: for each character pair (bigram) hashed to n, the ids of
//                           the records holding it, delta-encoded;
//   /search/d/<n>.json      doc chunks: DOCS_PER_CHUNK records each, in id order.
//   /search/names.json      canonical unit names, for abbreviations (教体局 → 县教育体育局).
// A query fetches the shards of its bigrams and the chunks of the records it shows: never the
// whole index. Record ids run type by type (policies first, headings last), and within a type in
// the site's policy order, so that one policy's records share chunks.

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

export const DOCS_PER_CHUNK = 50;

export interface SearchManifest {
  v: 2;
  /** [type, first id, last id + 1] */
  types: [DocType, number, number][];
  total: number;
  /** Number of term shards (a power of two). */
  shards: number;
  /** URL patterns, with {n} for the shard or chunk number. */
  termUrl: string;
  docUrl: string;
  namesUrl: string;
}

/** bigram → delta-encoded sorted record ids */
export type TermShard = Record<string, number[]>;

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
