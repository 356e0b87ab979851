import { describe, expect, it } from 'vitest';
import {
  compareDeadlines,
  daysBetween,
  deadlineStatus,
  nextDay,
  parsePartialDate,
  periodEnd,
  periodStart,
  todayIn,
} from '../../src/dates/partial-date.ts';

describe('partial dates', () => {
  it('parses the three precisions and rejects impossible dates', () => {
    expect(parsePartialDate('2025')).toEqual({ year: 2025, month: null, day: null, precision: 'year' });
    expect(parsePartialDate('2025-12')?.precision).toBe('month');
    expect(parsePartialDate('2023-11-07')).toEqual({ year: 2023, month: 11, day: 7, precision: 'day' });
    expect(parsePartialDate('2025-13')).toBeNull();
    expect(parsePartialDate('2025-02-30')).toBeNull();
    expect(parsePartialDate('2025年')).toBeNull();
    expect(parsePartialDate(null)).toBeNull();
  });

  it('a deadline falls due on the last day of the period it names', () => {
    expect(periodEnd('2025')).toBe('2025-12-31');
    expect(periodEnd('2025-12')).toBe('2025-12-31');
    expect(periodEnd('2025-02')).toBe('2025-02-28');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2023-11-07')).toBe('2023-11-07');
    expect(periodStart('2025')).toBe('2025-01-01');
    expect(periodStart('2025-06')).toBe('2025-06-01');
  });

  it('counts days and steps to the next day across year ends', () => {
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-11-25', '2025-12-31')).toBe(-329);
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
  });

  it('takes today in China time, not UTC', () => {
    // 2026-11-24 17:00 UTC is already 2026-11-25 01:00 in Beijing.
    expect(todayIn('Asia/Shanghai', new Date('2026-11-24T17:00:00Z'))).toBe('2026-11-25');
  });
});

describe('deadline status relative to the build date', () => {
  it('a year deadline is not overdue during that year', () => {
    expect(deadlineStatus('2025', '2025-06-01')).toBe('upcoming');
    expect(deadlineStatus('2025', '2025-12-31')).toBe('due-soon');
    expect(deadlineStatus('2025', '2026-01-01')).toBe('overdue');
  });
  it('marks past, soon, later and missing deadlines', () => {
    const today = '2026-11-25';
    expect(deadlineStatus('2023-11-07', today)).toBe('overdue');
    expect(deadlineStatus('2026', today)).toBe('due-soon');
    expect(deadlineStatus('2027-03', today)).toBe('due-soon');
    expect(deadlineStatus('2027', today)).toBe('upcoming');
    expect(deadlineStatus(null, today)).toBe('undated');
  });
  it('sorts by due day, more precise first on the same day, undated last', () => {
    const sorted = [null, '2025', '2024-06', '2025-12-31', '2023', null].sort(compareDeadlines);
    expect(sorted).toEqual(['2023', '2024-06', '2025-12-31', '2025', null, null]);
  });
});
