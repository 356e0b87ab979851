// /search/<n>.json: one shard of the search index (at most SHARD_SIZE records).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSearch } from '../../load/search.ts';

export const getStaticPaths = (async () => {
  const { shards } = await loadSearch();
  return shards.map((shard, n) => ({ params: { shard: String(n) }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
