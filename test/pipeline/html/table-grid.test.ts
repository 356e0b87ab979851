import { describe, expect, it } from 'vitest';
import { tableGrid, type SpanCell } from '../../../src/pipeline/html/table-grid.ts';

const cell = (text: string, rowspan = 1, colspan = 1): SpanCell => ({ text, rowspan, colspan });

describe('tableGrid', () => {
  it('puts a merged 牵头单位 cell in every row it spans', () => {
    const grid = tableGrid([
      [cell('序号'), cell('重点任务'), cell('牵头单位')],
      [cell('1'), cell('完善学前教育资助制度'), cell('县教育体育局', 2)],
      [cell('2'), cell('新建公办幼儿园3所')],
      [cell('3'), cell('补充保育员20名'), cell('县人社局')],
    ]);
    expect(grid).toEqual([
      ['序号', '重点任务', '牵头单位'],
      ['1', '完善学前教育资助制度', '县教育体育局'],
      ['2', '新建公办幼儿园3所', '县教育体育局'],
      ['3', '补充保育员20名', '县人社局'],
    ]);
  });

  it('lets a two-row header name each column: a spanning label fills its first column only', () => {
    // The shape of an allocation table: 省（市）| 1995年招生人数 | 扩招 | 分年度招生任务 over 1996年 1997年 1998年.
    const grid = tableGrid([
      [cell('省（市）', 2), cell('1995年招生人数', 2), cell('扩招', 2), cell('分年度招生任务', 1, 3)],
      [cell('1996年'), cell('1997年'), cell('1998年')],
      [cell('总计'), cell('1445'), cell('555'), cell('1600'), cell('1800'), cell('2000')],
    ]);
    expect(grid[0]).toEqual(['省（市）', '1995年招生人数', '扩招', '分年度招生任务', '', '']);
    expect(grid[1]).toEqual(['省（市）', '1995年招生人数', '扩招', '1996年', '1997年', '1998年']);
    expect(grid[2]).toHaveLength(6);
  });

  it('keeps the column of a merged cell in the last column when the row has fewer cells of its own', () => {
    const grid = tableGrid([[cell('任务一'), cell('2024年', 1), cell('县财政局', 2)], [cell('任务二')]]);
    expect(grid[1]).toEqual(['任务二', '', '县财政局']);
  });

  it('reads spans that are no numbers, zero or absurd as markup errors, not as tables of a million rows', () => {
    const grid = tableGrid([
      [cell('甲', Number('abc')), cell('乙', 0, -3), cell('丙', 1_000_000)],
      [cell('丁'), cell('戊')],
    ]);
    expect(grid[0]).toEqual(['甲', '乙', '丙']);
    expect(grid[1]).toEqual(['丁', '戊', '丙']);
    expect(tableGrid(Array.from({ length: 200 }, () => [cell('x'), cell('y')])).length).toBe(200);
  });

  it('gives an empty table as no rows', () => {
    expect(tableGrid([])).toEqual([]);
  });
});
