// /search/d/<n>.json: one chunk of search records (src/search/index-format.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSearch } from '../../../load/search.ts';

export const getStaticPaths = (async () => {
  const { docChunks } = await loadSearch();
  return docChunks.map((chunk, n) => ({ params: { n: String(n) }, props: { chunk } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.chunk), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
