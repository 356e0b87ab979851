// Every row of the targets explorer as the built site serves it: the head of the whole site's
// scope, then each of its chunks (search/explorer-scopes.ts).
import type { ExplorerData } from '../../../src/search/explorer-data.ts';
import type { ExplorerScope } from '../../../src/search/explorer-scopes.ts';

export interface ServedRow {
  id: string;
  year: number | null;
  kind: string;
  /** slugs of the units the row names, and of its plan's leads when it names none */
  units: string[];
  leads: string[];
}

export async function explorerRows(url: (path: string) => string): Promise<ServedRow[]> {
  const json = async <T>(path: string) => {
    const res = await fetch(url(path));
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return (await res.json()) as T;
  };
  const head = await json<ExplorerScope>('/targets/d/all.json');
  const rows: ServedRow[] = [];
  for (let n = 0; n < head.c.length; n++) {
    const data = head.d ?? (await json<ExplorerData>(`/targets/d/all/${n}.json`));
    for (const r of data.rows)
      rows.push({ id: r.i, year: r.y, kind: r.k, units: r.u.map((u) => data.units[u].s), leads: (r.l ?? []).map((u) => data.units[u].s) });
  }
  return rows;
}
