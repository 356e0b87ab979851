// The targets explorer's scopes (search/explorer-scopes.ts), found once per build.
import { perSite } from './policies.ts';
import { explorerScopes, chunkCount } from '../search/explorer-scopes.ts';

export const loadExplorerScopes = perSite((site) => explorerScopes(site));

/** The files of the explorer's data: a head per scope, and a file per chunk when a scope has more than one. */
export async function explorerFiles(): Promise<{ scope: string; chunk: number | null }[]> {
  const files: { scope: string; chunk: number | null }[] = [];
  for (const [scope, { rows }] of await loadExplorerScopes()) {
    files.push({ scope, chunk: null });
    const chunks = chunkCount(rows.length);
    if (chunks > 1) for (let n = 0; n < chunks; n++) files.push({ scope, chunk: n });
  }
  return files;
}
