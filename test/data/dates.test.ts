import { describe, expect, it } from 'vitest';
import { endOfPeriod, isFullDate, isPartialDate, isPast } from '../../src/data/dates.ts';

describe('partial dates', () => {
  it.each([
    ['2024', '2024-12-31'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2024-07', '2024-07-31'],
    ['2024-07-15', '2024-07-15'],
  ])('%s ends on %s', (partial, end) => {
    expect(endOfPeriod(partial)).toBe(end);
  });

  it('validates', () => {
    expect(['2024', '2024-12', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['24', '2024-13', '2023-02-29', '2024/07', '2024-7'].some(isPartialDate)).toBe(false);
    expect(isFullDate('2024-07')).toBe(false);
    expect(() => endOfPeriod('2024-13')).toThrow();
  });

  it('is past only after its last day', () => {
    expect(isPast('2024', '2024-12-31')).toBe(false);
    expect(isPast('2024', '2025-01-01')).toBe(true);
  });
});
