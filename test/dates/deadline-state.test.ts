import { describe, expect, it } from 'vitest';
import { deadlineState } from '../../src/dates/deadline-state.ts';

describe('deadline state on the build date', () => {
  it('a year deadline has not passed during that year', () => {
    expect(deadlineState('2025', '2025-06-01')).toBe('open');
    expect(deadlineState('2025', '2025-12-31')).toBe('due-soon');
    expect(deadlineState('2025', '2026-01-01')).toBe('passed');
  });

  it('marks passed, soon, later and missing deadlines', () => {
    const today = '2026-11-25';
    expect(deadlineState('2023-11-07', today)).toBe('passed');
    expect(deadlineState('2026', today)).toBe('due-soon');
    expect(deadlineState('2027-03', today)).toBe('due-soon');
    expect(deadlineState('2027', today)).toBe('open');
    expect(deadlineState(null, today)).toBe('undated');
  });

  it('a date that is not in the calendar is undated, not a deadline', () => {
    expect(deadlineState('2024-02-30', '2026-11-25')).toBe('undated');
  });
});
