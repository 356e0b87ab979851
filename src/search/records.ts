// Build-time search records: policies, departments, indicators, targets, the paragraphs of the
// policy texts, and section headings (index-format.ts SearchDoc).
import type { PolicyRecord } from '../schema/record.ts';
import type { SiteData } from '../site/site-data.ts';
import type { Paragraph } from '../site/paragraphs.ts';
import { answerable, type TargetRow } from '../site/target-rows.ts';
import type { SearchDoc } from './index-format.ts';
import { normalize } from './normalize.ts';
import { formatPartialDate, formatTargetValue, formatRecurrence } from '../i18n/format.ts';
import { urls } from '../site/urls.ts';
import { t } from '../i18n/index.ts';

const join = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(' · ');
const words = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(' ');
const doc = (d: SearchDoc): SearchDoc => ({ ...d, t: normalize(d.t), c: normalize(d.c), k: normalize(d.k), x: normalize(d.x) });

/**
 * Headings that every plan has and that say nothing of their own: 总体要求, 保障措施, 工作目标 …
 * They rank below substantive hits (a search for 2025 should not list every 工作目标 first).
 */
const GENERIC_HEADING =
  /^(总体要求|指导思想|基本原则|主要目标|工作目标|目标任务|重点任务|主要任务|工作任务|保障措施|组织保障|组织实施|工作要求|实施步骤|工作步骤|进度安排|附件|附则|其他)$/;

/** Tells apart policies that share a title (three 政府工作报告): region, issuer and date. */
function policyContext(p: PolicyRecord): string {
  return join(p.meta.title, p.meta.region, p.meta.date ? formatPartialDate(p.meta.date) : null);
}

export interface SearchExtras {
  /** The catalogued indicators (data/indicators.yaml). */
  indicators: readonly { id: string; name: string; aliases: readonly string[]; unit?: string | null }[];
  /** The paragraphs of a policy's text (site/paragraphs.ts), numbered as its page numbers them. */
  paragraphs: (slug: string) => readonly Paragraph[];
}

/**
 * The records, a policy's in the order of its text: its heading records, paragraphs, and each
 * target right after the paragraph holding its sentence (those found in no paragraph after them
 * all), so that a page of records cut from a long policy keeps a target with its paragraph.
 */
export function buildSearchDocs(site: SiteData, extras: SearchExtras): SearchDoc[] {
  const out: SearchDoc[] = [];
  const departments = site.departmentsBySlug;
  for (const p of site.policies) {
    const m = p.meta;
    out.push(
      doc({
        y: 'policy',
        t: m.title,
        c: join(m.region, m.issuers.join('、'), m.docNumber, m.date ? formatPartialDate(m.date) : null),
        k: words(m.sector, m.validity, m.indexNumber, m.date, m.date?.slice(0, 4), p.slug),
        x: '',
        u: urls.policy(p.slug),
      }),
    );
    const ids = site.bodyIds(p.slug);
    const sections = p.sections.filter((s) => !ids || ids.has(s.id));
    const sectionIndex = new Map(sections.map((s, i) => [s.id, i]));
    const sectionTitles = new Map(p.sections.map((s) => [s.id, `${s.number}${s.title}`]));
    const rows = new Map((site.rowsByPolicy.get(p.slug) ?? []).map((r) => [r.id, r]));
    let nextSection = 0;
    /** The heading records up to section `id` (all that are left when null), those not yet out. */
    const sectionsUpTo = (id: string | null) => {
      const end = id === null ? sections.length : (sectionIndex.get(id) ?? -1) + 1;
      for (; nextSection < end; nextSection++) {
        const s = sections[nextSection];
        out.push(
          doc({
            y: 'section',
            t: `${s.number}${s.title}`,
            c: policyContext(p),
            k: '',
            x: '',
            u: urls.section(p.slug, s.id),
            ...(GENERIC_HEADING.test(s.title.trim()) ? { g: 1 } : {}),
          }),
        );
      }
    };
    const target = (row: TargetRow) => {
      rows.delete(row.id);
      const tg = row.target;
      const units = answerable(row).flatMap((r) => [r.label, r.name, ...(departments.get(r.slug)?.aliases ?? [])]);
      out.push(
        doc({
          y: 'target',
          t: tg.phrase || tg.text,
          c: join(policyContext(p), row.deadline ? formatPartialDate(row.deadline) : formatRecurrence(tg.recurring) || t('target.noDeadline')),
          k: words(tg.indicator, formatTargetValue(tg.value, tg.unit, tg.comparator), row.deadline, t(`target.kind.${row.kind}`), ...units),
          x: tg.text,
          u: urls.target(row.policy, row.anchor),
        }),
      );
    };
    for (const para of extras.paragraphs(p.slug)) {
      if (para.section) sectionsUpTo(para.section);
      out.push(
        doc({
          y: 'paragraph',
          t: '',
          c: join(policyContext(p), para.section ? sectionTitles.get(para.section) : null),
          k: '',
          x: para.text,
          u: urls.section(p.slug, para.id),
        }),
      );
      for (const id of para.targets) {
        const row = rows.get(id);
        if (row) target(row);
      }
    }
    sectionsUpTo(null);
    for (const row of [...rows.values()]) target(row);
  }
  for (const d of site.departments) {
    out.push(
      doc({
        y: 'department',
        t: d.label,
        c: join(t('departments.obligations', { n: d.counts.total }), d.leads.length ? `${t('department.leads')} ${d.leads.length}` : null),
        k: words(d.name, d.region, ...d.aliases),
        x: '',
        u: urls.department(d.slug),
      }),
    );
  }
  for (const ind of extras.indicators) {
    out.push(
      doc({
        y: 'indicator',
        t: ind.name,
        c: ind.unit ? `${t('indicators.col.unit')}${t('common.colon')}${ind.unit}` : '',
        k: words(...ind.aliases),
        x: '',
        u: urls.indicator(ind.id),
      }),
    );
  }
  return out;
}

/** Canonical unit names, for abbreviation matching (教体局 → 县教育体育局). */
export function unitNames(site: SiteData): string[] {
  return site.departments.map((d) => d.name);
}
