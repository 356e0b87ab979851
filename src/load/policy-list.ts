// The policies list's rows, scopes and orders (site/policy-list.ts), found once per build.
import { perSite } from './policies.ts';
import {
  facetLabel,
  FACETS,
  policyFacets,
  policyListItem,
  policyListScopes,
  sortItems,
  type Facet,
  type PolicyListItem,
  type PolicySort,
} from '../site/policy-list.ts';
import type { SelectOption } from '../site/select-options.ts';

export const loadPolicyList = perSite((site) => {
  const items = sortItems(
    site.policies.map((p) => policyListItem(p, site.rowsByPolicy.get(p.slug)?.length ?? 0)),
    'date-desc',
  );
  const scopes = policyListScopes(items);
  const sorted = new Map<string, PolicyListItem[]>();
  const counted = policyFacets(items);
  const facets = Object.fromEntries(FACETS.map((f) => [f, counted[f].map(({ value, n }) => ({ value, label: facetLabel(f, value), n }))])) as Record<
    Facet,
    SelectOption[]
  >;
  return {
    /** Newest first: the order of the HTML pages. */
    items,
    scopes,
    /** Each facet's options, with how many policies each stands for. */
    facets,
    /** A scope's items in an order, sorted once. */
    inOrder(scope: string, order: PolicySort): PolicyListItem[] {
      const key = `${order}/${scope}`;
      let list = sorted.get(key);
      if (!list) sorted.set(key, (list = order === 'date-desc' ? scopes.get(scope)! : sortItems(scopes.get(scope)!, order)));
      return list;
    },
  };
});
