// An HTML table as the grid it draws: a cell that spans rows (rowspan) stands in
// each row it covers, the way a merged 牵头单位 cell of a 分工 table applies to every
// task beside it; a cell that spans columns (colspan) fills its first column and
// leaves the others empty, so a spanning header (分年度招生任务 over 1996年 | 1997年)
// does not repeat and the row below names the columns.

export interface SpanCell {
  text: string;
  rowspan: number;
  colspan: number;
}

/** Spans beyond this are markup errors (rowspan="1000"), not tables. */
const MAX_SPAN = 100;

const span = (n: number) => (Number.isInteger(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1);

export function tableGrid(rows: readonly (readonly SpanCell[])[]): string[][] {
  // Cells carried down from rows above, by column: text and the rows they still cover.
  const carried = new Map<number, { text: string; left: number }>();
  const grid: string[][] = [];
  for (const row of rows) {
    const out: string[] = [];
    let column = 0;
    const takeCarried = () => {
      for (let c = carried.get(column); c; c = carried.get(column)) {
        out.push(c.text);
        if (--c.left === 0) carried.delete(column);
        column++;
      }
    };
    for (const cell of row) {
      takeCarried();
      const down = span(cell.rowspan);
      const across = span(cell.colspan);
      for (let i = 0; i < across; i++) {
        const text = i === 0 ? cell.text : '';
        if (down > 1) carried.set(column, { text, left: down - 1 });
        out.push(text);
        column++;
      }
    }
    takeCarried();
    // A cell carried past the row's own last cell keeps its column.
    for (const last = Math.max(-1, ...carried.keys()); column <= last;) {
      if (carried.has(column)) takeCarried();
      else {
        out.push('');
        column++;
      }
    }
    grid.push(out);
  }
  return grid;
}
