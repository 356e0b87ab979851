// iCalendar (RFC 5545) feeds of deadlines: all-day VALUE=DATE events on the last
// day of the deadline's period, CRLF line ends, lines folded at 75 octets on
// UTF-8 character boundaries, TEXT values escaped.
import { nextDay } from '../dates/partial-date.ts';

export interface IcsEvent {
  /** Globally unique and stable across builds: derived from policy slug and target id. */
  uid: string;
  /** YYYY-MM-DD: the all-day event's date. */
  date: string;
  summary: string;
  description?: string;
  /** Absolute URL only (a URI value): left out when the site has no public URL. */
  url?: string;
  categories?: string[];
  /** A recurring duty: the RRULE value (FREQ=YEARLY…), `date` being its first occurrence. */
  rrule?: string;
}

export interface IcsCalendar {
  name: string;
  description?: string;
  prodId?: string;
  /** DTSTAMP of every event: when this feed was generated. */
  stamp: Date;
  events: IcsEvent[];
}

/** Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, newlines. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Octets of one code point (a `for…of` step) in UTF-8; a lone surrogate is written as U+FFFD (3). */
function utf8Length(ch: string): number {
  const code = ch.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Fold a content line so no line exceeds 75 octets (excluding CRLF); each
 * continuation line starts with one space, which counts toward its 75.
 * Never splits a UTF-8 sequence (a Chinese character is 3 octets).
 */
export function foldLine(line: string): string {
  // Counted, not encoded: a TextEncoder call per character was most of the time of
  // the department calendars on a large site.
  if (line.length <= 25) return line; // at most 3 octets per UTF-16 unit
  let octets = 0;
  for (const ch of line) octets += utf8Length(ch);
  if (octets <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = utf8Length(ch);
    if (size + n > limit) {
      out.push(current);
      current = ' ';
      size = 1;
      limit = 75;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

/** UTC timestamp in the basic format: 20261125T083000Z. */
export function formatStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** YYYY-MM-DD → YYYYMMDD (DATE value). */
const formatDate = (day: string) => day.replace(/-/g, '');

/** Make a UID from parts: only characters safe in any calendar client. */
export function makeUid(...parts: string[]): string {
  return `${parts.map((p) => p.replace(/[^A-Za-z0-9._-]/g, '_')).join('.')}@luoshi`;
}

export function buildCalendar(cal: IcsCalendar): string {
  const stamp = formatStamp(cal.stamp);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${cal.prodId ?? '-//luoshi//policy deadlines//ZH'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(cal.name)}`,
  ];
  if (cal.description) lines.push(`X-WR-CALDESC:${escapeIcsText(cal.description)}`);
  for (const ev of cal.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${ev.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${formatDate(ev.date)}`,
      `DTEND;VALUE=DATE:${formatDate(nextDay(ev.date))}`,
    );
    if (ev.rrule) lines.push(`RRULE:${ev.rrule}`);
    lines.push(`SUMMARY:${escapeIcsText(ev.summary)}`);
    if (ev.description) lines.push(`DESCRIPTION:${escapeIcsText(ev.description)}`);
    // URL is a URI value, not TEXT: it is not escaped.
    if (ev.url && /^https?:\/\//.test(ev.url)) lines.push(`URL:${ev.url}`);
    if (ev.categories?.length) lines.push(`CATEGORIES:${ev.categories.map(escapeIcsText).join(',')}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';
