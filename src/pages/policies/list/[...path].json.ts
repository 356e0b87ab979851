// /policies/list/<order>/<scope>/<n>.json: the policies list's data in chunks
// (site/policy-list.ts), for its filters and sort orders.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPolicyList } from '../../../load/policy-list.ts';
import { LIST_PAGE, SORTS, type PolicySort } from '../../../site/policy-list.ts';
import { pageCount, pageSlice } from '../../../site/pagination.ts';

export const getStaticPaths = (async () => {
  const { scopes } = await loadPolicyList();
  const paths: { params: { path: string }; props: { scope: string; order: PolicySort; n: number } }[] = [];
  for (const [scope, items] of scopes)
    for (const order of SORTS)
      for (let n = 0; n < pageCount(items.length, LIST_PAGE); n++) paths.push({ params: { path: `${order}/${scope}/${n}` }, props: { scope, order, n } });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { scope, order, n } = props as { scope: string; order: PolicySort; n: number };
  const list = (await loadPolicyList()).inOrder(scope, order);
  return new Response(JSON.stringify(pageSlice(list, n + 1, LIST_PAGE)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
