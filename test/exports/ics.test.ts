import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeIcsText, foldLine, formatStamp, makeUid } from '../../src/exports/ics.ts';
import { recurringEvent } from '../../src/exports/recurrence-rule.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

/** Undo folding (RFC 5545 §3.1): CRLF followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('iCalendar (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and newlines in TEXT', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeIcsText('全角，；不转义')).toBe('全角，；不转义');
  });

  it('folds at 75 octets without splitting UTF-8 characters', () => {
    const line = `SUMMARY:${'县教育体育局'.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    // No replacement characters: every part is valid UTF-8 on its own.
    for (const p of parts) expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(p))).toBe(p);
    expect(unfold(folded)).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('folds a line of exactly 75 octets not at all, 76 into two', () => {
    const a = `X:${'a'.repeat(73)}`;
    expect(foldLine(a)).toBe(a);
    expect(foldLine(`${a}b`).split('\r\n')).toEqual([a, ' b']);
  });

  it('writes all-day events at the deadline day with stable UIDs and CRLF', () => {
    const ics = buildCalendar({
      name: '镇康县 · 县教育体育局：政策目标期限',
      stamp: new Date('2026-11-25T00:00:00Z'),
      events: [
        {
          uid: makeUid('zhenkang-education-2023-2025', 't-92c4e7b1'),
          date: '2025-12-31',
          summary: '【到期】高中阶段毛入学率达95.5%以上, 含;特殊\\字符',
          description: '第一行\n第二行',
          url: 'https://luoshi.example.cn/policies/zhenkang-education-2023-2025/#t-92c4e7b1',
        },
      ],
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const u = unfold(ics);
    expect(u).toContain('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n');
    expect(u).toContain('X-WR-CALNAME:镇康县 · 县教育体育局：政策目标期限');
    expect(u).toContain('UID:zhenkang-education-2023-2025.t-92c4e7b1@luoshi');
    expect(u).toContain('DTSTAMP:20261125T000000Z');
    expect(u).toContain('DTSTART;VALUE=DATE:20251231');
    expect(u).toContain('DTEND;VALUE=DATE:20260101');
    expect(u).toContain('SUMMARY:【到期】高中阶段毛入学率达95.5%以上\\, 含\\;特殊\\\\字符');
    expect(u).toContain('DESCRIPTION:第一行\\n第二行');
    expect(u.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  it('formats stamps in UTC basic format and sanitises UID parts', () => {
    expect(formatStamp(new Date('2026-01-02T03:04:05.678Z'))).toBe('20260102T030405Z');
    expect(makeUid('a b', 't-1/2')).toBe('a_b.t-1_2@luoshi');
  });
});

describe('recurring duties', () => {
  it('start at the end of the current period and repeat at the end of each', () => {
    expect(recurringEvent('year', '2026-11-25')).toEqual({ date: '2026-12-31', rrule: 'FREQ=YEARLY' });
    expect(recurringEvent('semester', '2026-02-10')).toEqual({ date: '2026-06-30', rrule: 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1' });
    expect(recurringEvent('quarter', '2026-11-25').date).toBe('2026-12-31');
    expect(recurringEvent('quarter', '2026-04-01').date).toBe('2026-06-30');
    expect(recurringEvent('month', '2024-02-03').date).toBe('2024-02-29');
    expect(recurringEvent('week', '2026-11-25')).toEqual({ date: '2026-11-25', rrule: 'FREQ=WEEKLY' });
  });

  it('end at the deadline when there is one', () => {
    expect(recurringEvent('year', '2024-03-01', '2025-12-31').rrule).toBe('FREQ=YEARLY;UNTIL=20251231');
    expect(recurringEvent('year', '2026-03-01', '2025-12-31').rrule).toBe('FREQ=YEARLY');
  });

  it('are written with their RRULE after DTEND', () => {
    const ics = buildCalendar({
      name: 'x',
      stamp: new Date('2026-11-25T00:00:00Z'),
      events: [{ uid: 'u@luoshi', date: '2026-12-31', summary: 's', rrule: 'FREQ=YEARLY' }],
    });
    expect(ics).toContain('DTEND;VALUE=DATE:20270101\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:s');
  });
});
