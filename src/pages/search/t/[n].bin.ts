// /search/t/<n>.bin: one term shard of the search index, the short id lists of its pairs (src/search/postings.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSearch } from '../../../load/search.ts';

export const getStaticPaths = (async () => {
  const { termShards } = await loadSearch();
  return termShards.map((shard, n) => ({ params: { n: String(n) }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.shard as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/octet-stream' } });
