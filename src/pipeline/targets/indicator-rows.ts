// The rows of an indicator table (指标 / 单位 / 属性 约束性·预期性 / 2025年目标值), one row
// a line as a PDF copy or a rebuilt flattened table prints it:
//   1 全市生产总值年均增长率 % 预期性 - 5左右
//   1 保护修缮 居住类历史建筑全项目修缮建筑面积 万平方米 30 约束性
// Each row is a target for the table's year (its header's 2025年, else the plan's end).
// Values read as printed: 5左右 (~), >60 (>=), <5.5 (<=), [20] and [累计达到1000]
// (cumulative over the period); a row without a number (基本消除) is a milestone.
import type { Block } from '../../schema/document.ts';
import type { Comparator } from '../../schema/record.ts';
import { fold } from '../text/fold.ts';
import { blockText } from '../text/block-text.ts';

export interface IndicatorRow {
  block: number;
  /** The row as printed. */
  text: string;
  indicator: string | null;
  value: number | null;
  unit: string | null;
  comparator: Comparator | null;
  change: 'increase' | 'decrease' | null;
  deadline: string | null;
  /** A row without a number that only aspires (与经济增长基本同步, [确保完成国家要求]). */
  vague: boolean;
}

const ATTRIBUTE = /^(预期性|约束性)$/;
const HEADER = /属\s*性/;
const YEAR = /(\d{4})\s*年/;
const MEASURE = /^(%|％|‰|[-—–]|[\p{Script=Han}]{1,5}(\/[\p{Script=Han}]{1,3})?)$/u;
const VALUE = /^([<>≤≥＜＞])?\s*(约)?\s*(\d+(?:\.\d+)?)\s*(左右)?$/;
const CUMULATIVE = /^\[\s*(?:累计|累计达到|五年累计)?\s*(约)?\s*(\d+(?:\.\d+)?)\s*\]$/;
const EMPTY = /^[-—–/]+$/;
const VAGUE = /(确保完成|基本同步|同步增长|国家要求|持续|稳步|不断)/;
const MAGNITUDE: Array<[RegExp, number]> = [
  [/^万亿/, 1e12],
  [/^亿/, 1e8],
  [/^万(?!元\/)/, 1e4],
  [/^万(?=元\/)/, 1e4],
];

const textOf = (b: Block) => blockText(b).trim();
const tokensOf = (text: string) => fold(text).trim().split(/\s+/);

interface TableContext {
  year: string | null;
  /** Values follow the attribute column (…属性 2025年 年均[累计]) or stand before it (2025年目标值 属性). */
  valuesAfter: boolean;
  /** The value columns after the attribute hold, in order: the year's level, then a yearly or cumulative figure. */
  cumulativeSecond: boolean;
}

function contextFrom(headerText: string, planEnd: number | null): TableContext {
  const view = fold(headerText).replace(/\s+/g, ' ');
  const attribute = view.search(HEADER);
  const year = YEAR.exec(view);
  const valuesAfter = year !== null && year.index > attribute;
  return {
    year: year ? year[1] : planEnd !== null ? String(planEnd) : null,
    valuesAfter,
    cumulativeSecond: /(年均|累计)/.test(view.slice(Math.max(attribute, 0))),
  };
}

/** 万平方米 30 → 300000 平方米; 万元/人 36 → 360000 元/人; 人/亿元 stays (亿 divides). */
function normalise(value: number, measure: string): { value: number; unit: string } {
  const unit = measure.replace('％', '%');
  for (const [re, factor] of MAGNITUDE) {
    if (re.test(unit) && unit.length > 1) return { value: Number((value * factor).toPrecision(12)), unit: unit.replace(re, '') };
  }
  return { value, unit };
}

function readValue(token: string): { value: number; comparator: Comparator; cumulative: boolean } | null {
  const v = VALUE.exec(token);
  if (v) {
    const bound = v[1];
    const comparator: Comparator = bound && /[>＞≥]/.test(bound) ? '>=' : bound ? '<=' : v[2] || v[4] ? '~' : '=';
    return { value: Number(v[3]), comparator, cumulative: false };
  }
  const c = CUMULATIVE.exec(token);
  if (c) return { value: Number(c[2]), comparator: c[1] ? '~' : '=', cumulative: true };
  return null;
}

