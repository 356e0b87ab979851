import { describe, expect, it } from 'vitest';
import { buildDate, checkBuildDate, todayIn } from '../../src/dates/build-date.ts';

describe('the build date', () => {
  it('takes today in China time, not UTC', () => {
    // 2026-11-24 17:00 UTC is already 2026-11-25 01:00 in Beijing.
    expect(todayIn('Asia/Shanghai', new Date('2026-11-24T17:00:00Z'))).toBe('2026-11-25');
    expect(buildDate({}, new Date('2026-11-24T17:00:00Z'))).toBe('2026-11-25');
  });

  it('is pinned by LUOSHI_BUILD_DATE', () => {
    expect(buildDate({ LUOSHI_BUILD_DATE: '2024-02-29' })).toBe('2024-02-29');
  });

  it('refuses a pinned date that is malformed or not in the calendar, naming the variable', () => {
    expect(() => buildDate({ LUOSHI_BUILD_DATE: '2024-7-1' })).toThrow('LUOSHI_BUILD_DATE must be a date written as YYYY-MM-DD, got "2024-7-1"');
    expect(() => buildDate({ LUOSHI_BUILD_DATE: '2023-02-29' })).toThrow(/LUOSHI_BUILD_DATE/);
    expect(() => checkBuildDate('2025')).toThrow('the build date must be a date written as YYYY-MM-DD, got "2025"');
  });
});
