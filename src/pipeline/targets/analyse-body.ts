// The body read sentence by sentence: the dates, unit mentions and item notes of
// each, which the target rules then consult.
import type { Block } from '../../schema/document.ts';
import type { Recurrence } from '../../schema/record.ts';
import { findDatePhrases, type DatePhrase, type TimeFrame } from '../dates/date-phrases.ts';
import { fold } from '../text/fold.ts';
import { splitSentences, type Sentence } from '../text/sentences.ts';
import { bracketDivisions, findMentions, type Mention } from '../units/find-mentions.ts';
import { isAnnotationOnly, readAnnotation, type ItemAnnotation } from './item-annotations.ts';
import { SESSION } from '../meta/issue-date.ts';
import { blockText } from '../text/block-text.ts';

export interface AnalysedSentence {
  block: number;
  section: string | null;
  /** The first sentence of its block: a date there dates the whole paragraph. */
  opensBlock: boolean;
  sentence: Sentence;
  /** The folded sentence (same offsets as `sentence.text`). */
  view: string;
  dates: DatePhrase[];
  /** Bodies the sentence gives work to (actors and partners), or receives from. */
  mentions: Mention[];
  /** A 责任单位/完成时限 note: it assigns its item and states no target itself. */
  note: boolean;
  /** Titles, 三、2024年重点工作-like headings, preambles, attachment lists: they date nothing. */
  undated: boolean;
}

/** What a numbered item's notes say (责任单位, 牵头/配合, 完成时限). */
export interface ItemNote {
  units: Mention[];
  deadline?: string | null;
  recurring?: Recurrence | null;
}

export interface AnalysedBody {
  sentences: AnalysedSentence[];
  /** The notes of each section's items, all together. */
  notes: Map<string | null, ItemNote>;
  /** The notes of each paragraph that has its own, by block index: its targets' own item. */
  paragraphNotes: Map<number, ItemNote>;
}

const SIGNATURE = /^(中共)?[\p{Script=Han}()、]{2,30}(办公室|办公厅|人民政府|政府|委员会|局|厅|委)(\s+\S+)?$/u;
/** A title ends without a full stop: 县委…牵头做好…工作。 is a sentence. */
const TITLE_LIKE = /^[^，,；;。]*(通知|方案|计划|意见|办法|规划|要点|细则|纲要|清单|报告|目标|工作|情况|任务)\s*([(（][^()（）]*[)）])?$/;
const PREAMBLE = /^(为|根据|按照|依据)[^。]*(制定|提出|现将|印发)/;
const APPENDIX = /^(附件|附表|图解|政策问答|相关链接|相关解读)/;
/** 抄送：县委办公室，县人大常委会办公室: bodies sent a copy, given no work. */
const COPIED_TO = /^\s*(抄送|抄报|分送)\s*[:：]/;

/** Date phrases outside cited titles: a title's 2023—2025年 is no deadline. */
function datesOf(view: string, frame: TimeFrame): DatePhrase[] {
  return findDatePhrases(view, frame).filter((d) => {
    const before = view.slice(0, d.start);
    return (before.match(/《/g)?.length ?? 0) <= (before.match(/》/g)?.length ?? 0);
  });
}

