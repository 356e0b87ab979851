// Targets and milestones of a policy body, each with its deadline, recurrence and
// responsible units taken from its sentence, paragraph and numbered item.
import type { Block } from '../../schema/document.ts';
import type { Recurrence, Section, Target } from '../../schema/record.ts';
import { findDatePhrases, type DatePhrase } from '../dates/date-phrases.ts';
import { findRecurrences } from '../dates/recurrence.ts';
import { fold } from '../text/fold.ts';
import { splitSentences, type Sentence } from '../text/sentences.ts';
import { findMentions, type Mention } from '../units/find-mentions.ts';
import { findQuantities, type Quantity } from './find-quantities.ts';
import { findMilestones } from './find-milestone.ts';
import { isAnnotationOnly, readAnnotation } from './item-annotations.ts';
import { indicatorOf } from './indicator.ts';
import { targetId } from './target-id.ts';

export interface TargetContext {
  slug: string;
  /** Place names of the document, longest match first: 镇康县, 临沧市 … */
  places: string[];
  /** First year the plan covers (its period, else its issue year): earlier years are history. */
  since: number | null;
}

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

const SIGNATURE = /^(中共)?[\p{Script=Han}()、]{2,30}(办公室|办公厅|人民政府|政府|委员会|局|厅|委)(\s+\S+)?$/u;
const TIME_UNITS = new Set(['年', '月', '天', '日', '周', '小时', '分钟', '学期']);
const ASPIRATION = /(力争|争取|鼓励|支持|引导|探索|努力|倡导|尽量|积极稳妥)/;

interface AnalysedSentence {
  block: number;
  section: string | null;
  sentence: Sentence;
  view: string;
  dates: DatePhrase[];
  mentions: Mention[];
  /** A 责任单位/完成时限 note: it assigns its item and states no target itself. */
  note: boolean;
}

interface ItemNote {
  units: Mention[];
  deadline?: string | null;
  recurring?: Recurrence | null;
}

/** Titles, headings like 三、2024年重点工作, preambles and attachment lists date nothing. */
const TITLE_LIKE = /^[^，,；;]*(通知|方案|计划|意见|办法|规划|要点|细则|纲要|清单|报告|目标|工作|情况|任务)\s*([(（][^()（）]*[)）])?[。；;]?$/;
const PREAMBLE = /^(为|根据|按照|依据)[^。]*(制定|提出|现将|印发)/;
const APPENDIX = /^(附件|附表|图解|政策问答|相关链接|相关解读)/;
/** 每年4月底前完成…: a yearly deadline, with no year of its own. */
const YEARLY_DEADLINE = /每(年|年度)\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:底|末|\s*\d{1,2}\s*日)?\s*(?:前|以前|之前)?/;

/** Date phrases outside cited titles: a title's 2023—2025年 is no deadline. */
function datesOf(view: string): DatePhrase[] {
  return findDatePhrases(view).filter((d) => {
    const before = view.slice(0, d.start);
    return (before.match(/《/g)?.length ?? 0) <= (before.match(/》/g)?.length ?? 0);
  });
}

const isActor = (m: Mention) => m.role === 'actor' || m.role === 'partner';

