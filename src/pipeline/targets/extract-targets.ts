// Targets and milestones of a policy body, each with its deadline, recurrence and
// responsible units taken from its sentence, paragraph and numbered item. The kinds
// of target (kinds/) find them; this module walks the body and gives each sentence
// its context: the part it stands in, its item's notes, the dates around it.
import type { Block } from '../../schema/document.ts';
import type { Section, SectionRole } from '../../schema/record.ts';
import { findRecurrences } from '../dates/recurrence.ts';
import type { Mention } from '../units/find-mentions.ts';
import { analyseBody, type ItemNote } from './analyse-body.ts';
import { findQuantities } from './find-quantities.ts';
import { headingDeadlines, isActor, itemActors, responsibleAt } from './item-context.ts';
import { TARGET_KINDS } from './kinds/index.ts';
import { planLeads } from './plan-leads.ts';
import type { ExtractedTarget, SentenceScope, TargetContext } from './kinds/kind.ts';
import { targetId } from './target-id.ts';

export type { ExtractedTarget, TargetContext } from './kinds/kind.ts';

export interface Extraction {
  targets: ExtractedTarget[];
  /** Every unit mention that assigns work, for the document's unit list. */
  mentions: Mention[];
  /** Names (as written) of the units the plan as a whole makes lead or coordinator. */
  leads: string[];
}

