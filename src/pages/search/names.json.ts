// /search/names.json: canonical unit names, for abbreviations (教体局 → 县教育体育局).
import type { APIRoute } from 'astro';
import { loadSearch } from '../../load/search.ts';

export const GET: APIRoute = async () => {
  const { names } = await loadSearch();
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
