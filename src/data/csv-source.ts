// Reading a hand-edited CSV file as Excel writes it: UTF-8 with or without a byte-order mark
// (other encodings are named and refused), csv-parse one record at a time, cells trimmed,
// blank rows and rows of bare commas skipped, and every field located at its line and column.
// The bytes go to csv-parse as they are: a file is held once in memory, not also as a string.
import { isUtf8 } from 'node:buffer';
import { parse, CsvError } from 'csv-parse/sync';
import type { Problem } from '../problems/problem.ts';
import { lineColumn } from './text.ts';

export interface CsvField {
  /** The cell without surrounding white space. */
  value: string;
  /** 1-based line of the field's first character. */
  line: number;
  /** 1-based column (UTF-16 units, as editors count) of the field's first non-blank character. */
  column: number;
}

export interface CsvRow {
  fields: CsvField[];
  /** Line the record starts on. */
  line: number;
  /** Where a missing field after the last one would start (just past the record's last character). */
  end: { line: number; column: number };
}

export interface CheckedEncoding {
  /** The bytes without a byte-order mark, or null when they are not UTF-8 and cannot be read safely. */
  utf8: Uint8Array | null;
  problems: Problem[];
}

const SAVE_AS = 'save it as "CSV UTF-8" and run the check again';

function preview(line: string): string {
  const chars = [...line.replace(/\r$/, '')];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : chars.join('');
}

/** Offset of the first byte at which `bytes`, known not to be UTF-8, stop being valid UTF-8. */
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

/**
 * Checks that the bytes of CSV file `file` are UTF-8. A UTF-8 byte-order mark (Excel's "CSV UTF-8"
 * writes one) is dropped; UTF-16 and non-UTF-8 encodings (GB18030/GBK above all) are reported.
 */
export function checkEncoding(bytes: Uint8Array, file: string): CheckedEncoding {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      utf8: null,
      problems: [{ severity: 'error', file, line: 1, column: 1, message: `the file is UTF-16 encoded (it starts with a UTF-16 byte-order mark): ${SAVE_AS}` }],
    };
  }
  const problems: Problem[] = [];
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (isUtf8(body)) return { utf8: body, problems };
  // not UTF-8: find out what it is, and where it stops being readable
  const bad = firstInvalidUtf8(body);
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
  return { utf8: null, problems };
}

function newlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The row whose raw text is `raw` (csv-parse's, which begins with any blank lines skipped before
 * the record), its fields located from `firstLine` on; null when every cell is blank.
 */
function locateRow(raw: string, values: readonly string[], firstLine: number): CsvRow | null {
  if (values.every((v) => v.trim() === '')) return null;
  let line = firstLine;
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
  if (/^\s/.test(raw)) {
    for (let nl = raw.indexOf('\n'); nl >= 0 && raw.slice(p, nl).trim() === ''; nl = raw.indexOf('\n', p)) advance(nl + 1);
  }
  const startLine = line;
  const fields: CsvField[] = [];
  for (const value of values) {
    if (raw[p] === '"') {
      // csv-parse accepts a quotation mark only at the start of a field
      fields.push({ value: value.trim(), line, column });
      let q = p + 1;
      while (q < raw.length) {
        if (raw[q] === '"' && raw[q + 1] === '"') q += 2;
        else if (raw[q] === '"') break;
        else q++;
      }
      advance(q + 1);
    } else {
      // an unquoted value holds no line break: only the column moves
      const trimmed = value.trim();
      const lead = trimmed === '' ? 0 : value.length - value.trimStart().length;
      fields.push({ value: trimmed, line, column: column + lead });
      column += value.length;
      p += value.length;
    }
    if (raw[p] === ',') advance(p + 1);
  }
  // end of the record's content (before the line break)
  advance(Math.max(p, raw.endsWith('\n') ? raw.length - 1 : raw.length));
  return { fields, line: startLine, end: { line, column } };
}

type QuoteFault = 'never-closed' | 'text-after-closing' | 'space-before' | 'inside-value';

/**
 * Which quotation mark broke the record whose raw text, up to where csv-parse stopped, is `raw`
 * (csv-parse's error `code` says how): its index in `raw`, and the fault.
 */
