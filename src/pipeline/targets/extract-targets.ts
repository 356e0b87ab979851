// Targets and milestones of a policy body, each with its deadline, recurrence and
// responsible units taken from its sentence, paragraph and numbered item.
import type { Block } from '../../schema/document.ts';
import type { Recurrence, Section, SectionRole, Target } from '../../schema/record.ts';
import type { TimeFrame } from '../dates/date-phrases.ts';
import { findRecurrences, type RecurrenceMatch } from '../dates/recurrence.ts';
import type { Mention } from '../units/find-mentions.ts';
import { analyseBody, type AnalysedSentence } from './analyse-body.ts';
import { findQuantities, type Quantity } from './find-quantities.ts';
import { findMilestones } from './find-milestone.ts';
import { indicatorOf } from './indicator.ts';
import { headingDeadlines, isActor, itemActors, responsibleAt } from './item-context.ts';
import { targetId } from './target-id.ts';

export interface TargetContext {
  slug: string;
  /** Place names of the document, longest match first: 镇康县, 临沧市 … */
  places: string[];
  /** First year the plan covers (its period, else its issue year): earlier years are history. */
  since: number | null;
  /** The document's own year and plan end, for 今年, 年内, 期末 …. */
  frame: TimeFrame;
  /** A work report: what it sets out for its year falls due in that year. */
  workReport: boolean;
}

/** Parts whose figures are commitments by where they stand. */
const COMMITTING: ReadonlySet<SectionRole> = new Set(['goals', 'tasks']);

/** Parts that hold no commitments: a review reports results, an annex defines terms. */
const NO_TARGETS: ReadonlySet<SectionRole> = new Set(['review', 'annex']);

export interface ExtractedTarget {
  target: Omit<Target, 'responsible'>;
  /** Unit names as written; resolved to canonical names with the document's units. */
  responsible: string[];
}

export interface Extraction {
  targets: ExtractedTarget[];
  /** Every unit mention that assigns work, for the document's unit list. */
  mentions: Mention[];
}