/** `text` cut at `separator` where it stands outside brackets; the separators are kept as parts. */
function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  const at = new RegExp(separator.source, `${separator.flags.replace(/[gy]/g, '')}y`);
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0) {
      at.lastIndex = i;
      const m = at.exec(text);
      if (m) {
        parts.push(text.slice(start, i), m[0]);
        start = i + m[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * The units a note names (责任单位：省经济和信息化厅，省财政厅; （人民银行、银保监会负责）): every
 * name it lists is a unit by construction, found or not by the name patterns (设施养护处).
 */
function noteUnits(text: string, places: string[], known: readonly string[]): Mention[] {
  const units: Mention[] = [];
  let offset = 0;
  // Names hold 和 (省经济和信息化厅, 各相关部门和单位) and brackets with lists of their own
  // (区委宣传部（区文明办、区政府新闻办）): only list marks outside brackets separate them,
  // and 等 ends a list before its collective (人力资源社会保障部等有关部门和单位).
  for (const part of splitOutsideBrackets(text, /[、，,；;]|等(?=有关|相关|各|和|及)/)) {
    const start = offset;
    offset += part.length;
    const name = part
      .replace(/^\s*(?:以及|及|和)/, '')
      .replace(/(等(有关|相关)?(部门|单位)?|按职责分工)?\s*$/, '')
      .trim();
    if (!name || /^([、，,；;]|等)$/.test(part)) continue;
    // 市交通委（科信处、宣传处）: the divisions named are the units
    const bracket = name.search(/[（(][^（()）]+[）)]$/);
    const divisions = bracket > 0 ? bracketDivisions(name.slice(bracket)) : null;
    if (divisions) {
      const at = start + part.indexOf(name) + bracket;
      units.push(...divisions.map((d) => ({ start: at + d.start, end: at + d.end, name: d.name, written: d.name, role: 'actor' as const })));
      continue;
    }
    const found = findMentions(name, places, known).filter((m) => m.role !== 'recipient');
    const whole = found.length === 1 && found[0].end - found[0].start >= name.length - 1;
    if (found.length && (whole || name.length > 20)) {
      units.push(...found.map((m) => ({ ...m, start: m.start + start, end: m.end + start, role: 'actor' as const })));
    } else if (name.length >= 2 && name.length <= 24 && /^[\p{Script=Han}（）()、]+$/u.test(name)) {
      units.push({ start, end: start + name.length, name, written: name, role: 'actor' });
    }
  }
  return units;
}

/** What one more note of an item says, added to the note kept under `key`. */
function addNote<K>(notes: Map<K, ItemNote>, key: K, units: readonly Mention[], annotation: ItemAnnotation): void {
  const note = notes.get(key) ?? { units: [] };
  note.units.push(...units);
  if (annotation.deadline !== undefined) note.deadline = annotation.deadline;
  if (annotation.recurring !== undefined) note.recurring = annotation.recurring;
  notes.set(key, note);
}

export function analyseBody(blocks: readonly Block[], places: string[], frame: TimeFrame, known: readonly string[] = []): AnalysedBody {
  const nextText = (index: number) => fold(blocks[index + 1] ? blockText(blocks[index + 1]) : '');
  const sentences: AnalysedSentence[] = [];
  const notes = new Map<string | null, ItemNote>();
  const paragraphNotes = new Map<number, ItemNote>();
  blocks.forEach((block, index) => {
    const text = blockText(block);
    const view = fold(text);
    // The addressees of a 通知 (各乡(镇)党委、政府,县委各部委…:) receive it; no work is assigned there.
    const addressees = index < 6 && /[:：]$/.test(view.trim()) && /[、,，]/.test(view);
    // A signature line (镇康县人民政府办公室) names the issuer, who is not given work by it.
    const signature = SIGNATURE.test(view.trim());
    splitSentences(text).forEach((sentence, n) => {
      const sv = view.slice(sentence.start, sentence.end);
      const title = TITLE_LIKE.test(sv.trim()) || /关于印发/.test(sv);
      const preamble = PREAMBLE.test(sv);
      // Names keep the script they were printed in (發展改革局), for aliases.
      const annotation = readAnnotation(sv);
      // The names a note lists are read by noteUnits, whole (中央和国家机关工委, 中央军委政治工作部):
      // the parts the sentence's patterns would find inside them are not units of their own.
      const listed = (annotation?.unitText ?? []).flatMap((t) => {
        const at = sv.indexOf(t);
        return at < 0 ? [] : [[at, at + t.length]];
      });
      const mentions =
        addressees || signature || title || preamble || COPIED_TO.test(sv)
          ? []
          : findMentions(sv, places, known)
              .filter((m) => !listed.some(([from, to]) => m.start >= from && m.end <= to))
              .map((m) => (sv.slice(m.start, m.end) === m.name ? { ...m, written: sentence.text.slice(m.start, m.end) } : m));
      if (annotation) {
        const units = annotation.unitText.flatMap((t) => noteUnits(t, places, known));
        addNote(notes, block.section, units, annotation);
        addNote(paragraphNotes, index, units, annotation);
      }
      sentences.push({
        block: index,
        section: block.section,
        opensBlock: n === 0,
        sentence,
        view: sv,
        dates: datesOf(sv, frame),
        mentions,
        note: annotation !== null && isAnnotationOnly(sv),
        undated: title || preamble || APPENDIX.test(sv.trim()) || (index < 8 && (SESSION.test(sv) || SESSION.test(sv + nextText(index)))),
      });
    });
  });
  return { sentences, notes, paragraphNotes };
}
