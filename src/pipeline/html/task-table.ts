// Tables whose columns say what their cells mean: 分工 tables (序号 | 重点任务 | 牵头单位
// | 配合单位 | 完成时限) and target tables (指标 | 2023年 | 2025年). Flattened cell by
// cell, the columns' meaning is lost; with each keyed cell written after its column
// label (牵头单位：…；完成时限：…, 2025年：70%以上), a row reads the way the extractor
// reads such notes in running text.

export interface TableRow {
  cells: string[];
}

const NUMBER = /^(序号|编号|序|No\.?)$/i;
/** Columns that assign a task: written as a note line after it. */
const NOTE = /(牵头|责任|配合|协办|参与|主责)(单位|部门)|完成时限|完成时间|时间节点|时限|时间要求|进度安排/;
/** Columns that date a value: written inline, after the value's row label. */
const YEAR = /^(到)?\s*\d{4}\s*年(底|末)?(目标|目标值|预期)?$/;
const MAX_HEADER = 12;

/** The lines a keyed table reads as, or null when its columns are not keyed. */
export function taskTableLines(rows: readonly TableRow[]): string[] | null {
  const headerAt = rows.findIndex((r) => r.cells.length > 1 && r.cells.every((c) => c.length <= MAX_HEADER) && r.cells.some((c) => NOTE.test(c) || YEAR.test(c)));
  if (headerAt < 0) return null;
  const header = rows[headerAt].cells;
  const lines: string[] = [];
  for (const row of rows.slice(headerAt + 1)) {
    if (row.cells.length !== header.length) {
      lines.push(row.cells.filter(Boolean).join(' '));
      continue;
    }
    let number = '';
    const task: string[] = [];
    const dated: string[] = [];
    const notes: string[] = [];
    row.cells.forEach((cell, i) => {
      const label = header[i];
      if (!cell) return;
      if (NUMBER.test(label) && /^\d{1,3}$/.test(cell)) number = `${cell}.`;
      else if (NOTE.test(label)) notes.push(`${label}：${cell}`);
      else if (YEAR.test(label)) dated.push(`${label}：${cell}`);
      else task.push(cell);
    });
    const head = `${number}${task.join(' ')}`;
    if (head || dated.length) lines.push([head, dated.join('；')].filter(Boolean).join(' '));
    if (notes.length) lines.push(notes.join('；'));
  }
  return lines;
}
