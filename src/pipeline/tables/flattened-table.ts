// Tables that a page or an export flattened to one cell per line: a run of column
// labels (序号 / 任务内容 / 牵头部门 / 配合部门 / 时间节点, 指标名称 / 指标单位 / 2025年目标值 /
// 属性), then the cells of each row, blank cells dropped and merged cells written once.
// The rows are put back: each cell goes to the column whose kind it fits, in order, and
// a row becomes the lines a keyed table reads as (the task, each year's work, its notes)
// or, for an indicator table, one line of its cells.
import { fold } from '../text/fold.ts';
import { columnKind, fitness, isKeyedLabel, LABEL_END, type ColumnKind } from './column-kind.ts';
import { isIndicatorTable, keyedRowLines } from './keyed-rows.ts';

export interface RebuiltLines {
  lines: string[];
  /** Output lines that start a row with no number of its own (a town's targets): each is an item. */
  rowStarts: Set<number>;
}

const MAX_LABEL = 16;
const ATTACHMENT = /^附\s*件/;
const TASK_MARKER = /^[(（]\s*\d{1,3}\s*[)）]/;
const GROUP_MARKER = /^([(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|\d{1,2}\s*[、.．])/;
const MARKER_ONLY = /^[(（]?\s*[一二三四五六七八九十\d]{1,3}\s*[)）、.．]?$/;
/** Words of column labels that hold text: 任务名称, 任务内容, 指标名称, 类型 …. */
const COLUMN_WORD = /(名称|内容|任务|类型|分类|方向|指标|领域|项目|序号|事项|措施)/;
/** Columns a row always fills: a flattened row is not over before it has them. */
const REQUIRED: ReadonlySet<ColumnKind> = new Set(['attribute', 'measure', 'value', 'time']);

function isLabelLine(line: string): boolean {
  const l = fold(line).trim();
  // A body's name (罗店镇, 区绿化市容局) is a cell, not a label.
  const body = [...l].length >= 3 && columnKind(l) === 'text' && fitness(l, 'unit') === 2;
  return l.length > 0 && [...l].length <= MAX_LABEL && !/[。，,；;：:]/.test(l) && !/^\d+$/.test(l) && !MARKER_ONLY.test(l) && !ATTACHMENT.test(l) && !body;
}

/** Column labels from a run of label lines, fragments put back together (牵头 / 部门 → 牵头部门). */
function labelsOf(run: readonly string[]): string[] {
  const labels: string[] = [];
  for (const raw of run) {
    const l = raw.trim();
    const last = labels[labels.length - 1];
    if (last !== undefined && [...last].length <= 2 && [...l].length <= 2 && LABEL_END.test(l) && columnKind(last) === 'text') {
      labels[labels.length - 1] = last + l;
    } else {
      labels.push(l);
    }
  }
  return labels;
}

interface Header {
  start: number;
  end: number;
  labels: string[];
  kinds: ColumnKind[];
}

function headerAt(lines: readonly string[], i: number): Header | null {
  let j = i;
  while (j < lines.length && isLabelLine(lines[j])) j++;
  if (j - i < 2) return null;
  const labels = labelsOf(lines.slice(i, j));
  const kinds = labels.map(columnKind);
  // Cells can look like labels (区绿化市容局 / 2019年): a header names columns, never bodies.
  const known = labels.filter((l, k) => kinds[k] !== 'text' || COLUMN_WORD.test(l)).length;
  if (known < 2 || !labels.some(isKeyedLabel) || labels.some((l, k) => kinds[k] === 'text' && fitness(l, 'unit') === 2)) return null;
  // A header is followed by its cells: a row number, a group, a task or a unit.
  return j < lines.length ? { start: i, end: j, labels, kinds } : null;
}

/** The best assignment of a row's cells to its columns (in order, several cells may share a unit or text column). */
function align(cells: readonly string[], kinds: readonly ColumnKind[]): string[][] {
  const n = cells.length;
  const m = kinds.length;
  const memo = new Map<string, { score: number; to: number[] }>();
  const score = (cell: string, kind: ColumnKind) => {
    const f = fitness(cell, kind);
    return f === 0 ? -5 : f;
  };
  const best = (i: number, j: number): { score: number; to: number[] } => {
    if (i === n) return { score: 0, to: [] };
    if (j === m) return { score: -100 * (n - i), to: [] };
    const key = `${i}:${j}`;
    const known = memo.get(key);
    if (known) return known;
    const here = score(cells[i], kinds[j]);
    const options = [
      { rest: best(i + 1, j + 1), add: here, col: j },
      { rest: best(i, j + 1), add: 0, col: -1 },
    ];
    if (kinds[j] === 'unit' || kinds[j] === 'text' || kinds[j] === 'year') options.push({ rest: best(i + 1, j), add: here - 1, col: j });
    let result = { score: -Infinity, to: [] as number[] };
    for (const o of options) {
      const s = o.add + o.rest.score;
      if (s > result.score) result = { score: s, to: o.col < 0 ? o.rest.to : [o.col, ...o.rest.to] };
    }
    memo.set(key, result);
    return result;
  };
  const columns: string[][] = kinds.map(() => []);
  best(0, 0).to.forEach((col, i) => columns[col].push(cells[i].trim()));
  return columns;
}

const joinCells = (kind: ColumnKind, parts: readonly string[]) => parts.join(kind === 'unit' ? '、' : ' ');

/**
 * A cell of several items, flattened to a line each: an item ending in ；goes on in the next line
 * (2024年 / 完成…AE岛更新项目； / 完成…座椅更新； / …改造。 is one cell of three items), and a
 * note (注：以…为准) is part of the cell it follows.
 */
function wholeCells(lines: readonly string[]): string[] {
  const cells: string[] = [];
  for (const line of lines) {
    const last = cells.length - 1;
    if (last >= 0 && (/[；;]\s*$/.test(cells[last]) || /^\s*注\s*[：:]/.test(line))) cells[last] = `${cells[last]} ${line}`;
    else cells.push(line);
  }
  return cells;
}

interface Row {
  cells: string[];
  /** Lines to keep before the row as they are (group headings of a task list). */
  before: string[];
}

/** Rows of a table body: by the 序号 column, by task markers （1）, or by the unit each row belongs to. */
function rowsOf(body: readonly string[], header: Header): Row[] {
  const numbered = header.kinds[0] === 'number';
  const byUnit = header.kinds[0] === 'unit';
  const rows: Row[] = [];
  const required = header.kinds.filter((k) => REQUIRED.has(k)).length + (header.kinds.includes('text') ? 1 : 0);
  // Rows are numbered from 1, or from where a table broken over pages goes on.
  let expected = Number(/^\d{1,3}$/.exec(fold(body[0] ?? '').trim())?.[0] ?? 1);
  let pending: string[] = [];
  let current: Row | null = null;
  for (let k = 0; k < body.length; k++) {
    const line = body[k].trim();
    const view = fold(line);
    // A value cell can be the next row's number (…处 / 4 / 预期性 / 4 / …): a row ends only when it has its cells.
    const complete = !current || current.cells.length - 1 >= required;
    const startsRow = numbered
      ? view === String(expected) && complete
      : byUnit
        ? fitness(line, 'unit') === 2 && k + 1 < body.length && fitness(body[k + 1], 'unit') === 0
        : TASK_MARKER.test(view);
    if (startsRow) {
      if (numbered) expected++;
      current = { cells: [line], before: pending };
      pending = [];
      rows.push(current);
    } else if (!numbered && !byUnit && GROUP_MARKER.test(view)) {
      // A group heading of a task list: （一） on a line of its own takes the next line as its title.
      const title = MARKER_ONLY.test(view) && k + 1 < body.length ? `${line}${body[++k].trim()}` : line;
      pending.push(title);
      current = null;
    } else if (current) {
      current.cells.push(line);
    } else {
      pending.push(line);
    }
  }
  if (pending.length) rows.push({ cells: [], before: pending });
  return rows;
}

function rebuild(header: Header, body: readonly string[], out: string[], rowStarts: Set<number>): void {
  const indicator = isIndicatorTable(header.labels);
  out.push(header.labels.join(' '));
  let previousUnits: string[] = [];
  for (const row of rowsOf(body, header)) {
    out.push(...row.before);
    if (!row.cells.length) continue;
    // The first cell anchors the row: its number, its unit, or (in a task list) its task.
    const anchor = header.kinds[0] === 'number' || header.kinds[0] === 'unit' ? 0 : Math.max(0, header.kinds.lastIndexOf('text'));
    const columns = header.kinds.map(() => [] as string[]);
    columns[anchor] = [row.cells[0]];
    align(wholeCells(row.cells.slice(1)), header.kinds.slice(anchor + 1)).forEach((parts, i) => (columns[anchor + 1 + i] = parts));
    // Merged unit cells: a row that names no unit takes those of the row above it.
    const unitColumns = header.kinds.flatMap((k, i) => (k === 'unit' && i !== 0 ? [i] : []));
    if (unitColumns.every((i) => !columns[i].length)) unitColumns.forEach((i, n) => (columns[i] = previousUnits[n] ? [previousUnits[n]] : []));
    previousUnits = unitColumns.map((i) => joinCells('unit', columns[i]));
    const cells = columns.map((parts, i) => joinCells(header.kinds[i], parts));
    if (indicator) {
      out.push(cells.filter(Boolean).join(' '));
    } else if (header.kinds[0] === 'unit') {
      rowStarts.add(out.length);
      out.push(`${cells[0]}：`, cells.slice(1).filter(Boolean).join(' '));
    } else {
      out.push(...keyedRowLines(header.labels, { cells }));
    }
  }
}

/** The lines with every flattened table put back together; other lines unchanged. */
export function rebuildFlattenedTables(lines: readonly string[]): RebuiltLines {
  const out: string[] = [];
  const rowStarts = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const header = headerAt(lines, i);
    if (!header) {
      out.push(lines[i]);
      continue;
    }
    let end = header.end;
    while (end < lines.length && !ATTACHMENT.test(fold(lines[end]).trim()) && !headerAt(lines, end)) end++;
    rebuild(header, lines.slice(header.end, end), out, rowStarts);
    i = end - 1;
  }
  return { lines: out, rowStarts };
}