function brokenQuote(raw: string, code: string): { index: number; fault: QuoteFault } {
  let fieldStart = true; // nothing but white space since the field began
  let quoted = false;
  let opened = -1;
  let stray: { index: number; afterSpace: boolean } | null = null;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (quoted) {
      if (ch === '"' && raw[i + 1] === '"') i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') {
      if (fieldStart && (i === 0 || raw[i - 1] === ',' || raw[i - 1] === '\n')) {
        quoted = true;
        opened = i;
      } else stray = { index: i, afterSpace: fieldStart };
      fieldStart = false;
    } else if (ch === ',' || ch === '\n') fieldStart = true;
    else if (ch.trim() !== '') fieldStart = false;
  }
  if (code === 'CSV_QUOTE_NOT_CLOSED' && opened >= 0) return { index: opened, fault: 'never-closed' };
  if ((code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') && opened >= 0) {
    return { index: opened, fault: 'text-after-closing' };
  }
  if (stray !== null) return { index: stray.index, fault: stray.afterSpace ? 'space-before' : 'inside-value' };
  return { index: Math.max(0, raw.lastIndexOf('"')), fault: 'inside-value' };
}

function quoteMessage(fault: QuoteFault, quoteLine: number, stopLine: number): string {
  const rule =
    'a value with a comma, a quotation mark or a line break in it is enclosed in double quotes, and a quotation mark inside it is written twice ("")';
  switch (fault) {
    case 'never-closed':
      return `this quotation mark opens a value that is never closed, so the rest of the file would be read as one value: add the closing quotation mark or remove this one (${rule}). The row was left out`;
    case 'text-after-closing': {
      const runsOn = stopLine > quoteLine ? ` (it runs on to line ${stopLine})` : '';
      return `the value quoted from here has more text after its closing quotation mark${runsOn} — ${rule}. The row was left out`;
    }
    case 'space-before':
      return `white space before the quotation mark that opens this value — remove it: a quoted value starts with its quotation mark, right after the comma. The row was left out`;
    case 'inside-value':
      return `a quotation mark inside a value that does not start with one — ${rule}. The row was left out`;
  }
}

/**
 * The bytes with CR LF and CR line breaks as LF (editors count CR LF as one break, and so must
 * lines here), rewritten in place: a large file is not held twice.
 */
function toLineFeedsInPlace(utf8: Uint8Array): Buffer {
  const bytes = Buffer.from(utf8.buffer, utf8.byteOffset, utf8.length);
  let cr = bytes.indexOf(0x0d);
  if (cr < 0) return bytes;
  let n = cr;
  for (; cr >= 0;) {
    bytes[n++] = 0x0a;
    const from = bytes[cr + 1] === 0x0a ? cr + 2 : cr + 1;
    cr = bytes.indexOf(0x0d, from);
    const to = cr < 0 ? bytes.length : cr;
    bytes.copyWithin(n, from, to);
    n += to - from;
  }
  return bytes.subarray(0, n);
}

/**
 * Reads CSV file `file` (its UTF-8 bytes, see checkEncoding; CR LF line breaks are rewritten in
 * place) one record at a time, calling `onRow` with each row that has a non-blank cell (blank
 * lines and rows of bare commas are skipped). A row with a broken quotation mark is reported
 * where that mark stands, and reading goes on at the next line. Returns the problems.
 */
export function readCsvRows(utf8: Uint8Array, file: string, onRow: (row: CsvRow) => void): Problem[] {
  const bytes = toLineFeedsInPlace(utf8);
  const problems: Problem[] = [];
  let offset = 0; // byte at which this pass starts
  let line = 1; // line at `offset`
  while (offset < bytes.length) {
    let consumed = 0;
    try {
      parse(bytes.subarray(offset), {
        raw: true,
        relax_column_count: true,
        skip_empty_lines: true,
        on_record: (output) => {
          // with `raw: true` a record comes with its text; csv-parse's types do not say so
          const { record, raw } = output as unknown as { record: string[]; raw: string };
          const row = locateRow(raw, record, line);
          line += newlines(raw);
          consumed += Buffer.byteLength(raw);
          if (row !== null) onRow(row);
          return null;
        },
      });
      break;
    } catch (error) {
      if (!(error instanceof CsvError) || typeof error.raw !== 'string') throw error;
      const broken = brokenQuote(error.raw, error.code);
      const at = lineColumn(error.raw, broken.index);
      const quoteLine = line + at.line - 1;
      const message = quoteMessage(broken.fault, quoteLine, line + newlines(error.raw));
      problems.push({ severity: 'error', file, line: quoteLine, column: at.column, message });
      // go on at the line after the quotation mark at fault
      const next = bytes.indexOf(0x0a, offset + consumed + Buffer.byteLength(error.raw.slice(0, broken.index)));
      if (next < 0) break;
      offset = next + 1;
      line = quoteLine + 1;
    }
  }
  return problems;
}