const TIME_UNITS = new Set(['年', '月', '天', '日', '周', '小时', '分钟', '学期']);
const ASPIRATION = /(力争|争取|鼓励|支持|引导|探索|努力|倡导|尽量|积极稳妥)/;
/** Results already reached are no commitments. */
const ACHIEVED = /(超额完成|已经完成|已完成|已建成|已达到)/;
/** 每年4月底前完成…: a yearly deadline, with no year of its own. */
const YEARLY_DEADLINE = /每(年|年度)\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:底|末|\s*\d{1,2}\s*日)?\s*(?:前|以前|之前)?/;
const OPENING = /^[\s(（]*(到|至|在|力争|争取)?\s*$/;

/** The recurrence word nearest before a figure, unless a date comes between (每年…，确保2025年达到…). */
function recurrenceOf(a: AnalysedSentence, recurrences: readonly RecurrenceMatch[], q: Quantity): Recurrence | null {
  if (TIME_UNITS.has(q.unit)) return null;
  const r = recurrences.filter((x) => x.end <= q.start).pop();
  if (!r) return null;
  // A date, or a clause about each of something else (，每个县区建成1个…), ends its reach.
  const between = a.view.slice(r.end, q.start);
  if (/[，,；;]\s*每[个所名家项座位]/.test(between)) return null;
  return a.dates.some((d) => d.start >= r.end && d.end <= q.start && d.role !== 'recurring') ? null : r.recurrence;
}

function baseYearOf(a: AnalysedSentence, q: Quantity, since: number | null): number | null {
  const base = a.dates.find((d) => d.role === 'base' && d.end <= q.start);
  if (base) return base.from;
  return since !== null && /(较|比)上年/.test(a.view.slice(q.clause[0], q.start)) ? since - 1 : null;
}

function milestone(
  id: string,
  a: AnalysedSentence,
  text: string,
  deadline: string | null,
  recurring: Recurrence | null,
  vague: boolean,
): Omit<Target, 'responsible'> {
  return {
    id,
    kind: 'milestone',
    text,
    phrase: text,
    indicator: null,
    indicatorId: null,
    value: null,
    unit: null,
    comparator: null,
    deadline,
    recurring,
    change: null,
    baseYear: null,
    section: a.section,
    modality: ASPIRATION.test(a.view) ? 'aspirational' : 'binding',
    optional: vague,
  };
}

export function extractTargets(blocks: readonly Block[], sections: readonly Section[], ctx: TargetContext): Extraction {
  const { sentences, notes } = analyseBody(blocks, ctx.places, ctx.frame);
  const roleOf = new Map(sections.map((s) => [s.id, s.role]));
  const yearOfReport = ctx.workReport && ctx.frame.year !== null ? String(ctx.frame.year) : null;
  const item = itemActors(sentences);
  const headingDeadline = headingDeadlines(blocks, sentences, sections);
  const seen = new Map<string, number>();
  const targets: ExtractedTarget[] = [];
  // A paragraph that opens with a date (到2025年，…) dates what follows in it, and a
  // goals paragraph dates the paragraphs after it in its section.
  const sectionCarry = new Map<string | null, string>();
  let carry: string | null = null;
  // 2023年，全市地区生产总值达到3000亿元: a year before the plan opens a report of results.
  let history = false;

  for (const a of sentences) {
    if (a.opensBlock) {
      carry = sectionCarry.get(a.section) ?? null;
      history = false;
    }
    const opening = a.dates.find((d) => d.role !== 'base' && d.role !== 'recurring' && OPENING.test(a.view.slice(0, d.start)));
    if (opening)
      history =
        ctx.since !== null && (opening.role === 'point' ? opening.from : opening.role === 'period' ? Number(opening.value.slice(0, 4)) : Infinity) < ctx.since;
    if (/^[\s(（]*(截至|截止)/.test(a.view)) history = true;
    if (history || a.note || ACHIEVED.test(a.view)) continue;
    if (a.section && NO_TARGETS.has(roleOf.get(a.section) ?? 'body')) continue;

    const note = notes.get(a.section);
    const assigned = (at: number) => responsibleAt(a, at, note?.units ?? [], item(a.section));
    const deadlineAt = (at: number, recurring: boolean): string | null => {
      const local = a.dates.filter((d) => d.start < at && d.role !== 'base' && d.role !== 'recurring').pop();
      if (local) return local.value;
      // A recurring duty has no deadline unless its own sentence gives one.
      if (recurring) return null;
      if (note && note.deadline !== undefined) return note.deadline;
      return carry ?? headingDeadline(a.section) ?? yearOfReport;
    };

    const role = a.section ? (roleOf.get(a.section) ?? 'body') : 'body';
    const quantities = findQuantities(a.view, { cue: !COMMITTING.has(role) });
    const recurrences = quantities.length ? findRecurrences(a.view) : [];
    for (const q of quantities) {
      const recurring = note?.recurring ?? recurrenceOf(a, recurrences, q);
      const text = a.sentence.text;
      targets.push({
        target: {
          id: targetId(ctx.slug, 'quantity', text, `${q.value}${q.unit}`, seen),
          kind: 'quantity',
          text,
          phrase: text.slice(q.clause[0], q.clause[1]).trim(),
          indicator: indicatorOf(a.view.slice(q.clause[0], q.start), a.view.slice(q.end, q.clause[1])),
          indicatorId: null,
          value: q.value,
          unit: q.unit,
          comparator: q.comparator,
          deadline: deadlineAt(q.start, recurring !== null),
          recurring: TIME_UNITS.has(q.unit) ? null : recurring,
          change: q.change,
          baseYear: baseYearOf(a, q, ctx.since),
          section: a.section,
          modality: ASPIRATION.test(a.view.slice(0, q.end)) ? 'aspirational' : 'binding',
          optional: false,
        },
        responsible: assigned(q.start),
      });
    }

    if (!a.undated) {
      // A heading that is no sentence dates a milestone only in brackets:
      // (一)试点建设阶段(2022年12月底前), but not 三、2024年重点工作.
      const titleOnly = blocks[a.block].kind === 'heading' && !/。\s*$/.test(a.view);
      const dates = titleOnly ? a.dates.filter((d) => /[(（]\s*$/.test(a.view.slice(0, d.start))) : a.dates;
      const milestones = findMilestones(a.view, dates, quantities);
      for (const m of milestones) {
        const text = a.sentence.text.slice(0, m.end).replace(/[，,；;]\s*$/, '');
        targets.push({
          target: milestone(targetId(ctx.slug, 'milestone', text, m.date.value, seen), a, text, m.date.value, null, m.vague),
          responsible: assigned(m.date.start),
        });
      }
      const yearly = !milestones.length && !quantities.length ? YEARLY_DEADLINE.exec(a.view) : null;
      if (yearly) {
        const text = a.sentence.text;
        targets.push({
          target: milestone(targetId(ctx.slug, 'milestone', text, 'year', seen), a, text, null, 'year', false),
          responsible: assigned(yearly.index),
        });
      }
    }

    if (opening && a.opensBlock) {
      carry = opening.value;
      if (blocks[a.block].kind === 'paragraph') sectionCarry.set(a.section, opening.value);
    } else if (opening?.leading && !quantities.length) {
      // 到2026年，…明显扩大。 heads the goals that follow it in the paragraph.
      carry = opening.value;
    }
  }
  return { targets, mentions: sentences.flatMap((a) => a.mentions.filter(isActor)) };
}
