// Tables whose columns say what their cells mean: 分工 tables (序号 | 重点任务 | 牵头单位
// | 配合单位 | 完成时限), task lists by year (重点任务 | 2024年工作项目 | 2025年计划) and
// target tables (指标 | 2023年 | 2025年). Flattened cell by cell, the columns' meaning
// is lost; with each keyed cell written after its column label (牵头单位：…；完成时限：…,
// 2025年：70%以上), a row reads the way the extractor reads such notes in running text.
import { columnKind, isKeyedLabel } from './column-kind.ts';

export interface TableRow {
  cells: string[];
}

const MAX_HEADER = 16;
/** A year's cell this long is work in its own right: a line of its own, dated by its label. */
const SHORT_CELL = 12;

/** The lines one row of a keyed table reads as: its task, each year's work, its notes. */
export function keyedRowLines(header: readonly string[], row: TableRow): string[] {
  let number = '';
  const task: string[] = [];
  const dated: string[] = [];
  const ownLines: string[] = [];
  const notes: string[] = [];
  row.cells.forEach((cell, i) => {
    const label = header[i];
    if (!cell || label === undefined) return;
    const kind = columnKind(label);
    if (kind === 'number' && /^\d{1,3}$/.test(cell)) number = `${cell}.`;
    else if (kind === 'unit' || kind === 'time') notes.push(`${label}：${cell}`);
    else if (kind === 'year' || kind === 'value') (cell.length > SHORT_CELL ? ownLines : dated).push(`${label}：${cell}`);
    else task.push(cell);
  });
  const lines: string[] = [];
  const head = `${number}${task.join(' ')}`;
  if (head || dated.length) lines.push([head, dated.join('；')].filter(Boolean).join(' '));
  lines.push(...ownLines);
  if (notes.length) lines.push(notes.join('；'));
  return lines;
}

/** Columns of an indicator table: a measure (指标单位) or an attribute (约束性/预期性). */
export function isIndicatorTable(header: readonly string[]): boolean {
  return header.some((l) => columnKind(l) === 'attribute' || columnKind(l) === 'measure');
}

/** The lines a keyed table reads as, or null when its columns are not keyed. */
export function taskTableLines(rows: readonly TableRow[]): string[] | null {
  const headerAt = rows.findIndex((r) => r.cells.length > 1 && r.cells.every((c) => c.length <= MAX_HEADER) && r.cells.some(isKeyedLabel));
  if (headerAt < 0) return null;
  const header = rows[headerAt].cells;
  // An indicator table (指标 | 单位 | 目标值 | 属性) reads row by row as printed.
  if (isIndicatorTable(header)) return null;
  // A title row above the header (one cell across the table) stays in the text; the
  // header's labels are written beside each keyed cell instead.
  const lines = rows
    .slice(0, headerAt)
    .map((row) => row.cells.filter(Boolean))
    .filter((cells) => cells.length === 1)
    .map(([title]) => title);
  for (const row of rows.slice(headerAt + 1)) {
    if (row.cells.length !== header.length) {
      lines.push(row.cells.filter(Boolean).join(' '));
      continue;
    }
    lines.push(...keyedRowLines(header, row));
  }
  return lines;
}
