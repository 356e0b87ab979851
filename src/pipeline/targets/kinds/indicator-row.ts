// Rows of an indicator table (指标 | 单位 | 属性 | 2025年目标值): each row a target for the
// table's year, read by findIndicatorRows; the row is wholly this kind's.
import { findIndicatorRows, type IndicatorRow } from '../indicator-rows.ts';
import { milestoneTarget, type SentenceScope, type TargetKind } from './kind.ts';

export const indicatorRowKind: TargetKind = {
  name: 'indicator-row',
  prepare: (blocks, ctx) => {
    const tables = findIndicatorRows(blocks, ctx.frame.planEnd);
    const rows = new Map<number, IndicatorRow>(tables.rows.map((row) => [row.block, row]));
    return (scope: SentenceScope) => {
      const row = rows.get(scope.a.block);
      if (!row) return { targets: [], claims: tables.headers.has(scope.a.block) };
      const { a } = scope;
      if (row.value === null) {
        const target = milestoneTarget(scope.id('milestone', row.text, row.deadline ?? ''), a, row.text, row.deadline, null, row.vague);
        return { targets: [{ target: { ...target, indicator: row.indicator }, responsible: [] }], claims: true };
      }
      return {
        targets: [
          {
            target: {
              id: scope.id('quantity', row.text, `${row.value}${row.unit ?? ''}`),
              kind: 'quantity',
              text: row.text,
              phrase: row.text,
              indicator: row.indicator,
              indicatorId: null,
              value: row.value,
              unit: row.unit,
              comparator: row.comparator,
              deadline: row.deadline,
              recurring: null,
              change: row.change,
              baseYear: null,
              section: a.section,
              modality: 'binding',
              optional: false,
            },
            responsible: [],
          },
        ],
        claims: true,
      };
    };
  },
};
