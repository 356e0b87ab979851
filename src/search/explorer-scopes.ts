// The targets explorer's data in parts, so that a filter downloads only what it needs.
// A scope is the rows of the whole site, of a region, of a unit or of a policy, in deadline
// order; its head (targets/d/<scope>.json) counts them and summarises each chunk of
// CHUNK_ROWS rows (targets/d/<scope>/<n>.json, an ExplorerData each). The browser picks the
// narrowest scope the filter names, skips the chunks whose summary rules them out, and reads
// the others in order until it has a page of rows (client/targets-explorer.ts).
import type { DeadlineState } from '../dates/deadline-state.ts';
import type { SiteData } from '../site/site-data.ts';
import type { ObligationKind, TargetRow } from '../site/target-rows.ts';
import { hash53 } from '../site/hash.ts';
import { buildExplorerData, NO_YEAR, type ExplorerData, type ExplorerFilter } from './explorer-data.ts';

/** Rows per chunk: up to about 200 KB of JSON (15 KB gzipped), so that a filter's first step stays well under 1 MB. */
export const CHUNK_ROWS = 250;
/** A scope lists its policies (or units) for the explorer's selects when it has at most this many. */
export const OPTION_LIMIT = 300;

const KINDS: readonly ObligationKind[] = ['quantity', 'milestone', 'recurring'];
const STATES: readonly DeadlineState[] = ['passed', 'due-soon', 'open', 'undated'];

export interface ChunkSummary {
  /** rows */
  n: number;
  /** first and last deadline year of its dated rows (0 when none) */
  y0: number;
  y1: number;
  /** 1 when it holds rows without a deadline */
  u: 0 | 1;
  /** bit masks of the kinds and deadline states it holds (KINDS, STATES order) */
  k: number;
  s: number;
}

export interface ExplorerScope {
  /** rows in the scope */
  n: number;
  /** rows by "<year or none>|<kind>|<state>": exact totals for those filters */
  t: Record<string, number>;
  c: ChunkSummary[];
  /** what the scope stands for, as the filter's option shows it (a policy's title, a unit's label) */
  l?: string;
  /** its policies and its units, by name, when at most OPTION_LIMIT of each */
  ps?: { s: string; t: string }[];
  us?: { s: string; l: string; r: string | null }[];
  /** the only chunk, when there is one (no chunk file then) */
  d?: ExplorerData;
}

