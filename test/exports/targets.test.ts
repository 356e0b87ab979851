import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readFixtures, TODAY } from '../support/policy-fixtures.ts';
import { buildSite } from '../../src/site/site-data.ts';
import { departmentSlug } from '../../src/site/departments.ts';
import { CSV_HEADER, flatten, rowsToCsv, rowsToIcs, type FlatRow } from '../../src/exports/targets.ts';

const site = buildSite(readFixtures(), TODAY);
const dep = site.departmentsBySlug.get(departmentSlug('镇康县', '县教育体育局'))!;
const flat = dep.rows.map((r) => flatten(r, `https://x.test/policies/${r.policy}/#${r.id}`));

const hostile: FlatRow = {
  ...flat[0],
  id: 't-hostile',
  phrase: '=HYPERLINK("http://evil.example","点击"), "引号"; 分号\\反斜杠',
  text: '第一行\r\n第二行,逗号',
  responsible: ['-1+1', '@SUM(A1)'],
  deadline: '2025',
  due: '2025-12-31',
};

describe('department CSV', () => {
  it('is Excel-ready UTF-8 with a header row and one row per obligation', () => {
    const csv = rowsToCsv(flat);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows.length).toBe(flat.length + 1);
    const overdueRow = rows.find((r) => r[0] === 't-0c4d9b1e')!;
    expect(overdueRow[7]).toBe('2025年');
    expect(overdueRow[8]).toBe('2025-12-31');
    expect(overdueRow[10]).toBe('期限已过');
  });

  it('keeps hostile text intact but inert', () => {
    const rows = parse(rowsToCsv([hostile]).slice(1)) as string[][];
    const r = rows[1];
    expect(r[2]).toBe(`'=HYPERLINK("http://evil.example","点击"), "引号"; 分号\\反斜杠`);
    expect(r[11]).toBe('-1+1、@SUM(A1)'.replace(/^/, "'"));
    expect(r.at(-1)).toBe('第一行\r\n第二行,逗号');
  });
});

describe('department calendar', () => {
  const ics = rowsToIcs(dep.label, [...flat, hostile], new Date('2026-11-25T00:00:00Z'));
  const unfolded = ics.replace(/\r\n /g, '');

  it('has one all-day event per dated obligation, on the last day of a partial deadline', () => {
    const events = unfolded.match(/BEGIN:VEVENT/g) ?? [];
    const recurringAlive = flat.filter((r) => r.recurring && (!r.due || r.due >= '2026-12-31')).length;
    expect(events.length).toBe(flat.filter((r) => r.due && !r.recurring).length + recurringAlive + 1);
    expect(unfolded).toContain(
      'UID:zhenkang-education-2023-2025.t-0c4d9b1e@luoshi\r\nDTSTAMP:20261125T000000Z\r\nDTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101',
    );
    expect(unfolded).toContain('X-WR-CALNAME:镇康县 · 县教育体育局：政策目标期限');
  });

  it('escapes hostile text and never breaks a line outside folding', () => {
    expect(unfolded).toContain('SUMMARY:【到期】=HYPERLINK("http://evil.example"\\,"点击")\\, "引号"\\; 分号\\\\反斜杠');
    expect(unfolded).toContain('DESCRIPTION:第一行\\n第二行\\,逗号');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.split('\r\n').every((l) => !/[\r\n]/.test(l))).toBe(true);
  });

  it('writes recurring duties as repeating events (RRULE) from their next occurrence', () => {
    const yearly = flat.find((r) => r.recurring === 'year' && !r.due)!;
    expect(yearly).toBeDefined();
    const event = unfolded.split('BEGIN:VEVENT').find((e) => e.includes(`UID:${yearly.policy}.${yearly.id}@luoshi`))!;
    expect(event).toContain('DTSTART;VALUE=DATE:20261231');
    expect(event).toContain('RRULE:FREQ=YEARLY\r\n');
    expect(event).toContain('SUMMARY:【每年】');
  });

  it('carries no URL property when the site has no public URL, and never a placeholder domain', () => {
    const relative = rowsToIcs(
      dep.label,
      dep.rows.map((r) => flatten(r, `/policies/${r.policy}/#${r.id}`)),
      new Date('2026-11-25T00:00:00Z'),
    );
    expect(relative).not.toMatch(/^URL:/m);
    expect(relative).not.toMatch(/example\./);
    expect(unfolded).toMatch(/^URL:https:\/\/x\.test\//m);
  });

  it('gives the same UIDs on every build', () => {
    const again = rowsToIcs(dep.label, [...flat, hostile], new Date('2026-11-26T00:00:00Z'));
    const uids = (s: string) => s.match(/^UID:.*$/gm);
    expect(uids(again)).toEqual(uids(ics));
  });
});
