import { describe, expect, it } from 'vitest';
import { compareSnapshots, describeChanges } from '../../src/publish/changes.ts';
import type { Snapshot } from '../../src/publish/snapshot.ts';

const snapshot = (observations: Record<string, string>, statuses: Record<string, string> = {}): Snapshot => ({
  today: '2026-11-25',
  observations,
  statuses,
  labels: { 'preschool-gross-enrolment': '学前教育毛入园率', 't-1': '镇康县教育高质量发展三年行动计划实施方案: 全县学前教育三年毛入园率达95%以上' },
});

describe('compareSnapshots', () => {
  it('names new, revised and removed observations as data staff write them', () => {
    const before = snapshot({ 'preschool-gross-enrolment|全国|2023': '91.1', 'preschool-gross-enrolment|全国|2022': '89.7' });
    const after = snapshot({ 'preschool-gross-enrolment|全国|2023': '91.10', 'preschool-gross-enrolment|全国|2024': '92.00' });
    const changes = compareSnapshots(before, after);
    expect(changes).toEqual({
      added: ['学前教育毛入园率 全国 2024: 92.00'],
      revised: ['学前教育毛入园率 全国 2023: 91.1 → 91.10'],
      removed: ['学前教育毛入园率 全国 2022'],
      statuses: [],
    });
  });

  it('reports targets whose status changed, not those that kept or gained one', () => {
    const changes = compareSnapshots(snapshot({}, { 't-1': 'insufficient-data' }), snapshot({}, { 't-1': 'on-track', 't-2': 'achieved' }));
    expect(changes.statuses).toEqual(['镇康县教育高质量发展三年行动计划实施方案: 全县学前教育三年毛入园率达95%以上: insufficient-data → on-track']);
  });

  it('says so when nothing changed, and when there is nothing to compare with', () => {
    const same = snapshot({ 'preschool-gross-enrolment|全国|2023': '91.1' });
    expect(describeChanges(compareSnapshots(same, same), false)).toEqual(['no change in observations or target statuses since the last publish']);
    expect(describeChanges(compareSnapshots(null, same), true)).toEqual(['first publish: nothing to compare with']);
  });
});
