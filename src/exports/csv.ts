// RFC 4180 CSV that Excel opens correctly with Chinese text: UTF-8 with a byte
// order mark, CRLF line ends, fields quoted when they hold a comma, quote, CR or LF.
// Runs in the browser too (the targets explorer downloads its current view).

export type CsvValue = string | number | boolean | null | undefined;

/** Byte order mark: without it Excel reads UTF-8 as the local code page (GBK). */
export const BOM = '\uFEFF';

/**
 * Text cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the
 * start) get a leading apostrophe: OWASP's guard against CSV injection. Numbers
 * are written as numbers and left alone.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** A whole file: BOM, header row, data rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], { bom = true } = {}): string {
  const lines = [csvRow(header), ...rows.map(csvRow)];
  return (bom ? BOM : '') + lines.join('\r\n') + '\r\n';
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