export function extractTargets(blocks: Block[], sections: Section[], ctx: TargetContext): Extraction {
  const parentOf = new Map(sections.map((s) => [s.id, s.parent]));
  const analysed: AnalysedSentence[] = [];
  const notes = new Map<string | null, ItemNote>();
  blocks.forEach((block, index) => {
    const text = block.segments.map((s) => s.text).join('');
    const view = fold(text);
    // The addressees of a 通知 (各乡(镇)党委、政府,县委各部委…:) receive it; no work is assigned there.
    const addressees = index < 6 && /[:：]$/.test(view.trim()) && /[、,，]/.test(view);
    // A signature line (镇康县人民政府办公室) names the issuer, who is not given work by it.
    const signature = SIGNATURE.test(view.trim());
    for (const sentence of splitSentences(text)) {
      const sv = view.slice(sentence.start, sentence.end);
      // Titles (…人民政府关于印发…的通知) name the issuer, who is not given work by them.
      const title = TITLE_LIKE.test(sv.trim()) || /关于印发/.test(sv);
      const preamble = PREAMBLE.test(sv);
      // Names keep the script they were printed in (發展改革局), for aliases.
      const mentions = addressees || signature || title || preamble ? [] : findMentions(sv, ctx.places).map((m) => (sv.slice(m.start, m.end) === m.name ? { ...m, written: sentence.text.slice(m.start, m.end) } : m));
      const annotation = readAnnotation(sv);
      if (annotation) {
        const note = notes.get(block.section) ?? { units: [] };
        note.units.push(...annotation.unitText.flatMap((t) => findMentions(t, ctx.places)).map((m) => ({ ...m, role: 'actor' as const })));
        if (annotation.deadline !== undefined) note.deadline = annotation.deadline;
        if (annotation.recurring !== undefined) note.recurring = annotation.recurring;
        notes.set(block.section, note);
      }
      const note = annotation !== null && isAnnotationOnly(sv);
      analysed.push({ block: index, section: block.section, sentence, view: sv, dates: datesOf(sv), mentions, note });
    }
  });

  // Who a numbered item gives work to: the actors of its first sentence that names any.
  const itemActors = new Map<string, Mention[]>();
  for (const a of analysed) {
    if (!a.section || itemActors.has(a.section) || a.note) continue;
    const actors = a.mentions.filter(isActor);
    if (actors.length) itemActors.set(a.section, actors);
  }
  const sectionActors = (id: string | null): Mention[] => (id ? itemActors.get(id) ?? [] : []);

  // Deadlines stated by headings ((一)试点建设阶段(2022年12月底前)) hold for the section.
  const sectionDeadline = new Map<string, string>();
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading') return;
    const d = analysed.filter((a) => a.block === index).flatMap((a) => a.dates).find((x) => x.role !== 'base' && x.role !== 'recurring');
    if (d) sectionDeadline.set(block.section, d.value);
  });
  const inheritedDeadline = (id: string | null): string | null => {
    for (let s = id; s; s = parentOf.get(s) ?? null) {
      const d = sectionDeadline.get(s);
      if (d) return d;
    }
    return null;
  };

  const seen = new Map<string, number>();
  const targets: ExtractedTarget[] = [];
  // A goals paragraph that opens with 到2026年 dates the paragraphs after it in its section.
  const sectionCarry = new Map<string | null, string>();
  let carry: string | null = null;
  let past = false;
  let currentBlock = -1;
  for (const a of analysed) {
    if (a.block !== currentBlock) {
      currentBlock = a.block;
      carry = sectionCarry.get(a.section) ?? null;
      past = false;
    }
    const firstInBlock = analysed.find((x) => x.block === a.block) === a;
    const opening = a.dates.find((d) => d.role !== 'base' && d.role !== 'recurring' && /^[\s(（]*(到|至|在|力争|争取)?\s*$/.test(a.view.slice(0, d.start)));
    // 2023年，全市地区生产总值达到3000亿元: a year before the plan opens a report of results.
    if (opening) past = opening.role === 'point' && ctx.since !== null && opening.from < ctx.since;
    if (/^[\s(（]*(截至|截止)/.test(a.view)) past = true;
    if (past || a.note || /(超额完成|已经完成|已完成|已建成|已达到)/.test(a.view)) continue;
    const note = notes.get(a.section);
    const quantities = findQuantities(a.view);
    const responsibleAt = (at: number): string[] => {
      if (note?.units.length) return [...new Set(note.units.map((m) => m.name))];
      const actors = a.mentions.filter(isActor);
      const clauseStart = lastIndexOfAny(a.view, at, '，,：:') + 1;
      const clauseEnd = firstIndexOfAny(a.view, at, '，,；;。：:');
      const inClause = actors.filter((m) => m.start >= clauseStart && m.end <= clauseEnd && m.role === 'actor' || m.start >= clauseStart && m.end <= clauseEnd && m.role === 'partner');
      const chosen = inClause.length ? inClause : actors.filter((m) => m.role === 'actor' || m.role === 'partner').length ? actors : sectionActors(a.section);
      return [...new Set(chosen.map((m) => m.name))];
    };
    const deadlineAt = (at: number, recurring: boolean): string | null => {
      const local = [...a.dates].reverse().find((d) => d.start < at && d.role !== 'base' && d.role !== 'recurring');
      // A recurring duty has no deadline unless its own sentence gives one.
      if (recurring) return local?.value ?? null;
      if (local) return local.value;
      if (note && note.deadline !== undefined) return note.deadline;
      return carry ?? inheritedDeadline(a.section);
    };
    const recurrenceAt = (q: Quantity): Recurrence | null => {
      if (TIME_UNITS.has(q.unit)) return null;
      if (note?.recurring) return note.recurring;
      const r = [...findRecurrences(a.view)].reverse().find((x) => x.end <= q.start);
      if (!r) return null;
      const dateBetween = a.dates.some((d) => d.start >= r.end && d.end <= q.start && d.role !== 'recurring');
      return dateBetween ? null : r.recurrence;
    };

    for (const q of quantities) {
      const text = a.sentence.text;
      const clause = a.view.slice(q.clause[0], q.clause[1]);
      const figure = `${q.value}${q.unit}`;
      targets.push({
        target: {
          id: targetId(ctx.slug, 'quantity', text, figure, seen),
          kind: 'quantity',
          text,
          phrase: text.slice(q.clause[0], q.clause[1]).trim(),
          indicator: indicatorOf(a.view.slice(q.clause[0], q.start), a.view.slice(q.end, q.clause[1])),
          indicatorId: null,
          value: q.value,
          unit: q.unit,
          comparator: q.comparator,
          deadline: deadlineAt(q.start, recurrenceAt(q) !== null),
          recurring: recurrenceAt(q),
          change: q.change,
          baseYear: a.dates.find((d) => d.role === 'base' && d.end <= q.start)?.from ?? (ctx.since !== null && /(较|比)上年/.test(a.view.slice(q.clause[0], q.start)) ? ctx.since - 1 : null),
          section: a.section,
          modality: ASPIRATION.test(a.view.slice(0, q.start)) || ASPIRATION.test(clause) ? 'aspirational' : 'binding',
          optional: false,
        },
        responsible: responsibleAt(q.start),
      });
    }
    const block = blocks[a.block];
    const datesMilestones = !(TITLE_LIKE.test(a.view) || PREAMBLE.test(a.view) || APPENDIX.test(a.view.trim()));
    // In a heading only a date in brackets is a milestone: (一)试点建设阶段(2022年12月底前).
    const milestoneDates = block.kind === 'heading' ? a.dates.filter((d) => /[(（]\s*$/.test(a.view.slice(0, d.start))) : a.dates;
    const milestones = datesMilestones ? findMilestones(a.view, milestoneDates, quantities) : [];
    for (const m of milestones) {
      const text = a.sentence.text.slice(0, m.end).replace(/[，,；;]\s*$/, '');
      targets.push(milestoneTarget(ctx, seen, a, text, m.date.value, null, m.vague, responsibleAt(m.date.start)));
    }
    const yearly = !milestones.length && datesMilestones && !quantities.length ? YEARLY_DEADLINE.exec(a.view) : null;
    if (yearly) targets.push(milestoneTarget(ctx, seen, a, a.sentence.text, null, 'year', false, responsibleAt(yearly.index)));
    // A date that opens a paragraph sets the deadline of what follows in it (到2025年，…).
    if (opening && firstInBlock) carry = opening.value;
    if (opening && firstInBlock && blocks[a.block].kind === 'paragraph') sectionCarry.set(a.section, opening.value);
  }
  return { targets, mentions: analysed.flatMap((a) => a.mentions.filter(isActor)) };
}

function milestoneTarget(
  ctx: TargetContext,
  seen: Map<string, number>,
  a: AnalysedSentence,
  text: string,
  deadline: string | null,
  recurring: Recurrence | null,
  vague: boolean,
  responsible: string[],
): ExtractedTarget {
  return {
    target: {
      id: targetId(ctx.slug, 'milestone', text, deadline ?? recurring ?? '', seen),
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
    },
    responsible,
  };
}

function lastIndexOfAny(text: string, before: number, chars: string): number {
  for (let i = before - 1; i >= 0; i--) if (chars.includes(text[i])) return i;
  return -1;
}

function firstIndexOfAny(text: string, from: number, chars: string): number {
  for (let i = from; i < text.length; i++) if (chars.includes(text[i])) return i;
  return text.length;
}
