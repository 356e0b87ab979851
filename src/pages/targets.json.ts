// /targets.json: compact data for the targets explorer.
import type { APIRoute } from 'astro';
import { loadSite } from '../load/policies.ts';
import { buildExplorerData } from '../search/explorer-data.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(JSON.stringify(buildExplorerData(site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
