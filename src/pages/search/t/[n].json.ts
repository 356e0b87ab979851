// /search/t/<n>.json: one term shard of the search index (src/search/index-format.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSearch } from '../../../load/search.ts';

export const getStaticPaths = (async () => {
  const { termShards } = await loadSearch();
  return termShards.map((shard, n) => ({ params: { n: String(n) }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
