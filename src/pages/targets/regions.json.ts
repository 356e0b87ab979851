// /targets/regions.json: the explorer's regions, for its region filter when they are too many
// for its page (site/select-options.ts).
import type { APIRoute } from 'astro';
import { loadSite } from '../../load/policies.ts';
import { explorerRegions } from '../../search/explorer-scopes.ts';
import { optionList } from '../../site/select-options.ts';

export const GET: APIRoute = async () => {
  const regions = explorerRegions((await loadSite()).rows);
  return new Response(JSON.stringify(optionList(regions.map((r) => ({ value: r, label: r })))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
