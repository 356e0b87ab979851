// /search/manifest.json: the search index's manifest (src/search/index-format.ts).
import type { APIRoute } from 'astro';
import { loadSearch } from '../../load/search.ts';

export const GET: APIRoute = async () => {
  const { manifest } = await loadSearch();
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
