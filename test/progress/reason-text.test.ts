import { describe, expect, it } from 'vitest';
import { entryReason, formatRate, formatRatio, quantityReason, statusHref, statusLabel } from '../../src/progress/reason-text.ts';
import type { QuantityEntry, StatusEntry } from '../../src/progress/entries.ts';
import { FIXTURE_ROOT, fixtureProgress, progressFor, realProgress } from '../support/progress-data.ts';
import { readFixtures } from '../support/policy-fixtures.ts';

const real = await realProgress();
const fx = fixtureProgress();
const byId = (entries: StatusEntry[], id: string) => entries.find((e) => e.id === id)!;

describe('status words', () => {
  it('names every status in Chinese', () => {
    expect(statusLabel('achieved')).toBe('已达成');
    expect(statusLabel('acceleration-needed')).toBe('需加快进度');
    expect(statusLabel('insufficient-data')).toBe('数据不足');
    expect(statusLabel('overdue')).toBe('已逾期');
  });

  it('formats rates and ratios as the methodology page does', () => {
    expect(formatRate(0.02234)).toBe('2.23%');
    expect(formatRatio(1.0234)).toBe('1.02');
    expect(formatRatio(null)).toBe('无法计算');
  });
});

describe('reasons', () => {
  it('says which data are missing on the real sample', () => {
    const zk = real.progress.entries.find((e) => e.kind === 'quantity' && e.indicatorId === 'preschool-gross-enrolment') as QuantityEntry;
    expect(quantityReason(zk)).toBe('暂无镇康县截至2025年的公开数据。');
    const myopia = real.progress.entries.find((e) => e.kind === 'quantity' && e.indicatorId === 'myopia-rate');
    if (myopia) expect(entryReason(myopia)).toBe('目标未写明期限，无法评估。');
  });

  it('gives the trend and rates of an assessed target, and says when the final figure is still to come', () => {
    expect(entryReason(byId(fx.progress.entries, 't-6a4d0e21'))).toBe(
      '88.0%（2020年） → 91.5%（2024年）；实际年均增长 0.98%，所需 1.54%；期限已过，2025年数据尚未发布，按已有趋势判断',
    );
    expect(entryReason(byId(fx.progress.entries, 't-92c4e7b1'))).toBe('最新值96.0%（2024年）已达到目标（2025年 95.5%以上）。');
    expect(entryReason(byId(fx.progress.entries, 't-a3e8d1c6'))).toBe('仅有一个数据点（60%（2023年）），尚未达到目标，无法计算趋势。');
  });

  it('says an indicator missing from the catalogue is the reason, not the region', () => {
    const policies = readFixtures();
    const target = policies.flatMap((p) => p.targets).find((t) => t.id === 't-6a4d0e21')!;
    target.indicatorId = 'no-such-indicator';
    const entry = byId(progressFor(policies, FIXTURE_ROOT).progress.entries, 't-6a4d0e21');
    expect(entry.status).toBe('insufficient-data');
    expect(entryReason(entry)).toBe('指标“no-such-indicator”不在指标目录中，无法对应统计数据。');
  });

  it('explains milestones from their records and due dates', () => {
    expect(entryReason(byId(fx.progress.entries, 't-e5f31b08'))).toBe('2023年9月记录为已完成。');
    expect(entryReason(byId(fx.progress.entries, 't-7b6f2e90'))).toBe('本年度已完成（2026年3月1日记录）。');
    expect(entryReason(byId(fx.progress.entries, 't-4c0e8a1f'))).toBe('2023年1月记录为未完成。');
    expect(entryReason(byId(fx.progress.entries, 't-9e13f6d2'))).toBe('期限 2027年12月31日；尚无进展记录');
  });
});

describe('where a status links', () => {
  it('sends quantity statuses to their row on the indicator page and milestones to their policy entry', () => {
    expect(statusHref(byId(fx.progress.entries, 't-6a4d0e21'))).toBe('/indicators/upper-secondary-gross-enrolment/#t-6a4d0e21');
    expect(statusHref(byId(fx.progress.entries, 't-e5f31b08'))).toBe('/policies/zhenkang-education-2023-2025/#item-t-e5f31b08');
  });
});
