// The total row of a table of quotas by year, as a keyed table reads (tables/keyed-rows.ts):
//   单位：人
//   总计 1445 555 1996年：1600；1997年：1800；1998年：2000
//   江苏 100 100 1996年：120；1997年：140；1998年：200
// The total row gives the plan's quota for each year, in the unit the table states; the
// other rows share it out among the bodies listed and are not targets of their own.
import type { Block } from '../../schema/document.ts';
import { fold } from '../text/fold.ts';
import { blockText } from '../text/block-text.ts';

export interface QuotaTotal {
  /** The block of the total row. */
  block: number;
  /** The row as printed. */
  text: string;
  unit: string;
  /** Each year's quota: [year, value]. */
  quotas: Array<[string, number]>;
}

const YEAR_CELL = /(\d{4})年[:：]\s*(\d+(?:\.\d+)?)(?=\s*(?:[；;]|$))/g;
const TOTAL = /^(?:总计|合计|共计)\s/;
const UNIT_LINE = /^(?:计量)?单位\s*[:：]\s*([\p{Script=Han}]{1,4})$/u;
/** Lines above the table's first row where its unit may be stated (title, 单位：人). */
const UNIT_REACH = 2;

const isRow = (text: string) => /\d{4}年[:：]\s*\d/.test(text);

export interface QuotaTables {
  totals: QuotaTotal[];
  /** Every row block of those tables: wholly the table's, not running text. */
  rows: Set<number>;
}

export function findQuotaTotals(blocks: readonly Block[]): QuotaTables {
  const printed = blocks.map((b) => blockText(b).trim());
  const texts = printed.map(fold);
  const totals: QuotaTotal[] = [];
  const rows = new Set<number>();
  for (let i = 0; i < texts.length; i++) {
    if (!TOTAL.test(texts[i]) || !isRow(texts[i])) continue;
    let first = i;
    while (first > 0 && isRow(texts[first - 1])) first--;
    let last = i;
    while (last + 1 < texts.length && isRow(texts[last + 1])) last++;
    const unit = texts
      .slice(Math.max(0, first - UNIT_REACH), first)
      .map((t) => UNIT_LINE.exec(t)?.[1])
      .find((u) => u !== undefined);
    if (!unit) continue;
    const quotas = [...texts[i].matchAll(YEAR_CELL)].map((m): [string, number] => [m[1], Number(m[2])]);
    totals.push({ block: i, text: printed[i], unit, quotas });
    for (let r = first; r <= last; r++) rows.add(r);
  }
  return { totals, rows };
}