/** Parts whose figures are commitments by where they stand. */
const COMMITTING: ReadonlySet<SectionRole> = new Set(['goals', 'tasks']);
/** Parts that hold no commitments: a review reports results, an annex defines terms. */
const NO_TARGETS: ReadonlySet<SectionRole> = new Set(['review', 'annex']);
/** Results already reached are no commitments. */
const ACHIEVED = /(超额完成|已经完成|已完成|已建成|已达到)/;
/** What may stand before a date that opens a sentence: 到, 力争, or a purpose (以…为目标，到2020年). */
const OPENING = /^[\s(（]*(?:以[^，,。；;]{1,40}为(?:目标|导向|主线)[，,]\s*)?(到|至|在|力争|争取)?\s*$/;
/** 国家实行…投资4万亿元, 自治区实行6000亿元的投资计划: a higher government's own measures, as its subject. */
const HIGHER_MEASURE = /^[\s(（]*(?:[一二三四五六七八九十]是)?(国家|中央|自治区|省)(?:实行|实施|出台|推出|安排|投资)/;
/** 我市确保…, 全市新建…: the sentence goes on to the document's own work, which it keeps. */
const OWN_SUBJECT = /(我|全|本)(市|省|区|县|州)/;

/** The government a body belongs to when it is above a city's or county's: 国务院 → 国家, 省委 → 省. */
const HIGHER_BODY = /^(?:(国务院|党中央|中共中央|中央(?=委|办|军委|和国家)|国家(?=[^级]))|(省|自治区)(?=委|政府|人民政府|人大|政协|[^\s]{1,8}[厅局委办]))/;

/** True when `subject` governs above the document's region: 国家 above any but 全国, a province above a city or county. */
function isHigher(subject: string, region: string | null | undefined): boolean {
  if (!region) return false;
  if (subject === '国家' || subject === '中央') return region !== '全国';
  return /(市|州|盟|地区|县|区|旗)$/.test(region) && !/(省|自治区)/.test(region);
}

/** 注：…, 1 指每万人口…: a note that defines a table's indicator commits to nothing. */
const DEFINITION = /^[\s(（]*(?:注\s*\d*\s*[:：]|\d{1,2}\s*[.．、]?\s*指|[\p{Script=Han}]{2,16}(?:是指|系指))/u;

/**
 * The note a sentence's targets take: a paragraph with a note of its own is an item of its own
 * (…给予奖补100万元。（责任单位：省经济和信息化厅、省财政厅）), what it leaves unsaid taken from the
 * notes of its section.
 */
function itemNote(paragraph: ItemNote | undefined, section: ItemNote | undefined): ItemNote | undefined {
  if (!paragraph || !section) return paragraph ?? section;
  return {
    units: paragraph.units.length ? paragraph.units : section.units,
    deadline: paragraph.deadline !== undefined ? paragraph.deadline : section.deadline,
    recurring: paragraph.recurring !== undefined ? paragraph.recurring : section.recurring,
  };
}

export function extractTargets(blocks: readonly Block[], sections: readonly Section[], ctx: TargetContext): Extraction {
  const { sentences, notes, paragraphNotes } = analyseBody(blocks, ctx.places, ctx.frame, ctx.known);
  const kinds = TARGET_KINDS.map((kind) => kind.prepare(blocks, ctx));
  const roleOf = new Map(sections.map((s) => [s.id, s.role]));
  const yearOfReport = ctx.workReport && ctx.frame.year !== null ? String(ctx.frame.year) : null;
  const item = itemActors(sentences);
  const headingDeadline = headingDeadlines(blocks, sentences, sections);
  const seen = new Map<string, number>();
  const targets: ExtractedTarget[] = [];
  // A paragraph that opens with a date (到2025年，…) dates what follows in it, and a
  // goals paragraph dates the paragraphs after it in its section, and the goals of the
  // parts inside a goals section ((一)…(六) under 二、工作目标 that opens 到2020年，…).
  const sectionCarry = new Map<string | null, string>();
  const parentOf = new Map(sections.map((s) => [s.id, s.parent]));
  const goalsCarry = (section: string | null): string | null => {
    for (let s = section ? (parentOf.get(section) ?? null) : null; s && roleOf.get(s) === 'goals'; s = parentOf.get(s) ?? null) {
      const d = sectionCarry.get(s);
      if (d) return d;
    }
    return null;
  };
  let carry: string | null = null;
  // “十四五”时期，A增长7%；B…；C达到58%。: clauses joined by ；are one sentence, which the
  // date opening its first clause dates.
  let clauseDate: string | null = null;
  // 2023年，全市地区生产总值达到3000亿元: a year before the plan opens a report of results.
  let history = false;

  for (const a of sentences) {
    if (a.opensBlock) {
      carry = sectionCarry.get(a.section) ?? null;
      history = false;
      clauseDate = null;
    }
    const opening = a.dates.find((d) => d.role !== 'base' && d.role !== 'recurring' && OPENING.test(a.view.slice(0, d.start)));
    if (opening) {
      const from = opening.role === 'point' ? opening.from : opening.role === 'period' ? Number(opening.value.slice(0, 4)) : Infinity;
      history = ctx.since !== null && from < ctx.since;
    }
    if (/^[\s(（]*(截至|截止)/.test(a.view)) history = true;
    const sentenceDate = clauseDate;
    clauseDate = /[；;]$/.test(a.view.trim()) ? (opening?.value ?? clauseDate) : null;
    const role = a.section ? (roleOf.get(a.section) ?? 'body') : 'body';
    const higher = HIGHER_MEASURE.exec(a.view);
    const othersMeasure = higher !== null && isHigher(higher[1], ctx.region) && !OWN_SUBJECT.test(a.view);
    if (history || a.note || ACHIEVED.test(a.view) || DEFINITION.test(a.view) || NO_TARGETS.has(role) || othersMeasure) continue;

    const note = itemNote(paragraphNotes.get(a.block), notes.get(a.section));
    const quantities = findQuantities(a.view, { cue: !COMMITTING.has(role) });
    const scope: SentenceScope = {
      a,
      block: blocks[a.block],
      role,
      ctx,
      note,
      quantities,
      recurrences: quantities.length ? findRecurrences(a.view) : [],
      deadlineAt: (at, recurring) => {
        const local = a.dates.filter((d) => d.start < at && d.role !== 'base' && d.role !== 'recurring').pop();
        if (local) return local.value;
        if (sentenceDate) return sentenceDate;
        // A recurring duty has no deadline unless its own sentence gives one.
        if (recurring) return null;
        if (note && note.deadline !== undefined) return note.deadline;
        return carry ?? headingDeadline(a.section) ?? (role === 'goals' ? goalsCarry(a.section) : null) ?? yearOfReport;
      },
      assigned: (at) => responsibleAt(a, at, note?.units ?? [], item(a.section)),
      id: (kind, text, key) => targetId(ctx.slug, kind, text, key, seen),
      earlier: [],
    };
    const found: ExtractedTarget[] = [];
    for (const find of kinds) {
      const result = find({ ...scope, earlier: found });
      found.push(...result.targets);
      if (result.claims) break;
    }
    targets.push(...found);

    if (opening && a.opensBlock) {
      carry = opening.value;
      if (blocks[a.block].kind === 'paragraph') sectionCarry.set(a.section, opening.value);
    } else if (opening?.leading && !quantities.length) {
      // 到2026年，…明显扩大。 heads the goals that follow it in the paragraph.
      carry = opening.value;
    }
  }
  // The document's units: the actors of its sentences and every unit its notes name. A
  // review reports what bodies did and an annex defines terms: neither gives work.
  const giving = (section: string | null) => !NO_TARGETS.has((section && roleOf.get(section)) || 'body');
  const noted = [...notes.entries()].filter(([section]) => giving(section)).flatMap(([, n]) => n.units);
  const leads = planLeads(sentences, (section) => (section && roleOf.get(section)) || 'body');
  // A higher government acting in the text (国务院还将出台…, in a city's report) is not given work by it.
  const own = (m: Mention) => {
    const higher = HIGHER_BODY.exec(m.name);
    return !higher || !isHigher(higher[1] ? '国家' : '省', ctx.region);
  };
  const actors = sentences.filter((a) => giving(a.section)).flatMap((a) => a.mentions.filter((m) => isActor(m) && own(m)));
  return { targets, mentions: [...actors, ...noted], leads };
}
