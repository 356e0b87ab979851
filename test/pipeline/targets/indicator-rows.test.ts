// Indicator tables as a PDF copy of a five-year outline prints them (values after the
// attribute column, labels and measures split onto neighbouring lines) and as a
// rebuilt archive table (values before it).
import { describe, expect, it } from 'vitest';
import { findIndicatorRows } from '../../../src/pipeline/targets/indicator-rows.ts';
import type { Block } from '../../../src/schema/document.ts';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', section: 's2', segments: [{ text, targets: [] }] }));
const read = (lines: string[], planEnd: number | null = 2025) =>
  findIndicatorRows(blocks(lines), planEnd).rows.map((r) => [r.value, r.unit, r.comparator, r.change, r.deadline, r.indicator]);

describe('findIndicatorRows', () => {
  const outline = [
    '上海市“十四五”规划《纲要》主要指标',
    '序 “十四五”目标',
    '指 标 单位 属性',
    '号',
    '2025年 年均[累计]',
    '1 全市生产总值年均增长率 % 预期性 - 5左右',
    '万元/',
    '2 全员劳动生产率 预期性 36左右 -',
    '人',
    '3 单位建设用地生产总值提升 % 预期性 - [20]',
    '5 在沪跨国公司地区总部数量 家 预期性 - [累计达到1000]',
    '全社会研发经费支出相当于',
    '6 % 预期性 4.5左右 -',
    '全市生产总值比例',
    '10 城镇调查失业率 % 预期性 - <5.5',
    '13 居民平均预期寿命 岁 预期性 >84 -',
    '14 单位生产总值能源消耗降低 % 约束性 - [确保完成国家要求]',
  ];

  it('reads values after the attribute: 左右, cumulative [20], >, <, a split measure 万元/人 and a split label', () => {
    expect(read(outline)).toEqual([
      [5, '%', '~', 'increase', '2025', '全市生产总值年均增长率'],
      [360000, '元/人', '~', null, '2025', '全员劳动生产率'],
      [20, '%', '=', 'increase', '2025', '单位建设用地生产总值提升'],
      [1000, '家', '=', null, '2025', '在沪跨国公司地区总部数量'],
      [4.5, '%', '~', null, '2025', '全社会研发经费支出相当于全市生产总值比例'],
      [5.5, '%', '<=', null, '2025', '城镇调查失业率'],
      [84, '岁', '>=', null, '2025', '居民平均预期寿命'],
      [null, null, null, null, '2025', '单位生产总值能源消耗降低'],
    ]);
    const { headers, rows } = findIndicatorRows(blocks(outline), 2025);
    expect(rows.at(-1)?.vague).toBe(true);
    expect([...headers]).toEqual(expect.arrayContaining([1, 2, 3, 4]));
  });

  it('reads values before the attribute in a rebuilt archive table', () => {
    const table = [
      '序号 类型 指标名称 指标单位 2025年目标值 属性',
      '1 保护修缮 居住类历史建筑全项目修缮建筑面积 万平方米 30 约束性',
      '7 老旧住宅综合修缮改造受益户数 万户 >2 约束性',
      '5 民生改善 消除老旧小区手拎马桶 — 基本消除 约束性',
    ];
    expect(read(table)).toEqual([
      [300000, '平方米', '=', null, '2025', '保护修缮居住类历史建筑全项目修缮建筑面积'],
      [20000, '户', '>=', null, '2025', '老旧住宅综合修缮改造受益户数'],
      [null, null, null, null, '2025', '民生改善消除老旧小区手拎马桶'],
    ]);
  });

  it('a 约束性 in running text without a table header is no row', () => {
    expect(read(['这是约束性 指标 30'])).toEqual([]);
    expect(read(['1 指标 % 约束性 30'])).toEqual([]);
  });
});
