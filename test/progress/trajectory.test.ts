import { describe, expect, it } from 'vitest';
import { plannedTrajectories } from '../../src/progress/trajectory.ts';
import type { Target } from '../../src/schema/record.ts';
import { aTarget } from '../support/targets.ts';

function q(id: string, indicatorId: string | null, value: number, deadline: string | null, over: Partial<Target> = {}): Target {
  return aTarget({ id, indicatorId, value, deadline, ...over });
}

describe('plannedTrajectories', () => {
  it('镇康: 优质均衡 30 % by 2023 → 50 % by 2024 → 70 % by 2025 (stated twice); 数字校园 20 % → 60 %', () => {
    const targets = [
      q('a', 'compulsory-high-quality-balanced-share', 30, '2023'),
      q('b', 'digital-campus-share', 20, '2023'),
      q('c', 'safe-campus-rate', 100, '2023', { comparator: '=' }),
      q('d', 'compulsory-high-quality-balanced-share', 50, '2024'),
      q('e', 'digital-campus-share', 60, '2024'),
      q('f', 'compulsory-high-quality-balanced-share', 70, '2025'),
      q('g', 'compulsory-high-quality-balanced-share', 70, '2025'),
      q('h', null, 1200, '2024', { unit: '个' }),
    ];
    const [balanced, digital] = plannedTrajectories(targets); // sorted by key
    expect(balanced.indicatorId).toBe('compulsory-high-quality-balanced-share');
    expect(balanced.steps).toEqual([
      { deadline: '2023', year: 2023, value: 30, targetIds: ['a'] },
      { deadline: '2024', year: 2024, value: 50, targetIds: ['d'] },
      { deadline: '2025', year: 2025, value: 70, targetIds: ['f', 'g'] },
    ]);
    expect(balanced).toMatchObject({ monotonic: true, conflicts: [], unit: '%', comparator: '>=' });
    expect(digital.steps.map((s) => [s.deadline, s.value])).toEqual([
      ['2023', 20],
      ['2024', 60],
    ]);
    expect(plannedTrajectories(targets)).toHaveLength(2); // 平安校园 has one step only; 学位 has no indicator
  });

  it('恩施: 教联体 30 % (2023年底) → 60 % (2024年底) → 80 % (2025年底), each stated twice, one as 2023 and one as 2023-12', () => {
    const targets = [
      q('a', 'education-alliance-coverage', 30, '2023-12'),
      q('b', 'education-alliance-coverage', 60, '2024-12'),
      q('c', 'education-alliance-coverage', 80, '2025-12'),
      q('d', 'education-alliance-coverage', 30, '2023'),
      q('e', 'education-alliance-coverage', 60, '2024-12'),
      q('f', 'education-alliance-coverage', 80, '2025-12'),
      q('g', null, 3, '2023-12', { unit: '个', indicator: '示范性教联体' }),
    ];
    const [t] = plannedTrajectories(targets);
    expect(t.steps.map((s) => [s.deadline, s.value, s.targetIds])).toEqual([
      ['2023-12', 30, ['a', 'd']],
      ['2024-12', 60, ['b', 'e']],
      ['2025-12', 80, ['c', 'f']],
    ]);
    expect(plannedTrajectories(targets)).toHaveLength(1);
  });

  it('groups unlinked targets by their indicator name, and reports conflicts and reversals', () => {
    const targets = [
      q('a', null, 40, '2023', { indicator: '“名教师”占比' }),
      q('b', null, 30, '2024', { indicator: '名教师占比' }),
      q('c', null, 35, '2024', { indicator: '名教师占比' }),
    ];
    const [t] = plannedTrajectories(targets);
    expect(t).toMatchObject({ key: '名教师占比', monotonic: false });
    expect(t.conflicts).toEqual([{ deadline: '2024', values: [30, 35], targetIds: ['b', 'c'] }]);
  });

  it('keeps ≤ series apart from ≥ series and checks they fall', () => {
    const targets = [
      q('a', 'myopia-rate', 62, '2024', { comparator: '<=' }),
      q('b', 'myopia-rate', 60, '2025', { comparator: '<=' }),
      q('c', 'myopia-rate', 10, '2025'),
    ];
    const [t] = plannedTrajectories(targets);
    expect(t).toMatchObject({ comparator: '<=', monotonic: true });
    expect(t.steps.map((s) => s.value)).toEqual([62, 60]);
  });

  it('leaves out milestones, relative, recurring and undated targets', () => {
    const targets = [
      q('a', 'myopia-rate', 5, '2024', { change: 'decrease' }),
      q('b', 'myopia-rate', 5, '2025', { recurring: 'year' }),
      q('c', 'myopia-rate', 5, null),
      q('d', 'myopia-rate', 5, '2026', { kind: 'milestone' }),
      q('e', 'myopia-rate', 60, '2025', { comparator: '<=' }),
    ];
    expect(plannedTrajectories(targets)).toEqual([]);
  });
});
