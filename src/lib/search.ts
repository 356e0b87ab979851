// Search over the build-time index, shared by the browser (search page) and tests.
//
// Why extended search with 'term tokens rather than fuzzy matching: Chinese has
// no spaces between words and short terms (教体局, 毛入学率) are where users look
// for exact substrings. Fuzzy Bitap over Chinese either misses matches far into
// a field (location/distance) or, with a loose threshold, returns near-random
// hits: one wrong character in a four-character term is already a 25% error.
// `'term` is an exact substring test anywhere in the field, costs a fraction of
// fuzzy search (PITFALLS: 19 ms vs 247 ms at 10k records) and has no threshold
// to tune. Each whitespace-separated word of the query must occur in some field
// (a logical $and of per-key $or), so "镇康 2025" finds a 镇康 target due 2025
// even though the two words sit in different fields. Both sides are NFKC-
// normalised (full-width ２０２５／（ → 2025/( ), the index at build time and the
// query here, and matching ignores case.
import Fuse, { type Expression, type IFuseOptions } from 'fuse.js';
import { normalize } from './text.ts';

export type SearchType = 'policy' | 'section' | 'target' | 'department';

/** One index record, compact keys to keep the JSON small. */
export interface SearchRecord {
  /** type */
  y: SearchType;
  /** title shown and searched */
  t: string;
  /** context line shown (policy title, region, deadline…) and searched */
  c: string;
  /** keywords searched, not shown (aliases, docNumber, dates…) */
  k: string;
  /** longer text searched, shown as an excerpt */
  x: string;
  /** URL of the exact place */
  u: string;
}

export const TYPE_ORDER: readonly SearchType[] = ['policy', 'department', 'target', 'section'];

export { normalize };

export const SEARCH_KEYS = [
  { name: 't', weight: 4 },
  { name: 'k', weight: 2 },
  { name: 'c', weight: 1 },
  { name: 'x', weight: 1 },
] as const;

export const fuseOptions: IFuseOptions<SearchRecord> = {
  useExtendedSearch: true,
  // Only used if a fuzzy token ever reaches Fuse; 'term matching ignores both.
  ignoreLocation: true,
  threshold: 0.3,
  includeScore: true,
  keys: SEARCH_KEYS.map((k) => ({ ...k })),
};

/** Words of a query, normalised; quote and pipe characters are dropped (they are Fuse operators). */
export function queryTerms(query: string): string[] {
  return normalize(query)
    .replace(/["'|]/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/** The Fuse logical expression: every term, as a substring, in at least one field. */
export function buildExpression(terms: readonly string[]): Expression | null {
  if (!terms.length) return null;
  return { $and: terms.map((term) => ({ $or: SEARCH_KEYS.map((k) => ({ [k.name]: `'${term}` })) })) };
}

export function createSearcher(records: readonly SearchRecord[]): Fuse<SearchRecord> {
  return new Fuse(records as SearchRecord[], fuseOptions, Fuse.createIndex(fuseOptions.keys!, records as SearchRecord[]));
}

export interface SearchHit {
  record: SearchRecord;
  score: number;
}

export function search(fuse: Fuse<SearchRecord>, query: string, limit = 200): SearchHit[] {
  const expr = buildExpression(queryTerms(query));
  if (!expr) return [];
  return fuse.search(expr, { limit }).map((r) => ({ record: r.item, score: r.score ?? 0 }));
}

/** Hits grouped by type in TYPE_ORDER, each group keeping score order. */
export function groupHits(hits: readonly SearchHit[]): Map<SearchType, SearchHit[]> {
  const groups = new Map<SearchType, SearchHit[]>(TYPE_ORDER.map((ty) => [ty, []]));
  for (const h of hits) groups.get(h.record.y)!.push(h);
  return groups;
}
