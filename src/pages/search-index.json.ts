// /search-index.json: the search records, built once at build time.
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/load-policies.ts';
import { buildSearchRecords } from '../lib/search-index.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(JSON.stringify(buildSearchRecords(site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
