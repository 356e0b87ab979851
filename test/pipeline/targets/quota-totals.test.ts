import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/schema/document.ts';
import { findQuotaTotals } from '../../../src/pipeline/targets/quota-totals.ts';
import { realCorpusRead } from '../support.ts';

const blocksOf = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', section: null, segments: [{ text, targets: [] }] }));
const FILE = '05-national-inland-tibetan-classes-expansion-notice-1996.html';

describe('findQuotaTotals', () => {
  it('reads the total row of a table of quotas by year, and claims every row of the table', async () => {
    const rows = await Promise.all(
      ['单位：人', '总计 1445 555 1996年：1600；1997年：1800；1998年：2000', '江苏 100 100 1996年：120；1997年：140；1998年：200'].map((l) =>
        realCorpusRead(FILE, l),
      ),
    );
    const found = findQuotaTotals(blocksOf(['计划表', ...rows, '（三）各有关省（市）要认真落实。']));
    expect(found.totals).toEqual([
      {
        block: 2,
        text: '总计 1445 555 1996年：1600；1997年：1800；1998年：2000',
        unit: '人',
        quotas: [
          ['1996', 1600],
          ['1997', 1800],
          ['1998', 2000],
        ],
      },
    ]);
    expect([...found.rows]).toEqual([2, 3]);
  });

  it('finds a total row below the other rows', () => {
    const found = findQuotaTotals(blocksOf(['单位：所', '城区 2024年：3；2025年：4', '合计 2024年：5；2025年：6']));
    expect(found.totals.map((t) => [t.block, t.quotas])).toEqual([
      [
        2,
        [
          ['2024', 5],
          ['2025', 6],
        ],
      ],
    ]);
  });

  it('reads nothing without a stated unit, without a total row, or from running text', () => {
    expect(findQuotaTotals(blocksOf(['总计 2024年：5；2025年：6'])).totals).toEqual([]);
    expect(findQuotaTotals(blocksOf(['单位：人', '城区 2024年：3；2025年：4'])).totals).toEqual([]);
    expect(findQuotaTotals(blocksOf(['单位：人', '合计完成2025年目标任务的90%'])).totals).toEqual([]);
    expect(findQuotaTotals([]).totals).toEqual([]);
  });
});