/** The regions of the policies with rows (each has a scope), in the order the region filter lists them. */
export function explorerRegions(rows: readonly TargetRow[]): string[] {
  return [...new Set(rows.map((r) => r.region).filter((r): r is string => !!r))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** The scope of a region's rows: its name hashed (file names stay ASCII). */
export function regionScope(region: string): string {
  return `r/${hash53(region).toString(36)}`;
}

const SAFE = /^[a-z0-9][a-z0-9-]*$/;

/** The narrowest scope a filter names: a policy, else a unit, else a region, else the whole site. Null for a value no scope can have. */
export function scopeOf(f: ExplorerFilter): string | null {
  if (f.policy) return SAFE.test(f.policy) ? `p/${f.policy}` : null;
  if (f.department) return SAFE.test(f.department) ? `u/${f.department}` : null;
  if (f.region) return regionScope(f.region);
  return 'all';
}

const yearKey = (year: number | null) => (year === null ? NO_YEAR : String(year));

function summarise(rows: readonly TargetRow[]): ChunkSummary {
  const years = rows.map((r) => r.year).filter((y): y is number => y !== null);
  let k = 0;
  let s = 0;
  for (const r of rows) {
    k |= 1 << KINDS.indexOf(r.kind);
    s |= 1 << STATES.indexOf(r.status);
  }
  return { n: rows.length, y0: years.length ? Math.min(...years) : 0, y1: years.length ? Math.max(...years) : 0, u: years.length < rows.length ? 1 : 0, k, s };
}

/** How many chunks a scope of `rows` rows has (one, empty, when it has none). */
export function chunkCount(rows: number): number {
  return Math.max(1, Math.ceil(rows / CHUNK_ROWS));
}

/** Chunk `n` of a scope's rows (in the order given: the site's deadline order). */
export function chunkRows(rows: readonly TargetRow[], n: number): readonly TargetRow[] {
  return rows.slice(n * CHUNK_ROWS, (n + 1) * CHUNK_ROWS);
}

export function scopeHead(rows: readonly TargetRow[], today: string, label?: string): ExplorerScope {
  const t: Record<string, number> = {};
  for (const r of rows) {
    const key = `${yearKey(r.year)}|${r.kind}|${r.status}`;
    t[key] = (t[key] ?? 0) + 1;
  }
  const chunks = Array.from({ length: chunkCount(rows.length) }, (_, n) => chunkRows(rows, n));
  const head: ExplorerScope = { n: rows.length, t, c: chunks.map(summarise), ...(label ? { l: label } : {}) };
  const policies = new Map<string, string>();
  const units = new Map<string, { s: string; l: string; r: string | null }>();
  for (const r of rows) {
    policies.set(r.policy, r.policyTitle);
    for (const ref of r.responsible.length ? r.responsible : r.fromLead) units.set(ref.slug, { s: ref.slug, l: ref.label, r: ref.region });
  }
  if (policies.size <= OPTION_LIMIT) head.ps = [...policies].map(([s, t]) => ({ s, t })).sort((a, b) => a.t.localeCompare(b.t, 'zh-CN'));
  if (units.size <= OPTION_LIMIT) head.us = [...units.values()].sort((a, b) => a.l.localeCompare(b.l, 'zh-CN'));
  if (chunks.length === 1) head.d = buildExplorerData(chunks[0], today);
  return head;
}

/** Every scope of the site and its rows: the whole site, each region, each unit with rows, each policy. */
export function explorerScopes(
  site: Pick<SiteData, 'rows' | 'departments' | 'policies' | 'rowsByPolicy'>,
): Map<string, { rows: readonly TargetRow[]; label?: string }> {
  const scopes = new Map<string, { rows: readonly TargetRow[]; label?: string }>([['all', { rows: site.rows }]]);
  const byRegion = new Map<string, TargetRow[]>();
  for (const r of site.rows) {
    if (!r.region) continue;
    const list = byRegion.get(r.region);
    if (list) list.push(r);
    else byRegion.set(r.region, [r]);
  }
  for (const [region, rows] of byRegion) scopes.set(regionScope(region), { rows, label: region });
  for (const d of site.departments) if (d.rows.length) scopes.set(`u/${d.slug}`, { rows: d.rows, label: d.label });
  // the site's rows are in deadline order: a policy's are taken from them to keep it
  const byPolicy = new Map<string, TargetRow[]>();
  for (const r of site.rows) {
    const list = byPolicy.get(r.policy);
    if (list) list.push(r);
    else byPolicy.set(r.policy, [r]);
  }
  for (const p of site.policies) scopes.set(`p/${p.slug}`, { rows: byPolicy.get(p.slug) ?? [], label: p.meta.title });
  return scopes;
}

/** Whether a chunk may hold rows the filter keeps (false: it need not be downloaded). */
export function chunkMayMatch(c: ChunkSummary, f: ExplorerFilter): boolean {
  if (!c.n) return false;
  if (f.year === NO_YEAR ? !c.u : f.year && !(c.y0 <= Number(f.year) && Number(f.year) <= c.y1)) return false;
  if (f.kind && !(c.k & (1 << KINDS.indexOf(f.kind as ObligationKind)))) return false;
  if (f.status && !(c.s & (1 << STATES.indexOf(f.status as DeadlineState)))) return false;
  return true;
}

/**
 * How many rows of the scope the filter keeps, when the head can tell: the filter narrows
 * it by year, kind and state only (a keyword, or a second unit, region or policy, needs
 * the rows themselves: null).
 */
export function exactCount(head: ExplorerScope, scope: string, f: ExplorerFilter): number | null {
  if (f.q) return null;
  const named = [f.policy && 'p', f.department && 'u', f.region && 'r'].filter(Boolean);
  if (named.length > 1 || (named.length === 1 && !scope.startsWith(`${named[0]}/`))) return null;
  let n = 0;
  for (const [key, count] of Object.entries(head.t)) {
    const [year, kind, state] = key.split('|');
    if ((!f.year || f.year === year) && (!f.kind || f.kind === kind) && (!f.status || f.status === state)) n += count;
  }
  return n;
}
