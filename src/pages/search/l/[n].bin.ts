// /search/l/<n>.bin: the id list of one common character pair of the search index (src/search/postings.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSearch } from '../../../load/search.ts';

export const getStaticPaths = (async () => {
  const { longLists } = await loadSearch();
  return longLists.map((list, n) => ({ params: { n: String(n) }, props: { list } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.list as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/octet-stream' } });