/** Neighbouring lines a PDF split a row's label or measure onto: 全社会研发经费支出相当于 / 6 % 预期性 4.5左右 - / 全市生产总值比例. */
function fragments(blocks: readonly Block[], i: number): { before: string; after: string } {
  const near = (j: number) =>
    j >= 0 &&
    j < blocks.length &&
    blocks[j].kind === 'paragraph' &&
    !tokensOf(textOf(blocks[j])).some((t) => ATTRIBUTE.test(t)) &&
    textOf(blocks[j]).length <= 24
      ? textOf(blocks[j])
      : '';
  return { before: near(i - 1), after: near(i + 1) };
}

export interface IndicatorTables {
  rows: IndicatorRow[];
  /** The lines of table headers (序号 指标 单位 属性 / 2025年 年均[累计]): labels, never targets. */
  headers: Set<number>;
}

export function findIndicatorRows(blocks: readonly Block[], planEnd: number | null): IndicatorTables {
  const rows: IndicatorRow[] = [];
  const headers = new Set<number>();
  let context: TableContext | null = null;
  let headerSeenAt = -Infinity;
  blocks.forEach((block, i) => {
    const text = textOf(block);
    const tokens = tokensOf(text);
    const k = tokens.findIndex((t) => ATTRIBUTE.test(t));
    if (k < 0) {
      // A header names the attribute column; its year may sit a few lines below (2025年 年均[累计]).
      if (HEADER.test(text) && text.length <= 60) {
        const window = blocks.map((b, j) => ({ j, t: textOf(b) })).slice(Math.max(0, i - 3), i + 4);
        const around = window.filter(({ t }) => t.length <= 60 && !tokensOf(t).some((x) => ATTRIBUTE.test(x)));
        context = contextFrom(around.map(({ t }) => t).join(' '), planEnd);
        headerSeenAt = i;
        // The header's own lines up to the first row: 序 “十四五”目标 / 指 标 单位 属性 / 号 / 2025年 年均[累计].
        for (const { j, t } of window)
          if (j >= i - 2 && j <= i + 3 && t.length <= 30 && !tokensOf(t).some((x) => ATTRIBUTE.test(x)) && !/[。，；]/.test(t)) headers.add(j);
      }
      return;
    }
    // Rows belong to a table whose header came shortly before; without one, a lone 约束性 is text.
    if (!context || i - headerSeenAt > 200) return;
    const ctx: TableContext = context;
    const first = /^\d{1,2}$/.test(tokens[0]) ? 1 : 0;
    let valueTokens: string[];
    let measure: string | null = null;
    let nameEnd: number;
    if (ctx.valuesAfter) {
      valueTokens = tokens.slice(k + 1);
      if (k - 1 >= first && MEASURE.test(tokens[k - 1])) {
        measure = tokens[k - 1];
        nameEnd = k - 1;
      } else {
        nameEnd = k;
      }
    } else {
      valueTokens = k - 1 >= first ? [tokens[k - 1]] : [];
      measure = k - 2 >= first && MEASURE.test(tokens[k - 2]) ? tokens[k - 2] : null;
      nameEnd = measure ? k - 2 : k - 1;
    }
    const { before, after } = fragments(blocks, i);
    // A measure a PDF split over two lines: 万元/ above the row, 人 below it.
    if (!measure && /^[\p{Script=Han}]{0,3}\/[\p{Script=Han}]{0,2}$/u.test(before) && /^[\p{Script=Han}]{1,3}$/u.test(after)) measure = `${before}${after}`;
    const nameTokens = tokens.slice(first, nameEnd);
    const name = nameTokens.join('') || `${before}${after}`.replace(/\/.*$/, '') || null;
    const filled = valueTokens.map((t, n) => ({ t, n })).filter(({ t }) => !EMPTY.test(t));
    if (!filled.length) return;
    const { t: token, n: column } = filled[0];
    const read = readValue(token);
    const trend = /(增长|提升|提高|增加)/.test(name ?? '') ? 'increase' : /(降低|下降|减少)/.test(name ?? '') ? 'decrease' : null;
    const yearlyOrCumulative = (ctx.valuesAfter && ctx.cumulativeSecond && column === 1) || (read?.cumulative ?? false);
    if (read) {
      const { value, unit } = measure && !EMPTY.test(measure) ? normalise(read.value, measure) : { value: read.value, unit: null };
      rows.push({
        block: i,
        text,
        indicator: name,
        value,
        unit,
        comparator: read.comparator,
        change: yearlyOrCumulative ? trend : null,
        deadline: ctx.year,
        vague: false,
      });
    } else {
      rows.push({ block: i, text, indicator: name, value: null, unit: null, comparator: null, change: null, deadline: ctx.year, vague: VAGUE.test(token) });
    }
  });
  return { rows, headers };
}
