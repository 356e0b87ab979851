// 分工方案 often print their tasks as a table: 序号 | 重点任务 | 牵头单位 | 配合单位 |
// 完成时限. Flattened cell by cell, the columns' meaning is lost; written as a numbered
// task followed by labelled notes (牵头单位：…；完成时限：…), every row reads the way
// the extractor reads such notes in running text.

export interface TableRow {
  cells: string[];
}

const NUMBER = /^(序号|编号|序|No\.?)$/i;
const NOTE = /(牵头|责任|配合|协办|参与|主责)(单位|部门)|完成时限|完成时间|时间节点|时限|时间要求|进度安排/;
const MAX_HEADER = 10;

/** The lines a task table reads as, or null when the table is not one. */
export function taskTableLines(rows: readonly TableRow[]): string[] | null {
  const headerAt = rows.findIndex((r) => r.cells.length > 1 && r.cells.every((c) => c.length <= MAX_HEADER) && r.cells.some((c) => NOTE.test(c)));
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
    const notes: string[] = [];
    row.cells.forEach((cell, i) => {
      const label = header[i];
      if (!cell) return;
      if (NUMBER.test(label) && /^\d{1,3}$/.test(cell)) number = `${cell}.`;
      else if (NOTE.test(label)) notes.push(`${label}：${cell}`);
      else task.push(cell);
    });
    if (task.length) lines.push(`${number}${task.join(' ')}`);
    if (notes.length) lines.push(notes.join('；'));
  }
  return lines;
}
