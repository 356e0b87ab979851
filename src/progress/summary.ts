// The progress page's tables: counts per department and per policy (at-risk first), the list of
// targets it shows, and the data still to be found. Pure: site data and statuses in, rows out.
import { t } from '../i18n/index.ts';
import type { SiteData } from '../site/site-data.ts';
import type { ProgressData } from './build.ts';
import type { StatusEntry } from './entries.ts';
import type { IndicatorView } from './indicator-views.ts';
import { compareSeverity, isAtRisk, type StatusCounts } from './statuses.ts';
import { urls } from '../site/urls.ts';

export interface CountsGroup {
  key: string;
  label: string;
  href: string | null;
  counts: StatusCounts;
}

/** Most at risk first, then most targets, then by name. */
function compareGroups(a: CountsGroup, b: CountsGroup): number {
  return b.counts.atRisk - a.counts.atRisk || b.counts.total - a.counts.total || a.label.localeCompare(b.label, 'zh-CN');
}

export function departmentGroups(site: Pick<SiteData, 'departments'>, progress: Pick<ProgressData, 'byDepartment' | 'noDepartment'>): CountsGroup[] {
  const groups: CountsGroup[] = [];
  for (const d of site.departments) {
    const counts = progress.byDepartment.get(d.slug);
    if (counts && counts.total > 0) groups.push({ key: d.slug, label: d.label, href: urls.department(d.slug), counts });
  }
  groups.sort(compareGroups);
  if (progress.noDepartment.total > 0) groups.push({ key: '', label: t('progress.noDepartment'), href: null, counts: progress.noDepartment });
  return groups;
}

export function policyGroups(site: Pick<SiteData, 'policies'>, progress: Pick<ProgressData, 'byPolicy'>): CountsGroup[] {
  const groups: CountsGroup[] = [];
  for (const p of site.policies) {
    const counts = progress.byPolicy.get(p.slug);
    if (counts && counts.total > 0) groups.push({ key: p.slug, label: p.meta.title, href: `${urls.policy(p.slug)}#targets-heading`, counts });
  }
  return groups.sort(compareGroups);
}

/** Up to this many statuses, the progress page lists them all; above it, only those at risk. */
const FULL_LIST_LIMIT = 300;
/** At most this many rows in the at-risk list of a large site (the CSV has them all). */
export const AT_RISK_LIMIT = 200;
/** Rows of each counts table on the progress page (most at risk first); all are on pages of COUNTS_PAGE. */
export const COUNTS_LIMIT = 50;
export const COUNTS_PAGE = 200;

/** Rows of the data still missing on the progress page; all are on pages of COUNTS_PAGE (/progress/missing/). */
export const MISSING_LIMIT = 50;
/** Regions waiting for data on an indicator's page; all are on the pages of missing data. */
export const WAITING_LIMIT = 20;

type MissingRow = ProgressData['missing'][number];

/** True when the progress page or an indicator page shows less than all the missing data: it then has pages of its own. */
export function missingListedApart(progress: { missing: readonly MissingRow[]; indicators: readonly Pick<IndicatorView, 'waiting'>[] }): boolean {
  return progress.missing.length > MISSING_LIMIT || progress.indicators.some((v) => v.waiting.length > WAITING_LIMIT);
}

/** The page (from 1) of the missing data that starts the indicator's rows (1 when it has none). */
export function missingPageOf(missing: readonly MissingRow[], indicatorId: string): number {
  const i = missing.findIndex((m) => m.indicatorId === indicatorId);
  return i < 0 ? 1 : Math.floor(i / COUNTS_PAGE) + 1;
}

/** The first row of each indicator: the one that carries the anchor #missing-<indicator>. */
export function missingAnchors(missing: readonly MissingRow[]): Set<MissingRow> {
  return new Set(missing.filter((m, i) => i === 0 || missing[i - 1].indicatorId !== m.indicatorId));
}

export interface ProgressList {
  /** Grouped by policy, in the site's policy order; within a policy, worst first, then by deadline. */
  groups: { policy: string; title: string; entries: StatusEntry[] }[];
  /** True when the list holds only the at-risk targets. */
  atRiskOnly: boolean;
  /** True when even those were cut at AT_RISK_LIMIT. */
  capped: boolean;
  shown: number;
}

export function progressList(site: Pick<SiteData, 'policies'>, entries: readonly StatusEntry[], limits: { full?: number; atRisk?: number } = {}): ProgressList {
  const full = limits.full ?? FULL_LIST_LIMIT;
  const cap = limits.atRisk ?? AT_RISK_LIMIT;
  const atRiskOnly = entries.length > full;
  let chosen = atRiskOnly ? entries.filter((e) => isAtRisk(e.status)) : [...entries];
  const capped = atRiskOnly && chosen.length > cap;
  if (capped) chosen = [...chosen].sort((a, b) => compareSeverity(a.status, b.status)).slice(0, cap);
  const byPolicy = new Map<string, StatusEntry[]>();
  for (const e of chosen) {
    const list = byPolicy.get(e.policy);
    if (list) list.push(e);
    else byPolicy.set(e.policy, [e]);
  }
  const groups = site.policies
    .filter((p) => byPolicy.has(p.slug))
    .map((p) => ({
      policy: p.slug,
      title: p.meta.title,
      // stable sort: within one severity the entries keep the site's deadline order
      entries: [...byPolicy.get(p.slug)!].sort((a, b) => compareSeverity(a.status, b.status)),
    }));
  return { groups, atRiskOnly, capped, shown: chosen.length };
}
