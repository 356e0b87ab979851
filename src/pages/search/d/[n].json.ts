// /search/d/<n>.json: one page of search records (src/search/index-format.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSearch } from '../../../load/search.ts';

export const getStaticPaths = (async () => {
  const { docPages } = await loadSearch();
  return docPages.map((page, n) => ({ params: { n: String(n) }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.page), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
