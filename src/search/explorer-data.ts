// The targets explorer: the compact form of a set of rows (each part of the explorer's
// data is one, search/explorer-scopes.ts), and the filtering that runs in the browser.
// Filter state lives in the URL query (?department=u-…&year=2025) so a view can be
// shared and reloaded.
import type { Comparator, Recurrence } from '../schema/record.ts';
import type { DeadlineState } from '../dates/deadline-state.ts';
import type { ObligationKind, TargetRow } from '../site/target-rows.ts';
import type { FlatRow } from '../exports/targets.ts';
import type { UnitRef } from '../site/departments.ts';
import { normalize } from './normalize.ts';

export interface ExplorerRow {
  /** target id */
  i: string;
  /** where its policy page shows it, when not its sentence (TargetRow.anchor) */
  h?: string;
  /** index into policies */
  p: number;
  k: ObligationKind;
  /** phrase */
  ph: string;
  /** sentence */
  x: string;
  ind: string | null;
  v: number | null;
  un: string | null;
  c: Comparator | null;
  /** deadline as written, its last day, its year */
  d: string | null;
  e: string | null;
  y: number | null;
  rc: Recurrence | null;
  s: DeadlineState;
  /** indexes into units: the units the item names */
  u: number[];
  /** indexes into units: its plan's leads, when the item names none (omitted when empty) */
  l?: number[];
  /** 1 when aspirational (力争/争取) */
  a: 0 | 1;
}

/** Rows with the policies and units they name (only those: a part of the data carries its own). */
export interface ExplorerData {
  today: string;
  policies: { s: string; t: string; r: string | null }[];
  units: { s: string; l: string; r: string | null }[];
  rows: ExplorerRow[];
}

export function buildExplorerData(rows: readonly TargetRow[], today: string): ExplorerData {
  const policies: ExplorerData['policies'] = [];
  const units: ExplorerData['units'] = [];
  const policyIndex = new Map<string, number>();
  const unitIndex = new Map<string, number>();
  const policy = (r: TargetRow) => {
    let n = policyIndex.get(r.policy);
    if (n === undefined) policyIndex.set(r.policy, (n = policies.push({ s: r.policy, t: r.policyTitle, r: r.region }) - 1));
    return n;
  };
  const unit = (ref: UnitRef) => {
    let n = unitIndex.get(ref.slug);
    if (n === undefined) unitIndex.set(ref.slug, (n = units.push({ s: ref.slug, l: ref.label, r: ref.region }) - 1));
    return n;
  };
  return {
    today,
    policies,
    units,
    rows: rows.map((r) => ({
      i: r.id,
      ...(r.anchor !== r.id ? { h: r.anchor } : {}),
      p: policy(r),
      k: r.kind,
      ph: r.target.phrase || r.target.text,
      x: r.target.text,
      ind: r.target.indicator,
      v: r.target.value,
      un: r.target.unit,
      c: r.target.comparator,
      d: r.deadline,
      e: r.due,
      y: r.year,
      rc: r.target.recurring,
      s: r.status,
      u: r.responsible.map(unit),
      ...(r.fromLead.length ? { l: r.fromLead.map(unit) } : {}),
      a: r.target.modality === 'aspirational' ? 1 : 0,
    })),
  };
}

export const FILTER_KEYS = ['q', 'department', 'region', 'year', 'kind', 'policy', 'status'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
export type ExplorerFilter = Record<FilterKey, string>;

/** Value of the year filter for targets without a deadline. */
export const NO_YEAR = 'none';

/** Deadline states as links shared before they were renamed spell them. */
const FORMER_STATES: Record<string, DeadlineState> = { overdue: 'passed', upcoming: 'open' };

export function parseFilter(params: URLSearchParams): ExplorerFilter {
  const f = {} as ExplorerFilter;
  for (const k of FILTER_KEYS) f[k] = (params.get(k) ?? '').trim();
  f.status = FORMER_STATES[f.status] ?? f.status;
  return f;
}

export function filterToQuery(f: Partial<ExplorerFilter>): string {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) if (f[k]) params.set(k, f[k]!);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function filterRows(data: ExplorerData, f: ExplorerFilter): ExplorerRow[] {
  const terms = normalize(f.q).toLowerCase().split(' ').filter(Boolean);
  const unit = f.department ? data.units.findIndex((u) => u.s === f.department) : -1;
  const policy = f.policy ? data.policies.findIndex((p) => p.s === f.policy) : -1;
  if ((f.department && unit < 0) || (f.policy && policy < 0)) return [];
  return data.rows.filter((r) => {
    if (unit >= 0 && !r.u.includes(unit) && !r.l?.includes(unit)) return false;
    if (policy >= 0 && r.p !== policy) return false;
    if (f.region && data.policies[r.p].r !== f.region) return false;
    if (f.year && (f.year === NO_YEAR ? r.y !== null : String(r.y) !== f.year)) return false;
    if (f.kind && r.k !== f.kind) return false;
    if (f.status && r.s !== f.status) return false;
    if (terms.length) {
      const hay = normalize([r.ph, r.x, r.ind ?? '', data.policies[r.p].t, ...[...r.u, ...(r.l ?? [])].map((n) => data.units[n].l)].join(' ')).toLowerCase();
      if (!terms.every((term) => hay.includes(term))) return false;
    }
    return true;
  });
}

export function toFlatRow(r: ExplorerRow, data: ExplorerData, targetUrl: (policy: string, id: string) => string): FlatRow {
  const p = data.policies[r.p];
  return {
    id: r.i,
    policy: p.s,
    kind: r.k,
    phrase: r.ph,
    indicator: r.ind,
    value: r.v,
    unit: r.un,
    comparator: r.c,
    deadline: r.d,
    due: r.e,
    recurring: r.rc,
    status: r.s,
    responsible: r.u.map((n) => data.units[n].l),
    lead: (r.l ?? []).map((n) => data.units[n].l),
    region: p.r,
    policyTitle: p.t,
    url: targetUrl(p.s, r.h ?? r.i),
    text: r.x,
  };
}
