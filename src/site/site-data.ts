// The whole site's data, computed once from the policy records (pure: no Astro).
import type { PolicyRecord } from '../schema/record.ts';
import { collectDepartments, type Department } from './departments.ts';
import { answerable, countDeadlines, sortRows, targetRows, type DeadlineCounts, type TargetRow } from './target-rows.ts';
import { comparePartialDates } from '../dates/partial-date.ts';
import { citedPolicy } from './citations.ts';

export interface DepartmentView extends Department {
  /** Items that name it, and items of the plans it leads that name no unit (row.fromLead), by deadline. */
  rows: TargetRow[];
  counts: DeadlineCounts;
  /** How many of the rows name it; the others come from the plans it leads. */
  named: number;
}

export interface SiteData {
  today: string;
  policies: PolicyRecord[];
  bySlug: Map<string, PolicyRecord>;
  /** All target rows, sorted by deadline. */
  rows: TargetRow[];
  rowsByPolicy: Map<string, TargetRow[]>;
  departments: DepartmentView[];
  departmentsBySlug: Map<string, DepartmentView>;
  /** The ids a policy's rendered text holds, when known (undefined: assume every anchor exists). */
  bodyIds: (slug: string) => ReadonlySet<string> | undefined;
  /** slug → policies that cite it (references[].policy, when the cited title is its title: citations.ts). */
  citedBy: Map<string, string[]>;
}

/** Newest first by date (undated last), then by title. */
function comparePoliciesByDate(a: PolicyRecord, b: PolicyRecord): number {
  if (!a.meta.date !== !b.meta.date) return a.meta.date ? -1 : 1;
  return -comparePartialDates(a.meta.date, b.meta.date) || a.meta.title.localeCompare(b.meta.title, 'zh-CN');
}

/**
 * `bodyIds`: the ids a policy's rendered text holds (its marked target sentences and section
 * anchors), when known: links go there only when the place exists (else to the side list).
 */
export function buildSite(records: readonly PolicyRecord[], today: string, bodyIds?: (slug: string) => ReadonlySet<string> | undefined): SiteData {
  const policies = [...records].sort(comparePoliciesByDate);
  const bySlug = new Map(policies.map((p) => [p.slug, p]));
  const rowsByPolicy = new Map<string, TargetRow[]>();
  const all: TargetRow[] = [];
  for (const p of policies) {
    const rows = targetRows(p, today, bodyIds?.(p.slug));
    rowsByPolicy.set(p.slug, rows);
    all.push(...rows);
  }
  const rows = sortRows(all);

  const deps = collectDepartments(policies);
  const depRows = new Map<string, TargetRow[]>();
  for (const row of rows) {
    for (const ref of answerable(row)) {
      let list = depRows.get(ref.slug);
      if (!list) depRows.set(ref.slug, (list = []));
      list.push(row);
    }
  }
  const departments: DepartmentView[] = [...deps.values()]
    .map((d) => {
      const r = depRows.get(d.slug) ?? [];
      const named = r.filter((row) => row.responsible.some((ref) => ref.slug === d.slug)).length;
      return { ...d, rows: r, counts: countDeadlines(r), named };
    })
    .sort((a, b) => (a.region ?? '\uffff').localeCompare(b.region ?? '\uffff', 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'));

  const citedBy = new Map<string, string[]>();
  for (const p of policies) {
    for (const ref of p.references) {
      if (!ref.policy || ref.policy === p.slug || !citedPolicy(ref, bySlug)) continue;
      const list = citedBy.get(ref.policy) ?? [];
      if (list.at(-1) !== p.slug) list.push(p.slug); // policies are visited one at a time
      citedBy.set(ref.policy, list);
    }
  }

  return {
    today,
    policies,
    bySlug,
    rows,
    rowsByPolicy,
    departments,
    departmentsBySlug: new Map(departments.map((d) => [d.slug, d])),
    citedBy,
    bodyIds: (slug) => bodyIds?.(slug),
  };
}
