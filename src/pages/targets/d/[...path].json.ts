// /targets/d/<scope>.json and /targets/d/<scope>/<n>.json: the explorer's data in parts
// (search/explorer-scopes.ts), each made when it is written.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../load/policies.ts';
import { explorerFiles, loadExplorerScopes } from '../../../load/explorer.ts';
import { buildExplorerData } from '../../../search/explorer-data.ts';
import { chunkRows, scopeHead } from '../../../search/explorer-scopes.ts';

export const getStaticPaths = (async () =>
  (await explorerFiles()).map(({ scope, chunk }) => ({
    params: { path: chunk === null ? scope : `${scope}/${chunk}` },
    props: { scope, chunk },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { scope, chunk } = props as { scope: string; chunk: number | null };
  const { today } = await loadSite();
  const { rows, label } = (await loadExplorerScopes()).get(scope)!;
  const body = chunk === null ? scopeHead(rows, today, label) : buildExplorerData(chunkRows(rows, chunk), today);
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
