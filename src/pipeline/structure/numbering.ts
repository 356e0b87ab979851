// Section numbers as Chinese plans print them: 一、 (一) 1. (1) ① 第一章 第一条.
import { fold } from '../text/fold.ts';

export type NumberingStyle = 'chapter' | 'article' | 'cn' | 'cn-paren' | 'decimal-2' | 'decimal-3' | 'decimal-4' | 'arabic' | 'arabic-paren' | 'circled';

export interface Numbering {
  style: NumberingStyle;
  /** The marker as printed, e.g. "(一)" or "1 ." */
  marker: string;
}

const NOT_A_UNIT = '(?!万|亿|千|百|元|个|倍|公里|米|吨|亩|人|家|所|项|年|月|日|%|‰)';
// Only 2.3 can be a figure (2.5 万人); 2.3.1 never is.
const DECIMAL = (dots: number) => new RegExp(`^\\d{1,2}(?:\\.\\d{1,2}){${dots}}(?![\\d.])\\s*${dots === 1 ? NOT_A_UNIT : ''}(?=[“"《\\p{Script=Han}])`, 'u');

const PATTERNS: Array<[NumberingStyle, RegExp]> = [
  ['chapter', /^第[一二三四五六七八九十百零〇]+[章编]\s*/],
  ['article', /^第[一二三四五六七八九十百零〇]+条\s*/],
  ['cn', /^[一二三四五六七八九十]{1,3}\s*[、.]\s*/],
  ['cn-paren', /^[(]\s*[一二三四五六七八九十]{1,3}\s*[)]\s*/],
  ['arabic-paren', /^[(]\s*\d{1,2}\s*[)]\s*/],
  // Outlines number by chapter: 2.3, 2.3.1 — before a title, never before a unit (4.5%左右, 2.5万人).
  ['decimal-4', DECIMAL(3)],
  ['decimal-3', DECIMAL(2)],
  ['decimal-2', DECIMAL(1)],
  ['arabic', /^\d{1,2}\s*[.、](?!\d)\s*/],
  ['circled', /^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*/],
];

/** The numbering that opens `text`, if any (full-width forms accepted). */
export function numberingAt(text: string): Numbering | null {
  // Markers are short: folding the head of the text is enough.
  const view = fold(text.slice(0, 16));
  for (const [style, re] of PATTERNS) {
    const m = re.exec(view);
    if (m) return { style, marker: text.slice(0, m[0].length) };
  }
  return null;
}

/** A regex (over folded text) finding candidate numbering markers inside a line. */
export const INLINE_MARKER =
  /第[一二三四五六七八九十百零〇]+[章编条]|[一二三四五六七八九十]{1,3}、|\(\s*[一二三四五六七八九十]{1,3}\s*\)|\(\s*\d{1,2}\s*\)|(?<![\d.])\d{1,2}\s*[.、](?![\d])|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/g;
