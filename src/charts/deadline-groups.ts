// Groups of dated targets for the deadlines timeline: by policy or by department.
import type { SiteData } from '../site/site-data.ts';
import type { TargetRow } from '../site/target-rows.ts';
import type { TimelineGroup } from './timeline.ts';
import { urls } from '../site/urls.ts';

export type GroupBy = 'policy' | 'department';

function item(row: TargetRow) {
  return {
    id: row.id,
    due: row.due!,
    deadline: row.deadline ?? undefined,
    label: row.target.phrase || row.target.text,
    status: row.status,
    href: urls.target(row.policy, row.anchor),
  };
}

/**
 * Groups with an open deadline first (soonest first), then groups whose deadlines
 * have all passed (most recent first). `limit` keeps the chart legible.
 */
export function deadlineGroups(site: SiteData, by: GroupBy, limit = 30): { groups: TimelineGroup[]; total: number } {
  const raw: TimelineGroup[] = [];
  if (by === 'policy') {
    for (const p of site.policies) {
      const rows = (site.rowsByPolicy.get(p.slug) ?? []).filter((r) => r.due);
      if (rows.length) raw.push({ key: p.slug, label: p.meta.title, href: urls.policy(p.slug), items: rows.map(item) });
    }
  } else {
    for (const d of site.departments) {
      const rows = d.rows.filter((r) => r.due);
      if (rows.length) raw.push({ key: d.slug, label: d.label, href: urls.department(d.slug), items: rows.map(item) });
    }
  }
  const nextOpen = (g: TimelineGroup) =>
    g.items
      .filter((i) => i.status !== 'passed')
      .map((i) => i.due)
      .sort()[0] ?? null;
  const lastDue = (g: TimelineGroup) =>
    g.items
      .map((i) => i.due)
      .sort()
      .at(-1) ?? '';
  const ranked = raw
    .map((g) => ({ g, open: nextOpen(g), last: lastDue(g) }))
    .sort((a, b) => {
      if (!a.open !== !b.open) return a.open ? -1 : 1;
      if (a.open && b.open && a.open !== b.open) return a.open < b.open ? -1 : 1;
      return a.last === b.last ? 0 : a.last > b.last ? -1 : 1;
    })
    .map((x) => x.g);
  return { groups: ranked.slice(0, limit), total: ranked.length };
}
