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
import { normalize } from './normalize.ts';

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
  /** departments only: the canonical name, for abbreviation matching */
  n?: string;
}

export const TYPE_ORDER: readonly SearchType[] = ['policy', 'department', 'target', 'section'];

export { normalize };

const SEARCH_KEYS = [
  { name: 't', weight: 4 },
  { name: 'k', weight: 2 },
  { name: 'c', weight: 1 },
  { name: 'x', weight: 1 },
] as const;

const fuseOptions: IFuseOptions<SearchRecord> = {
  useExtendedSearch: true,
  // Only used if a fuzzy token ever reaches Fuse; 'term matching ignores both.
  ignoreLocation: true,
  threshold: 0.3,
  includeScore: true,
  keys: SEARCH_KEYS.map((k) => ({ ...k })),
};

/** Words of a query, normalised; quote and pipe characters are dropped (they are Fuse operators). */
export function queryTerms(query: string): string[] {
  return normalize(query).replace(/["'|]/g, ' ').split(' ').filter(Boolean);
}

/**
 * Chinese unit names are shortened by keeping some of their characters in order
 * and the last one (the kind of body): 教体局 for 县教育体育局, 人社局 for
 * 县人力资源和社会保障局. A term is taken as such an abbreviation of a name when
 * it is at least two characters with a Han character, shorter than the name,
 * ends like it, and its characters occur in the name in order.
 */
export function isAbbreviation(term: string, name: string): boolean {
  const a = Array.from(term);
  const b = Array.from(name);
  if (a.length < 2 || a.length >= b.length || !/\p{Script=Han}/u.test(term)) return false;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  let i = 0;
  for (const ch of b) if (ch === a[i] && ++i === a.length) return true;
  return false;
}

const MAX_EXPANSIONS = 8;

/**
 * The Fuse logical expression: every term, as a substring, in at least one field.
 * A term that abbreviates department names also matches those names (so 教体局
 * finds 县教育体育局 and its targets even when the text never uses the short form).
 */
function buildExpression(terms: readonly string[], names: readonly string[] = []): Expression | null {
  if (!terms.length) return null;
  return {
    $and: terms.map((term) => {
      const variants = [term, ...names.filter((n) => !n.includes(term) && isAbbreviation(term, n)).slice(0, MAX_EXPANSIONS)];
      return { $or: variants.flatMap((v) => SEARCH_KEYS.map((k) => ({ [k.name]: `'${v}` }))) };
    }),
  };
}

export interface Searcher {
  fuse: Fuse<SearchRecord>;
  /** Distinct canonical department names, for abbreviation matching. */
  names: string[];
}

export function createSearcher(records: readonly SearchRecord[]): Searcher {
  const list = records as SearchRecord[];
  const names = [...new Set(list.filter((r) => r.n).map((r) => r.n!))];
  return { fuse: new Fuse(list, fuseOptions, Fuse.createIndex(fuseOptions.keys!, list)), names };
}

export interface SearchHit {
  record: SearchRecord;
  score: number;
}

export function search(searcher: Searcher, query: string, limit = 200): SearchHit[] {
  const expr = buildExpression(queryTerms(query), searcher.names);
  if (!expr) return [];
  const results = Number.isFinite(limit) ? searcher.fuse.search(expr, { limit }) : searcher.fuse.search(expr);
  return results.map((r) => ({ record: r.item, score: r.score ?? 0 }));
}

/** Hits grouped by type in TYPE_ORDER, each group keeping score order. */
export function groupHits(hits: readonly SearchHit[]): Map<SearchType, SearchHit[]> {
  const groups = new Map<SearchType, SearchHit[]>(TYPE_ORDER.map((ty) => [ty, []]));
  for (const h of hits) groups.get(h.record.y)!.push(h);
  return groups;
}

/** Several shards searched as one: a Fuse instance per shard, shared unit names. */
export interface ShardedSearcher {
  parts: Fuse<SearchRecord>[];
  names: string[];
}

export function createShardedSearcher(): ShardedSearcher {
  return { parts: [], names: [] };
}

export function addShard(s: ShardedSearcher, records: readonly SearchRecord[]): void {
  const one = createSearcher(records);
  s.parts.push(one.fuse);
  for (const n of one.names) if (!s.names.includes(n)) s.names.push(n);
}

export interface SearchResults {
  /** Best hits of each type (at most `perType` each), best first within a type. */
  hits: SearchHit[];
  /** How many records of each type matched in all. */
  counts: Record<SearchType, number>;
}

/**
 * Search every shard; keep the best `perType` hits of each type so that many
 * matching targets never crowd out the one matching department.
 */
export function searchAll(s: ShardedSearcher, query: string, perType = 50): SearchResults {
  const all = s.parts.flatMap((fuse) => search({ fuse, names: s.names }, query, Infinity));
  all.sort((a, b) => a.score - b.score);
  const counts = { policy: 0, section: 0, target: 0, department: 0 } as Record<SearchType, number>;
  const hits: SearchHit[] = [];
  for (const h of all) if (counts[h.record.y]++ < perType) hits.push(h);
  return { hits, counts };
}
