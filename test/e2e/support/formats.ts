// Checks of the downloadable files: CSV as Excel needs it, iCalendar per RFC 5545.
import { parse } from 'csv-parse/sync';

export interface ParsedCsv {
  header: string[];
  rows: Record<string, string>[];
  problems: string[];
}

/** UTF-8 with BOM, CRLF line ends, a header, the same number of fields on every row. */
export function readCsv(bytes: Buffer): ParsedCsv {
  const problems: string[] = [];
  if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) problems.push('does not start with a UTF-8 byte order mark (Excel would read it as GBK)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  } catch {
    return { header: [], rows: [], problems: [...problems, 'not valid UTF-8'] };
  }
  // Line ends outside quoted fields must be CRLF.
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n' && text[i - 1] !== '\r') {
      problems.push(`bare LF line end at character ${i}`);
      break;
    }
  }
  if (!text.endsWith('\r\n')) problems.push('the last line is not ended by CRLF');
  let records: string[][] = [];
  try {
    records = parse(text, { relax_column_count: false, skip_empty_lines: false }) as string[][];
  } catch (error) {
    problems.push(`does not parse: ${(error as Error).message}`);
  }
  const [header = [], ...body] = records;
  const rows = body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  return { header, rows, problems };
}

export interface IcsEvent {
  props: Map<string, { params: string; value: string }[]>;
  get(name: string): string | undefined;
  params(name: string): string | undefined;
}

export interface ParsedIcs {
  calendar: Map<string, string>;
  events: IcsEvent[];
  problems: string[];
}

const TEXT_PROPS = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'CATEGORIES', 'X-WR-CALNAME', 'X-WR-CALDESC', 'CONTACT', 'RESOURCES']);

/** RFC 5545: CRLF, lines of at most 75 octets folded without splitting a character, escaped text. */
export function readIcs(bytes: Buffer): ParsedIcs {
  const problems: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { calendar: new Map(), events: [], problems: ['not valid UTF-8'] };
  }
  if (text.charCodeAt(0) === 0xfeff) problems.push('starts with a byte order mark');
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) problems.push('has line ends other than CRLF');
  if (!text.endsWith('\r\n')) problems.push('the last line is not ended by CRLF');
  const physical = text.split('\r\n');
  if (physical.at(-1) === '') physical.pop();
  // Each physical line: ≤ 75 octets, and a whole sequence of UTF-8 characters
  // (a fold inside a multi-byte character breaks the text in many clients).
  physical.forEach((line, n) => {
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > 75) problems.push(`line ${n + 1} is ${octets} octets long (at most 75)`);
    if (/[\uFFFD]/.test(line)) problems.push(`line ${n + 1} holds a broken character`);
  });
  const lines: string[] = [];
  for (const line of physical) {
    if (/^[ \t]/.test(line)) {
      if (!lines.length) problems.push('starts with a continuation line');
      else lines[lines.length - 1] += line.slice(1);
    } else lines.push(line);
  }
  const calendar = new Map<string, string>();
  const events: IcsEvent[] = [];
  const stack: string[] = [];
  let current: IcsEvent | null = null;
  for (const line of lines) {
    const m = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!m) {
      problems.push(`not a content line: ${line.slice(0, 60)}`);
      continue;
    }
    const [, rawName, params, value] = m;
    const name = rawName.toUpperCase();
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') {
        const props: IcsEvent['props'] = new Map();
        current = { props, get: (n) => props.get(n)?.[0]?.value, params: (n) => props.get(n)?.[0]?.params };
      }
      continue;
    }
    if (name === 'END') {
      if (stack.pop() !== value) problems.push(`END:${value} closes a different component`);
      if (value === 'VEVENT' && current) {
        events.push(current);
        current = null;
      }
      continue;
    }
    if (TEXT_PROPS.has(name)) {
      // A backslash escapes only \\ \; \, \n \N; a bare ; or , is a list separator
      // (allowed only in CATEGORIES, between values).
      for (let i = 0; i < value.length; i++) {
        if (value[i] === '\\') {
          if (!/[\\;,nN]/.test(value[i + 1] ?? '')) problems.push(`${name}: bad escape \\${value[i + 1] ?? ''}`);
          i++;
        } else if (value[i] === ';' || (value[i] === ',' && name !== 'CATEGORIES')) {
          problems.push(`${name}: unescaped "${value[i]}" in ${value.slice(Math.max(0, i - 10), i + 10)}`);
        }
      }
    }
    if (current) {
      const list = current.props.get(name) ?? [];
      list.push({ params, value });
      current.props.set(name, list);
    } else if (stack.length === 1) calendar.set(name, value);
  }
  if (stack.length) problems.push(`unclosed components: ${stack.join(', ')}`);
  if (lines[0] !== 'BEGIN:VCALENDAR') problems.push('does not start with BEGIN:VCALENDAR');
  if (lines.at(-1) !== 'END:VCALENDAR') problems.push('does not end with END:VCALENDAR');
  if (calendar.get('VERSION') !== '2.0') problems.push('VERSION is not 2.0');
  if (!calendar.get('PRODID')) problems.push('no PRODID');
  const uids = new Set<string>();
  for (const [i, e] of events.entries()) {
    const uid = e.get('UID');
    if (!uid) problems.push(`event ${i + 1} has no UID`);
    else if (uids.has(uid)) problems.push(`UID ${uid} is repeated`);
    else uids.add(uid);
    if (!/^\d{8}T\d{6}Z$/.test(e.get('DTSTAMP') ?? '')) problems.push(`event ${i + 1}: DTSTAMP is not a UTC date-time`);
    if (e.params('DTSTART') !== ';VALUE=DATE' || !/^\d{8}$/.test(e.get('DTSTART') ?? '')) problems.push(`event ${i + 1}: DTSTART is not ;VALUE=DATE:YYYYMMDD`);
    const end = e.get('DTEND');
    if (end !== undefined && (e.params('DTEND') !== ';VALUE=DATE' || !(end > e.get('DTSTART')!)))
      problems.push(`event ${i + 1}: DTEND is not a date after DTSTART`);
    if (!e.get('SUMMARY')) problems.push(`event ${i + 1} has no SUMMARY`);
  }
  return { calendar, events, problems };
}

/** A TEXT value with its escapes undone. */
export function unescapeIcsText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
