// The policies list: its rows, filter options and sort orders (build time and browser), and
// the parts its data comes in. Pages of the list are HTML (/policies/, /policies/page/2/ …);
// a filter or another order reads /policies/list/<order>/<scope>/<n>.json, chunks of the
// policies of one facet value (the narrowest the filter names) or of all, in that order.
import type { PolicyRecord } from '../schema/record.ts';
import { hash53 } from './hash.ts';
import { t } from '../i18n/index.ts';

/** Option value for "not stated". */
export const UNKNOWN = '__none__';

export const FACETS = ['region', 'issuer', 'year', 'validity', 'sector'] as const;
export type Facet = (typeof FACETS)[number];

export const SORTS = ['date-desc', 'date-asc', 'title', 'targets'] as const;
export type PolicySort = (typeof SORTS)[number];

/** Rows on an HTML page of the list, and per chunk of its data (about 30 KB of JSON). */
export const LIST_PAGE = 100;

const collator = new Intl.Collator('zh-CN');

/** A row of the list: what it shows, filters and sorts by. */
export interface PolicyListItem {
  s: string;
  /** title, document number, issuers, region, date, validity, sector */
  t: string;
  n: string | null;
  i: string[];
  r: string | null;
  d: string | null;
  v: string | null;
  c: string | null;
  /** targets and milestones */
  k: number;
}

export function policyListItem(p: PolicyRecord, targets: number): PolicyListItem {
  const m = p.meta;
  return { s: p.slug, t: m.title, n: m.docNumber, i: m.issuers, r: m.region, d: m.date, v: m.validity, c: m.sector, k: targets };
}

/** The values an item has for a facet (UNKNOWN when it states none). */
export function facetValues(item: PolicyListItem, facet: Facet): string[] {
  switch (facet) {
    case 'region':
      return [item.r ?? UNKNOWN];
    case 'issuer':
      return item.i.length ? item.i : [UNKNOWN];
    case 'year':
      return [item.d ? item.d.slice(0, 4) : UNKNOWN];
    case 'validity':
      return [item.v ?? UNKNOWN];
    case 'sector':
      return [item.c ?? UNKNOWN];
  }
}

export type PolicyFilter = Partial<Record<Facet, string>>;

export function itemMatches(item: PolicyListItem, filter: PolicyFilter): boolean {
  return FACETS.every((facet) => !filter[facet] || facetValues(item, facet).includes(filter[facet]));
}

/** The data of one facet value (file names stay ASCII); "all" for the whole list. */
export function listScope(facet: Facet, value: string): string {
  return `${facet}-${hash53(value).toString(36)}`;
}

/** Each facet's values with how many policies have it, sorted (years newest first), UNKNOWN last. */
/** How a facet's option reads: “not stated” for UNKNOWN, a year as 2024年. */
export function facetLabel(facet: Facet, value: string): string {
  return value === UNKNOWN ? t('policies.filter.unknown') : facet === 'year' ? `${value}年` : value;
}

export function policyFacets(items: readonly PolicyListItem[]): Record<Facet, { value: string; n: number }[]> {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  for (const item of items)
    for (const facet of FACETS) for (const v of new Set(facetValues(item, facet))) counts[facet].set(v, (counts[facet].get(v) ?? 0) + 1);
  const sorted = (facet: Facet) => {
    const dir = facet === 'year' ? -1 : 1;
    const known = [...counts[facet]].filter(([v]) => v !== UNKNOWN).sort(([a], [b]) => dir * collator.compare(a, b));
    const unknown = counts[facet].get(UNKNOWN);
    return [...known, ...(unknown ? [[UNKNOWN, unknown] as const] : [])].map(([value, n]) => ({ value, n }));
  };
  return Object.fromEntries(FACETS.map((f) => [f, sorted(f)])) as Record<Facet, { value: string; n: number }[]>;
}

export interface SortablePolicy {
  date: string;
  title: string;
  targets: number;
}

/** Comparator for a sort order; undated policies always last. */
export function policyComparator(order: PolicySort): (a: SortablePolicy, b: SortablePolicy) => number {
  const byTitle = (a: SortablePolicy, b: SortablePolicy) => collator.compare(a.title, b.title);
  switch (order) {
    case 'title':
      return byTitle;
    case 'targets':
      return (a, b) => b.targets - a.targets || byTitle(a, b);
    default: {
      const dir = order === 'date-asc' ? 1 : -1;
      return (a, b) => {
        if (!a.date !== !b.date) return a.date ? -1 : 1;
        return (a.date < b.date ? -dir : a.date > b.date ? dir : 0) || byTitle(a, b);
      };
    }
  }
}

export function sortItems(items: readonly PolicyListItem[], order: PolicySort): PolicyListItem[] {
  const cmp = policyComparator(order);
  const key = (i: PolicyListItem): SortablePolicy => ({ date: i.d ?? '', title: i.t, targets: i.k });
  return items
    .map((item) => ({ item, key: key(item) }))
    .sort((a, b) => cmp(a.key, b.key))
    .map((e) => e.item);
}

/** Every scope of the list's data and its items: all, and each value of each facet. */
export function policyListScopes(items: readonly PolicyListItem[]): Map<string, PolicyListItem[]> {
  const scopes = new Map<string, PolicyListItem[]>([['all', [...items]]]);
  for (const item of items) {
    for (const facet of FACETS) {
      for (const v of new Set(facetValues(item, facet))) {
        const key = listScope(facet, v);
        const list = scopes.get(key);
        if (list) list.push(item);
        else scopes.set(key, [item]);
      }
    }
  }
  return scopes;
}
