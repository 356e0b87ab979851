import { describe, expect, it } from 'vitest';
import { readFixtures, TODAY } from '../support/policy-fixtures.ts';
import { buildSite } from '../../src/site/site-data.ts';
import {
  facetValues,
  itemMatches,
  LIST_PAGE,
  listScope,
  policyComparator,
  policyFacets,
  policyListItem,
  policyListScopes,
  sortItems,
  UNKNOWN,
  type PolicyFilter,
} from '../../src/site/policy-list.ts';
import { pageCount, pageSlice } from '../../src/site/pagination.ts';

const site = buildSite(readFixtures(), TODAY);
const items = site.policies.map((p) => policyListItem(p, site.rowsByPolicy.get(p.slug)!.length));

describe('policies list', () => {
  it('offers each facet value once with its count, unknown last, years newest first', () => {
    const facets = policyFacets(items);
    expect(facets.year.map((o) => o.value)).toEqual(['2023', UNKNOWN]);
    expect(facets.year.map((o) => o.n)).toEqual([3, 1]);
    expect(facets.region.at(-1)!.value).toBe(UNKNOWN);
    expect(facets.validity.map((o) => o.value)).toEqual(['有效', UNKNOWN]);
    expect(facets.issuer.map((o) => o.value)).toContain('恩施州教育局');
    for (const facet of Object.values(facets)) for (const o of facet) expect(o.n).toBeGreaterThan(0);
  });

  it('sorts by date either way with undated last, by title, by target count', () => {
    const dates = (order: Parameters<typeof sortItems>[1]) => sortItems(items, order).map((i) => i.d ?? '');
    expect(dates('date-desc')).toEqual(['2023-11-07', '2023-04-25', '2023-04-24', '']);
    expect(dates('date-asc')).toEqual(['2023-04-24', '2023-04-25', '2023-11-07', '']);
    expect(sortItems(items, 'targets').map((i) => i.k)).toEqual([18, 6, 5, 3]);
    const titles = sortItems(items, 'title').map((i) => i.t);
    expect(titles).toEqual([...titles].sort((a, b) => policyComparator('title')({ date: '', title: a, targets: 0 }, { date: '', title: b, targets: 0 })));
  });

  it('matches a policy with several issuers on each of them, and "not stated" on none', () => {
    const two = { ...items[0], i: ['甲局', '乙局'] };
    expect(itemMatches(two, { issuer: '乙局' })).toBe(true);
    expect(itemMatches(two, { issuer: UNKNOWN })).toBe(false);
    expect(itemMatches({ ...two, i: [] }, { issuer: UNKNOWN })).toBe(true);
    expect(itemMatches(two, { issuer: '甲局', year: '1999' })).toBe(false);
    expect(facetValues({ ...two, d: null }, 'year')).toEqual([UNKNOWN]);
  });

  it('keeps in the scope of a facet value exactly the policies that have it', () => {
    const scopes = policyListScopes(items);
    expect(scopes.get('all')).toEqual(items);
    for (const [facet, options] of Object.entries(policyFacets(items)) as [keyof PolicyFilter, { value: string; n: number }[]][]) {
      for (const { value, n } of options) {
        const scope = scopes.get(listScope(facet, value))!;
        expect(scope).toHaveLength(n);
        expect(scope).toEqual(items.filter((i) => itemMatches(i, { [facet]: value })));
      }
    }
  });

  it('cuts a list into pages of LIST_PAGE', () => {
    const many = Array.from({ length: LIST_PAGE * 2 + 1 }, (_, i) => i);
    expect(pageCount(many.length, LIST_PAGE)).toBe(3);
    expect(pageSlice(many, 3, LIST_PAGE)).toEqual([LIST_PAGE * 2]);
    expect(pageCount(0, LIST_PAGE)).toBe(1);
  });
});
