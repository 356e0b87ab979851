// /search/pages.bin: which page of search records holds which records (src/search/page-map.ts).
import type { APIRoute } from 'astro';
import { loadSearch } from '../../load/search.ts';

export const GET: APIRoute = async () => {
  const { pageMap } = await loadSearch();
  return new Response(pageMap as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/octet-stream' } });
};
