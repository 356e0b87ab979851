// A data file read as a table: decoded, split into rows one at a time, the header checked
// against the columns the file must have, and each row of the header's width handed on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkEncoding, readCsvRows } from './csv-source.ts';
import type { CsvField, CsvRow } from './csv-source.ts';
import type { ProblemLog } from './problem-log.ts';
import { closest } from './text.ts';

export interface TableSpec<C extends string> {
  /** The header, in order. */
  columns: readonly C[];
  /** Whether the first cell of the first row looks like data rather than a column name. */
  looksLikeData: (first: string) => boolean;
}

/** The cells of one row, by column name. */
export type Cells<C extends string> = (name: C) => CsvField;

const quote = (text: string): string => `"${text}"`;

/**
 * Reads `file` under `root`, reporting into `log`, and calls `onRow` with every row of the
 * header's width, in file order. Rows are not kept: memory does not grow with the file.
 */
export function readTable<C extends string>(
  root: string,
  file: string,
  spec: TableSpec<C>,
  log: ProblemLog,
  onRow: (cells: Cells<C>, row: CsvRow) => void,
): void {
  const encoding = checkEncoding(readFileSync(join(root, file)), file);
  for (const p of encoding.problems) log.add(p);
  if (encoding.utf8 === null) return;
  const expected: readonly string[] = spec.columns;
  const spelled = expected.join(',');
  let header: { index: Map<string, number>; width: number } | null = null;
  let seenHeader = false;

  const readHeader = (row: CsvRow): typeof header => {
    if (spec.looksLikeData(row.fields[0]?.value ?? '')) {
      log.at('error', row.fields[0], `the first line must be the header ${spelled}; this line looks like data`);
      return null;
    }
    const index = new Map<string, number>();
    row.fields.forEach((f, i) => {
      const name = f.value;
      if (index.has(name)) log.at('error', f, `column ${quote(name)} appears twice in the header`);
      else if (!expected.includes(name)) {
        const near =
          name === 'year'
            ? 'period'
            : closest(
                name,
                expected.map((e) => ({ keys: [e], value: e })),
              )?.value;
        log.at('error', f, `unknown column ${quote(name)}${near ? ` — did you mean ${quote(near)}?` : '.'} The header must be ${spelled}`);
      }
      index.set(name, i);
    });
    const missing = expected.filter((c) => !index.has(c));
    for (const name of missing) {
      log.at('error', row.end, `the header has no ${quote(name)} column; it must be ${spelled} (leave a field empty, not the column out)`);
    }
    return missing.length > 0 ? null : { index, width: row.fields.length };
  };

  const problems = readCsvRows(encoding.utf8, file, (row) => {
    if (!seenHeader) {
      seenHeader = true;
      header = readHeader(row);
      return;
    }
    if (header === null) return;
    const { index, width } = header;
    if (row.fields.length > width) {
      log.at(
        'error',
        row.fields[width],
        `this row has ${row.fields.length} fields but the header has ${width}: a value with a comma in it must be enclosed in double quotes`,
      );
    } else if (row.fields.length < width) {
      const absent = [...index.entries()].filter(([, i]) => i >= row.fields.length).map(([n]) => quote(n));
      log.at(
        'error',
        row.end,
        `this row has ${row.fields.length} fields but the header has ${width}: ${absent.join(', ')} missing — keep the commas of empty fields`,
      );
    } else onRow((name) => row.fields[index.get(name) ?? 0], row);
  });
  for (const p of problems) log.add(p);
  if (!seenHeader) log.at('error', { line: 1, column: 1 }, `the file is empty: it needs the header line ${spelled}`);
}
