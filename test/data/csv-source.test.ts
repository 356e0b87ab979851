import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEncoding, readCsvRows } from '../../src/data/csv-source.ts';
import type { CsvRow } from '../../src/data/csv-source.ts';

function rowsOf(text: string) {
  const rows: CsvRow[] = [];
  const problems = readCsvRows(Buffer.from(text), 'x.csv', (row) => rows.push(row));
  return { rows, problems };
}

// A cell as a person or Excel writes it: its text, padded with white space, quoted when it
// must be (a comma, a quotation mark, a line break) or when the writer chose to.
const cell = fc.record({
  text: fc.array(fc.constantFrom('a', '中', '9', '.', ' ', '\u3000', ',', '"', '\n'), { maxLength: 6 }).map((c) => c.join('')),
  pad: fc.constantFrom('', ' ', '  ', '\t', '\u3000'),
  quoted: fc.boolean(),
});
type Cell = { text: string; pad: string; quoted: boolean };

/** The file text, and for each row with a non-blank cell the values and positions a reader must find. */
function write(table: Cell[][], lineBreak: string) {
  let text = '';
  let line = 1;
  let column = 1;
  const put = (s: string) => {
    for (const ch of s) {
      if (ch === '\n') {
        line++;
        column = 1;
      } else column++;
    }
    text += s.replace(/\n/g, lineBreak);
  };
  const expected: Array<{ line: number; fields: Array<{ value: string; line: number; column: number }> }> = [];
  for (const cells of table) {
    const start = line;
    const fields: Array<{ value: string; line: number; column: number }> = [];
    cells.forEach((c, i) => {
      if (i > 0) put(',');
      if (c.quoted || /[,"\n]/.test(c.text)) {
        fields.push({ value: c.text.trim(), line, column });
        put(`"${c.text.replace(/"/g, '""')}"`);
      } else {
        const lead = c.pad + c.text.slice(0, c.text.length - c.text.trimStart().length);
        const blank = c.text.trim() === '';
        const at = { line, column: blank ? column : column + lead.length };
        put(c.pad + c.text + c.pad);
        fields.push({ value: c.text.trim(), ...at });
      }
    });
    put('\n');
    if (fields.some((f) => f.value !== '')) expected.push({ line: start, fields });
  }
  return { text, expected };
}

describe('readCsvRows', () => {
  it('finds every cell, trimmed, at the line and column of its first character; blank rows are skipped', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (table, lineBreak) => {
        const { text, expected } = write(table, lineBreak);
        const { rows, problems } = rowsOf(text);
        expect(problems).toEqual([]);
        expect(rows.map((r) => ({ line: r.line, fields: r.fields }))).toEqual(expected);
      }),
    );
  });

  it('never throws on stray quotation marks, and reports them inside the file, rows in order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '中', ',', '"', '""', ' ', '\n', '\r\n'), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const { rows, problems } = rowsOf(text);
        const lines = text.replace(/\r\n/g, '\n').split('\n').length;
        for (const p of problems) expect(p.line).toBeLessThanOrEqual(lines);
        const starts = rows.map((r) => r.line);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        expect(new Set(starts).size).toBe(starts.length);
      }),
    );
  });

  it('reads the rows after a broken one', () => {
    const { rows, problems } = rowsOf('a,b\n"x\nc,d\ne,"f""g"\n');
    expect(problems.map((p) => [p.line, p.column])).toEqual([[2, 1]]);
    expect(rows.map((r) => [r.line, r.fields.map((f) => f.value)])).toEqual([
      [1, ['a', 'b']],
      [3, ['c', 'd']],
      [4, ['e', 'f"g']],
    ]);
  });

  it('gives where a missing cell after the last would start', () => {
    expect(rowsOf('a,中文  \n').rows[0].end).toEqual({ line: 1, column: 7 });
    expect(rowsOf('a,"x\ny"\n').rows[0].end).toEqual({ line: 2, column: 3 });
  });
});

describe('checkEncoding', () => {
  const text = (bytes: Uint8Array | null) => (bytes === null ? null : Buffer.from(bytes).toString('utf8'));

  it('drops the UTF-8 byte-order mark Excel writes', () => {
    const checked = checkEncoding(Buffer.from('\uFEFFindicator,region\n'), 'x.csv');
    expect([text(checked.utf8), checked.problems]).toEqual(['indicator,region\n', []]);
  });

  it('keeps a byte-order mark that is not at the start as a character', () => {
    expect(text(checkEncoding(Buffer.from('a,\uFEFFb\n'), 'x.csv').utf8)).toBe('a,\uFEFFb\n');
  });
});
