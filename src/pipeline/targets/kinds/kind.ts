// A kind of target: how one shape of commitment is found in a sentence. Kinds are
// registered in index.ts, in the order they are asked; each gets the sentence with
// what the document and its item say around it, and returns the targets it finds.
import type { Block } from '../../../schema/document.ts';
import type { Recurrence, SectionRole, Target } from '../../../schema/record.ts';
import type { TimeFrame } from '../../dates/date-phrases.ts';
import type { RecurrenceMatch } from '../../dates/recurrence.ts';
import type { AnalysedSentence, ItemNote } from '../analyse-body.ts';
import type { Quantity } from '../find-quantities.ts';

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
  /** The region the document governs (全国, 广西壮族自治区, 防城港市 …), or null. */
  region?: string | null;
  /** Names of the unit directory (人民银行, 银保监会 …): units wherever a text names them. */
  known: readonly string[];
}

export interface ExtractedTarget {
  target: Omit<Target, 'responsible'>;
  /** Unit names as written; resolved to canonical names with the document's units. */
  responsible: string[];
}

/** One sentence and everything its item and document say about it. */
export interface SentenceScope {
  a: AnalysedSentence;
  block: Block;
  role: SectionRole;
  ctx: TargetContext;
  /** The notes of its item (责任单位, 完成时限 …), if any. */
  note: ItemNote | undefined;
  /** The figures of the sentence that are commitments (found once, shared by the kinds). */
  quantities: readonly Quantity[];
  recurrences: readonly RecurrenceMatch[];
  /** The deadline of a target standing at `at`: its clause, its item's note, its paragraph, its heading. */
  deadlineAt(at: number, recurring: boolean): string | null;
  /** The units a target standing at `at` is given to. */
  assigned(at: number): string[];
  /** A stable id for a target of this sentence. */
  id(kind: Target['kind'], text: string, key: string): string;
  /** What the kinds asked before found in this sentence. */
  earlier: readonly ExtractedTarget[];
}

export interface Found {
  targets: ExtractedTarget[];
  /** True when the sentence is wholly this kind's (a table row): later kinds do not look at it. */
  claims?: boolean;
}

export interface TargetKind {
  name: string;
  /** Read the whole document once (tables need their header); returns the finder for its sentences. */
  prepare(blocks: readonly Block[], ctx: TargetContext): (scope: SentenceScope) => Found;
}

/** 必须/要/确保 bind; 力争/争取/鼓励 aspire. */
export const ASPIRATION = /(力争|争取|鼓励|支持|引导|探索|努力|倡导|尽量|积极稳妥)/;

/** A milestone: a dated commitment without a measured value. */
export function milestoneTarget(
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
