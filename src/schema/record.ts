// The policy record: one schema shared by the ingest pipeline, the MDX frontmatter
// and the Astro content collection (src/content.config.ts).
import { z } from 'astro/zod';
import { isPartialDate } from '../dates/partial-date.ts';

/** YYYY, YYYY-MM or YYYY-MM-DD naming a month and day that exist: as precise as the text states, never more. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected a date written as YYYY, YYYY-MM or YYYY-MM-DD (as a quoted string)', abort: true })
  .refine(isPartialDate, { error: 'no such date in the calendar: check the month and the day' });

export const comparator = z.enum(['>=', '<=', '=', '~']);
export const recurrence = z.enum(['year', 'semester', 'half-year', 'quarter', 'month', 'week', 'day']);
/** 必须/要/确保 bind; 力争/争取/鼓励 aspire. */
export const modality = z.enum(['binding', 'aspirational']);

/**
 * What a part of a document does. A review reports past results (过去一年, "十三五"时期,
 * 主要成绩): it holds no targets. An annex that defines measures (指标说明, 计算方法)
 * holds none either. Goals, tasks and safeguards carry the commitments and the leads.
 */
export const sectionRole = z.enum(['review', 'goals', 'tasks', 'safeguards', 'annex', 'body']);

export const section = z.object({
  /** Stable anchor: the numbering path, e.g. `s3-1-2`. */
  id: z.string(),
  /** The numbering as printed: 三、 (一) 1. (1) */
  number: z.string(),
  title: z.string(),
  level: z.number().int().min(1),
  parent: z.string().nullable(),
  role: sectionRole.default('body'),
});

export const target = z.object({
  /** Stable across re-ingests of the same text: derived from the sentence and the figure. */
  id: z.string(),
  kind: z.enum(['quantity', 'milestone']),
  /** The whole sentence (or numbered clause) the target stands in, as in the source. */
  text: z.string(),
  /** The words of the sentence that carry the commitment, e.g. 毛入学率达到95%以上. */
  phrase: z.string(),
  /** Short name of what is measured: 高中阶段毛入学率. */
  indicator: z.string().nullable(),
  /** Link to data/indicators.* when the indicator is catalogued. */
  indicatorId: z.string().nullable().default(null),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  comparator: comparator.nullable(),
  deadline: partialDate.nullable(),
  recurring: recurrence.nullable(),
  change: z.enum(['increase', 'decrease']).nullable(),
  baseYear: z.number().int().nullable(),
  /** Canonical names of the responsible units (see `units`). */
  responsible: z.array(z.string()),
  /** Section id the target stands in. */
  section: z.string().nullable(),
  modality,
  /** Vague aspirations (显著提升) and figures that only partly commit. */
  optional: z.boolean(),
});

export const unitLevel = z.enum(['national', 'province', 'prefecture', 'county', 'township', 'unknown']);

export const unit = z.object({
  /** Canonical name without the region prefix: 县教育体育局. */
  name: z.string(),
  aliases: z.array(z.string()),
  level: unitLevel,
  /** Region the unit belongs to (the plan's region for 县/市/州 units). */
  region: z.string().nullable(),
  /** Partners and beneficiaries (schools, companies) rather than bodies given work. */
  optional: z.boolean(),
});

export const reference = z.object({
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  /** Slug of the ingested policy it names, when there is one. */
  policy: z.string().nullable().default(null),
});

/**
 * Why a person should look at part of a record: extraction is never perfect, so doubt
 * is shown, not hidden. Flags are no errors; a correction of the subject clears them.
 */
export const reviewFlagCode = z.enum([
  /** The title holds markup or reads like a heading (三、重点任务). */
  'title-suspect',
  /** A target whose value is 0. */
  'zero-value',
  /** A deadline earlier than the document's own date. */
  'deadline-before-issue',
  /** A unit the directory does not know and that is not built from known parts. */
  'unknown-unit',
  /** An indicator name of one or two characters. */
  'short-indicator',
  /** Targets inside a part that reads as a review of past results. */
  'targets-in-review',
  /** Most targets of the document have no deadline. */
  'mostly-undated',
]);

export const reviewFlag = z.object({
  code: reviewFlagCode,
  /** What the flag is about: `meta.title`, a target id, `units.<name>`, `sections.<id>` or `targets`. */
  subject: z.string(),
  /** The words that raised the doubt, as printed (the title, the figure, the unit name). */
  evidence: z.string(),
});

export const removal = z.object({
  reason: z.string(),
  text: z.string(),
});

export const meta = z.object({
  title: z.string().min(1, { error: 'a policy needs a title' }),
  issuers: z.array(z.string()),
  date: partialDate.nullable(),
  docNumber: z.string().nullable(),
  region: z.string().nullable(),
  /** 效力状态 as printed: 有效, 失效, 废止 … */
  validity: z.string().nullable(),
  /** 索引号 as printed. */
  indexNumber: z.string().nullable(),
  planPeriod: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  attachments: z.array(z.string()),
  sourceUrl: z.string().nullable(),
  /** 教育, 卫生健康, 生态环境 … guessed from the text, correctable. */
  sector: z.string().nullable(),
});

export const source = z.object({
  file: z.string(),
  format: z.enum(['text', 'markdown', 'html', 'docx']),
  encoding: z.string(),
  sha256: z.string(),
});

export const record = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'slugs are lower-case ASCII letters, digits and hyphens' }),
  meta,
  source,
  sections: z.array(section),
  targets: z.array(target),
  units: z.array(unit),
  references: z.array(reference),
  /**
   * Canonical names of the units the plan as a whole makes lead or coordinator
   * (组织领导: 由县教育体育局牵头统筹…), apart from each item's own responsible units.
   */
  leads: z.array(z.string()).default([]),
  removed: z.array(removal),
  warnings: z.array(z.string()),
  flags: z.array(reviewFlag).default([]),
});

export type PartialDate = z.infer<typeof partialDate>;
export type Comparator = z.infer<typeof comparator>;
export type Recurrence = z.infer<typeof recurrence>;
export type Section = z.infer<typeof section>;
export type SectionRole = z.infer<typeof sectionRole>;
export type ReviewFlag = z.infer<typeof reviewFlag>;
export type ReviewFlagCode = z.infer<typeof reviewFlagCode>;
export type Target = z.infer<typeof target>;
export type Unit = z.infer<typeof unit>;
export type UnitLevel = z.infer<typeof unitLevel>;
export type Reference = z.infer<typeof reference>;
export type Removal = z.infer<typeof removal>;
export type Meta = z.infer<typeof meta>;
export type Source = z.infer<typeof source>;
export type PolicyRecord = z.infer<typeof record>;
