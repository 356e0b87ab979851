// Where a person should look: extraction is never perfect, so a record says where it
// doubts itself. Each flag names its subject (the title, a target, a unit, the targets
// as a whole) and the words that raised the doubt. Flags are no errors: the build goes
// on, and a correction of the subject (or a `reviewed` entry) clears them.
import type { Block } from '../../schema/document.ts';
import type { PolicyRecord, ReviewFlag, Section } from '../../schema/record.ts';
import { fold } from '../text/fold.ts';
import { readsAsReview } from '../structure/section-roles.ts';
import { numberingAt } from '../structure/numbering.ts';
import { blockText } from '../text/block-text.ts';

export interface ReviewInput {
  record: Omit<PolicyRecord, 'flags'>;
  blocks: readonly Block[];
  /** True for a unit name the directory knows or that is built from known parts. */
  isKnownUnit: (name: string) => boolean;
}

/** Part names that are headings, not the name of a policy. */
const HEADING_TITLE = /^(总体要求|指导思想|基本原则|工作目标|主要目标|重点任务|主要任务|保障措施|组织领导|实施步骤|工作措施|附件)$/;
const MARKUP = /[<>]|class=|style=|&[a-z]+;|\{|\}/i;
const MOSTLY_UNDATED = 0.6;
const MIN_TARGETS = 5;

function titleDoubt(title: string): boolean {
  const view = fold(title).trim();
  return (
    MARKUP.test(view) ||
    numberingAt(view) !== null ||
    HEADING_TITLE.test(view.replace(/\s/g, '')) ||
    /[。；;!！?？]/.test(view) ||
    /^(为|根据|按照|现将)/.test(view) ||
    view === '未命名文件' ||
    [...view].length > 100
  );
}

/** The last day a partial date can stand for, comparable as a string. */
const lastDay = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

export function reviewFlags({ record, blocks, isKnownUnit }: ReviewInput): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const { meta, targets, units, sections } = record;
  if (titleDoubt(meta.title)) flags.push({ code: 'title-suspect', subject: 'meta.title', evidence: meta.title.slice(0, 80) });
  for (const t of targets) {
    if (t.kind === 'quantity' && t.value === 0) flags.push({ code: 'zero-value', subject: t.id, evidence: t.phrase.slice(0, 80) });
    if (t.deadline && meta.date && lastDay(t.deadline) < meta.date)
      flags.push({ code: 'deadline-before-issue', subject: t.id, evidence: `${t.deadline} < ${meta.date}` });
    if (t.indicator && [...t.indicator.replace(/[^\p{Script=Han}]/gu, '')].length > 0 && [...t.indicator.replace(/[^\p{Script=Han}]/gu, '')].length <= 2) {
      flags.push({ code: 'short-indicator', subject: t.id, evidence: t.indicator });
    }
  }
  for (const u of units) if (!u.optional && !isKnownUnit(u.name)) flags.push({ code: 'unknown-unit', subject: `units.${u.name}`, evidence: u.name });
  for (const s of sectionsReadingAsReview(sections, blocks, new Set(targets.map((t) => t.section)))) {
    flags.push({ code: 'targets-in-review', subject: `sections.${s.id}`, evidence: `${s.number}${s.title}`.slice(0, 80) });
  }
  const undated = targets.filter((t) => t.deadline === null && t.recurring === null).length;
  if (targets.length >= MIN_TARGETS && undated / targets.length > MOSTLY_UNDATED) {
    flags.push({ code: 'mostly-undated', subject: 'targets', evidence: `${undated}/${targets.length}` });
  }
  return flags;
}

/** Parts that hold targets although their text reads as a report of results. */
function sectionsReadingAsReview(sections: readonly Section[], blocks: readonly Block[], withTargets: ReadonlySet<string | null>): Section[] {
  const text = new Map<string, string>();
  for (const b of blocks) if (b.section && b.kind === 'paragraph') text.set(b.section, (text.get(b.section) ?? '') + fold(blockText(b)));
  return sections.filter((s) => s.role !== 'review' && withTargets.has(s.id) && readsAsReview(text.get(s.id) ?? ''));
}
