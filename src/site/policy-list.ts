// Filter options and sorting of the policies list (build time and browser).
import type { PolicyRecord } from '../schema/record.ts';

/** Option value for "not stated". */
export const UNKNOWN = '__none__';

export const FACETS = ['region', 'issuer', 'year', 'validity', 'sector'] as const;
export type Facet = (typeof FACETS)[number];

const collator = new Intl.Collator('zh-CN');

/** Distinct values of each facet, sorted (years newest first), UNKNOWN last when present. */
export function policyFacets(policies: readonly PolicyRecord[]): Record<Facet, string[]> {
  const sets: Record<Facet, Set<string>> = {
    region: new Set(),
    issuer: new Set(),
    year: new Set(),
    validity: new Set(),
    sector: new Set(),
  };
  for (const p of policies) {
    const m = p.meta;
    sets.region.add(m.region ?? UNKNOWN);
    if (m.issuers.length) for (const i of m.issuers) sets.issuer.add(i);
    else sets.issuer.add(UNKNOWN);
    sets.year.add(m.date ? m.date.slice(0, 4) : UNKNOWN);
    sets.validity.add(m.validity ?? UNKNOWN);
    sets.sector.add(m.sector ?? UNKNOWN);
  }
  const sorted = (s: Set<string>, desc = false) => {
    const known = [...s].filter((v) => v !== UNKNOWN).sort((a, b) => (desc ? -1 : 1) * collator.compare(a, b));
    return s.has(UNKNOWN) ? [...known, UNKNOWN] : known;
  };
  return {
    region: sorted(sets.region),
    issuer: sorted(sets.issuer),
    year: sorted(sets.year, true),
    validity: sorted(sets.validity),
    sector: sorted(sets.sector),
  };
}

export type PolicySort = 'date-desc' | 'date-asc' | 'title' | 'targets';

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
