// The total row of a table of quotas by year (quota-totals.ts): a target per year, due
// that year; the table's other rows are claimed, so no kind reads their shares as targets.
import { findQuotaTotals, type QuotaTotal } from '../quota-totals.ts';
import type { ExtractedTarget, TargetKind } from './kind.ts';

export const quotaTotalRowKind: TargetKind = {
  name: 'quota-total-row',
  prepare: (blocks) => {
    const tables = findQuotaTotals(blocks);
    const totals = new Map<number, QuotaTotal>(tables.totals.map((t) => [t.block, t]));
    return (scope) => {
      const { a } = scope;
      if (!tables.rows.has(a.block)) return { targets: [] };
      const total = totals.get(a.block);
      // The row may read as several sentences (…1996年：1600；1997年：1800): its targets come with the first.
      if (!total || !a.opensBlock) return { targets: [], claims: true };
      const targets = total.quotas.map(([year, value]): ExtractedTarget => ({
        target: {
          id: scope.id('quantity', total.text, `${year}:${value}${total.unit}`),
          kind: 'quantity',
          text: total.text,
          phrase: total.text,
          indicator: null,
          indicatorId: null,
          value,
          unit: total.unit,
          comparator: '=',
          deadline: year,
          recurring: null,
          change: null,
          baseYear: null,
          section: a.section,
          modality: 'binding',
          optional: false,
        },
        responsible: [],
      }));
      return { targets, claims: true };
    };
  },
};
