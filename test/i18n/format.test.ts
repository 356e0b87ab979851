import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate, formatPlanPeriod, formatRecurrence, formatTargetValue, truncate } from '../../src/i18n/format.ts';
import { t } from '../../src/i18n/index.ts';

describe('formatting for Chinese readers', () => {
  it('writes partial dates as precisely as they are known', () => {
    expect(formatPartialDate('2025')).toBe('2025年');
    expect(formatPartialDate('2025-12')).toBe('2025年12月');
    expect(formatPartialDate('2023-11-07')).toBe('2023年11月7日');
    expect(formatPartialDate(null)).toBe(t('common.unknown'));
  });

  it('keeps small numbers as written and large round ones in 万/亿', () => {
    expect(formatNumber(1200)).toBe('1200');
    expect(formatNumber(99.5)).toBe('99.5');
    expect(formatNumber(30000)).toBe('3万');
    expect(formatNumber(25000)).toBe('2.5万');
    expect(formatNumber(120_000_000)).toBe('1.2亿');
    expect(formatNumber(12_345.678)).toBe('12,345.678');
  });

  it('writes target values with unit and comparator', () => {
    expect(formatTargetValue(95, '%', '>=')).toBe('95%以上');
    expect(formatTargetValue(30000, '个', '~')).toBe('约3万个');
    expect(formatTargetValue(5, '所', '<=')).toBe('不超过5所');
    expect(formatTargetValue(100, '%', '=')).toBe('100%');
    expect(formatTargetValue(null, '%', '>=')).toBe('');
  });

  it('names periods and recurrences', () => {
    expect(formatPlanPeriod({ start: 2023, end: 2025 })).toBe('2023—2025年');
    expect(formatPlanPeriod({ start: 2025, end: 2025 })).toBe('2025年');
    expect(formatRecurrence('semester')).toBe('每学期');
    expect(formatRecurrence(null)).toBe('');
  });

  it('cuts long text on characters, not UTF-16 units', () => {
    expect(truncate('一二三四五', 3)).toBe('一二…');
    expect(truncate('𠀀𠀁𠀂', 2)).toBe('𠀀…');
    expect(truncate('短', 3)).toBe('短');
  });

  it('fills interface string placeholders', () => {
    expect(t('search.none', { q: '教体局' })).toBe('没有找到与“教体局”相关的结果。');
  });
});
