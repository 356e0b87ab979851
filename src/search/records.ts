// Build-time search records: policies, their sections, targets and departments.
import type { PolicyRecord } from '../schema/record.ts';
import type { SiteData } from '../site/site-data.ts';
import { answerable } from '../site/target-rows.ts';
import type { SearchRecord } from './query.ts';
import { normalize } from './normalize.ts';
import { formatPartialDate, formatTargetValue, formatRecurrence } from '../i18n/format.ts';
import { urls } from '../site/urls.ts';
import { t } from '../i18n/index.ts';

const join = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(' · ');
const rec = (r: SearchRecord): SearchRecord => ({
  y: r.y,
  t: normalize(r.t),
  c: normalize(r.c),
  k: normalize(r.k),
  x: normalize(r.x),
  u: r.u,
  ...(r.n ? { n: normalize(r.n) } : {}),
});

function policyRecords(p: PolicyRecord, bodyIds: SiteData['bodyIds']): SearchRecord[] {
  const m = p.meta;
  const out: SearchRecord[] = [
    rec({
      y: 'policy',
      t: m.title,
      c: join(m.issuers.join('、'), m.docNumber, m.date ? formatPartialDate(m.date) : null),
      k: [m.region, m.sector, m.validity, m.indexNumber, m.date, m.date?.slice(0, 4), p.slug].filter(Boolean).join(' '),
      x: '',
      u: urls.policy(p.slug),
    }),
  ];
  const ids = bodyIds(p.slug);
  for (const s of p.sections) {
    if (ids && !ids.has(s.id)) continue;
    out.push(rec({ y: 'section', t: `${s.number}${s.title}`, c: m.title, k: '', x: '', u: urls.section(p.slug, s.id) }));
  }
  return out;
}

export function buildSearchRecords(site: SiteData): SearchRecord[] {
  const out: SearchRecord[] = [];
  for (const p of site.policies) out.push(...policyRecords(p, site.bodyIds));
  const departments = site.departmentsBySlug;
  for (const row of site.rows) {
    const tg = row.target;
    const units = answerable(row).flatMap((r) => [r.label, r.name, ...(departments.get(r.slug)?.aliases ?? [])]);
    out.push(
      rec({
        y: 'target',
        t: tg.phrase || tg.text,
        c: join(row.policyTitle, row.deadline ? formatPartialDate(row.deadline) : formatRecurrence(tg.recurring) || t('target.noDeadline')),
        k: [
          tg.indicator,
          formatTargetValue(tg.value, tg.unit, tg.comparator),
          row.deadline,
          row.deadline ? formatPartialDate(row.deadline) : null,
          t(`target.kind.${row.kind}`),
          row.region,
          ...units,
        ]
          .filter(Boolean)
          .join(' '),
        x: tg.text,
        u: urls.target(row.policy, row.anchor),
      }),
    );
  }
  for (const d of site.departments) {
    out.push(
      rec({
        y: 'department',
        t: d.label,
        c: t('departments.obligations', { n: d.counts.total }),
        k: [d.name, d.region, ...d.aliases].filter(Boolean).join(' '),
        x: '',
        u: urls.department(d.slug),
        n: d.name,
      }),
    );
  }
  return out;
}
