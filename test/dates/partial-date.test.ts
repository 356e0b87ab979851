import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  daysBetween,
  isFullDate,
  isPartialDate,
  nextDay,
  parsePartialDate,
  periodEnd,
  periodStart,
  toPartialDate,
  yearOf,
} from '../../src/dates/partial-date.ts';

describe('partial dates', () => {
  it('parses the three precisions and rejects impossible dates', () => {
    expect(parsePartialDate('2025')).toEqual({ year: 2025, month: null, day: null, precision: 'year' });
    expect(parsePartialDate('2025-12')?.precision).toBe('month');
    expect(parsePartialDate('2023-11-07')).toEqual({ year: 2023, month: 11, day: 7, precision: 'day' });
    expect(parsePartialDate('2025-13')).toBeNull();
    expect(parsePartialDate('2025-02-30')).toBeNull();
    expect(parsePartialDate('2025年')).toBeNull();
    expect(parsePartialDate(' 2025')).toBeNull();
    expect(parsePartialDate(null)).toBeNull();
  });

  it('checks the calendar, leap years included', () => {
    expect(['2024', '2024-12', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['24', '2024-13', '2023-02-29', '2024-02-30', '2024-04-31', '2024/07', '2024-7', '2024-00'].some(isPartialDate)).toBe(false);
    expect(isFullDate('2024-07-15')).toBe(true);
    expect(isFullDate('2024-07')).toBe(false);
  });

  it('keeps what a text says as precisely as the calendar allows', () => {
    expect(toPartialDate(2024, 2, 29)).toBe('2024-02-29');
    expect(toPartialDate(2024, 2, 30)).toBe('2024-02');
    expect(toPartialDate(2023, 2, 29)).toBe('2023-02');
    expect(toPartialDate(2024, 13, 1)).toBe('2024');
    expect(toPartialDate(2024, 6, null)).toBe('2024-06');
    expect(toPartialDate(2024, null, 5)).toBe('2024');
  });

  it('a deadline falls due on the last day of the period it names', () => {
    expect(periodEnd('2025')).toBe('2025-12-31');
    expect(periodEnd('2025-12')).toBe('2025-12-31');
    expect(periodEnd('2025-02')).toBe('2025-02-28');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2023-11-07')).toBe('2023-11-07');
    expect(periodEnd('2024-02-30')).toBeNull();
    expect(periodStart('2025')).toBe('2025-01-01');
    expect(periodStart('2025-06')).toBe('2025-06-01');
  });

  it('gives the year of a valid date only', () => {
    expect(yearOf('2024-07')).toBe(2024);
    expect(yearOf('2024-13')).toBeNull();
    expect(yearOf(null)).toBeNull();
  });

  it('counts days and steps to the next day across year ends', () => {
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-11-25', '2025-12-31')).toBe(-329);
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
  });

  it('sorts by due day, more precise first on the same day, missing last', () => {
    const sorted = [null, '2025', '2024-06', '2025-12-31', '2023', null].sort(comparePartialDates);
    expect(sorted).toEqual(['2023', '2024-06', '2025-12-31', '2025', null, null]);
  });
});
