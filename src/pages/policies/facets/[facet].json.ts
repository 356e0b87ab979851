// /policies/facets/<facet>.json: the options of a facet of the policies list too long for its
// pages (site/select-options.ts), with how many policies each stands for.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPolicyList } from '../../../load/policy-list.ts';
import { FACETS, type Facet } from '../../../site/policy-list.ts';
import { INLINE_OPTIONS, optionList } from '../../../site/select-options.ts';

export const getStaticPaths = (async () => {
  const { facets } = await loadPolicyList();
  return FACETS.filter((f) => facets[f].length > INLINE_OPTIONS).map((facet) => ({ params: { facet } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { facets } = await loadPolicyList();
  return new Response(JSON.stringify(optionList(facets[params.facet as Facet])), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
