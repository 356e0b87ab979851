// Reading a hand-edited CSV file: encoding checks first (UTF-8 only, no BOM), then csv-parse,
// then the line and column of every field so that problems point at the exact cell.
import { parse } from 'csv-parse/sync';
import type { CsvError } from 'csv-parse/sync';
import type { Problem } from '../problems/problem.ts';

export interface CsvField {
  value: string;
  /** 1-based line of the field's first character. */
  line: number;
  /** 1-based column (UTF-16 units, as editors count) of the field's first character. */
  column: number;
}

export interface CsvRow {
  fields: CsvField[];
  /** Line the record starts on. */
  line: number;
  /** Where a missing field after the last one would start (just past the record's last character). */
  end: { line: number; column: number };
}

export interface DecodedText {
  /** The text without a BOM, or null when the bytes are not UTF-8 and cannot be read safely. */
  text: string | null;
  problems: Problem[];
}

const SAVE_AS = 'save it as "CSV UTF-8" (UTF-8 without byte-order mark) and run the check again';

function preview(line: string): string {
  const chars = [...line.replace(/\r$/, '')];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : chars.join('');
}

/** Offset of the first byte at which `bytes` stop being valid UTF-8 (bytes.length when they are valid). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const valid = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0; // valid(lo) holds
  let hi = bytes.length; // first failing prefix length lies in (lo, hi]
  if (valid(hi)) return bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (valid(mid)) lo = mid;
    else hi = mid;
  }
  return hi - 1;
}

function positionInBytes(bytes: Uint8Array, offset: number, encoding: string): { line: number; column: number; lineStart: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder(encoding).decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1, lineStart };
}

function lineAt(bytes: Uint8Array, lineStart: number, encoding: string): string {
  let end = bytes.indexOf(0x0a, lineStart);
  if (end < 0) end = bytes.length;
  return new TextDecoder(encoding).decode(bytes.subarray(lineStart, end));
}

/** Decodes the bytes of CSV file `file`, reporting BOMs and non-UTF-8 encodings (GB18030/GBK above all). */
export function decodeCsv(bytes: Uint8Array, file: string): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      text: null,
      problems: [{ severity: 'error', file, line: 1, column: 1, message: `the file is UTF-16 encoded (it starts with a UTF-16 byte-order mark): ${SAVE_AS}` }],
    };
  }
  const problems: Problem[] = [];
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      column: 1,
      message: `the file starts with a UTF-8 byte-order mark (BOM), which other tools read as part of the first column name: ${SAVE_AS}`,
    });
    body = bytes.subarray(3);
  }
  const bad = firstInvalidUtf8(body);
  if (bad === body.length) return { text: new TextDecoder('utf-8').decode(body), problems };

  let gb18030 = true;
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(body);
  } catch {
    gb18030 = false;
  }
  if (gb18030) {
    // In a GB18030 file every non-ASCII character is misread: point at the first one.
    const first = body.findIndex((b) => b >= 0x80);
    const at = positionInBytes(body, first, 'gb18030');
    const sample = preview(lineAt(body, at.lineStart, 'gb18030'));
    problems.push({
      severity: 'error',
      file,
      line: at.line,
      column: at.column,
      message: `the file is not UTF-8: it looks like GB18030/GBK (what Excel writes on Chinese Windows); read that way this line says "${sample}". The file was not read further: ${SAVE_AS}`,
    });
  } else {
    const at = positionInBytes(body, bad, 'utf-8');
    const hex = body[bad].toString(16).toUpperCase().padStart(2, '0');
    problems.push({
      severity: 'error',
      file,
      line: at.line,
      column: at.column,
      message: `the file is not valid UTF-8 (byte 0x${hex} here) and not GB18030 either. The file was not read further: ${SAVE_AS}`,
    });
  }
  return { text: null, problems };
}

interface Record {
  record: string[];
  raw: string;
  info: { lines: number };
}

function fieldPositions(raw: string, values: string[], startLine: number): CsvRow {
  let line = startLine;
  let column = 1;
  let p = 0;
  const advance = (to: number): void => {
    for (; p < to; p++) {
      if (raw.charCodeAt(p) === 10) {
        line++;
        column = 1;
      } else column++;
    }
  };
  const fields: CsvField[] = [];
  for (const value of values) {
    fields.push({ value, line, column });
    if (raw[p] === '"') {
      let q = p + 1;
      while (q < raw.length) {
        if (raw[q] === '"' && raw[q + 1] === '"') q += 2;
        else if (raw[q] === '"') break;
        else q++;
      }
      advance(q + 1);
    } else {
      advance(p + value.length);
    }
    if (raw[p] === ',') advance(p + 1);
  }
  // end of the record's content (before the line break)
  const endOfContent = raw.replace(/(?:\r\n|\n|\r)$/, '').length;
  advance(Math.max(p, endOfContent));
  return { fields, line: startLine, end: { line, column } };
}

function firstQuoteColumn(text: string, line: number): number {
  const content = text.split('\n')[line - 1] ?? '';
  const i = content.indexOf('"');
  return i < 0 ? 1 : i + 1;
}

/** Splits the text of CSV file `file` into rows of located fields. Blank lines are skipped. */
export function parseCsv(source: string, file: string): { rows: CsvRow[]; problems: Problem[] } {
  // One line break kind: editors count CR LF as one break, and csv-parse's line count does not.
  const text = source.replace(/\r\n?/g, '\n');
  const problems: Problem[] = [];
  const records = parse(text, {
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      // after a broken quote csv-parse resynchronises on later quotes: only the first report is reliable
      if (!error || problems.length > 0) return undefined;
      const line = typeof error.lines === 'number' ? error.lines : 1;
      problems.push({
        severity: 'error',
        file,
        line,
        column: firstQuoteColumn(text, line),
        message: `this row could not be read: ${error.message.replace(/ at line \d+/, '')}. A field that contains a comma, a quotation mark or a line break must be enclosed in double quotes, and a quotation mark inside it written twice ("")`,
      });
      return undefined;
    },
  }) as unknown as Record[];
  const rows: CsvRow[] = [];
  for (const r of records) {
    // csv-parse counts lines up to the record's end; its raw text may begin with skipped blank lines
    const raw = r.raw.replace(/^(?:[ \t]*\r?\n)+/, '');
    const body = raw.replace(/(?:\r\n|\n|\r)$/, '');
    const breaks = body.split('\n').length - 1;
    if (r.record.length === 1 && r.record[0].trim() === '') continue; // a line of spaces
    rows.push(fieldPositions(raw, r.record, r.info.lines - breaks));
  }
  return { rows, problems };
}
