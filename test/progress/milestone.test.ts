import { describe, expect, it } from 'vitest';
import type { MilestoneRecord } from '../../src/data/check.ts';
import { milestoneProgress } from '../../src/progress/milestone.ts';
import { isAtRisk } from '../../src/progress/statuses.ts';
import type { Target } from '../../src/schema/record.ts';
import { TODAY } from '../data/helpers.ts';

describe('milestones: done, pending, lapsed, overdue', () => {
  const rec = (over: Partial<MilestoneRecord>): MilestoneRecord => ({
    targetId: 'm1',
    date: '2024-07',
    status: 'in-progress',
    evidence: '',
    note: '',
    file: 'm.csv',
    line: 2,
    ...over,
  });
  const m = (deadline: string | null, recurring: Target['recurring'] = null) => ({ id: 'm1', deadline, recurring });

  it('a partial deadline means the end of its period', () => {
    expect(milestoneProgress(m('2024'), [], '2024-12-31')).toMatchObject({ status: 'pending', due: '2024-12-31' });
    expect(milestoneProgress(m('2024'), [], '2025-01-01')).toMatchObject({ status: 'lapsed', reason: 'due-passed' });
    expect(milestoneProgress(m('2024-07'), [], '2024-07-31').status).toBe('pending');
    expect(milestoneProgress(m('2024-07'), [], '2024-08-01').status).toBe('lapsed');
    expect(milestoneProgress(m('2024-02'), [], '2024-02-29')).toMatchObject({ status: 'pending', due: '2024-02-29' });
    expect(milestoneProgress(m('2024-07-15'), [], '2024-07-16').status).toBe('lapsed');
  });

  it('only a record makes a milestone overdue: a passed deadline without one is lapsed, and not at risk', () => {
    expect(milestoneProgress(m('2023'), [rec({ status: 'missed', date: '2024-01' })], TODAY)).toMatchObject({ status: 'overdue', reason: 'recorded-missed' });
    expect(milestoneProgress(m('2023'), [rec({ status: 'in-progress', date: '2023-06' })], TODAY)).toMatchObject({ status: 'lapsed', reason: 'due-passed' });
    expect(isAtRisk('lapsed')).toBe(false);
    expect(isAtRisk('overdue')).toBe(true);
  });

  it('the latest record decides: done beats the deadline, missed makes it overdue early', () => {
    expect(milestoneProgress(m('2023'), [rec({ status: 'done', date: '2024-03' })], TODAY).status).toBe('done');
    expect(milestoneProgress(m('2026'), [rec({ status: 'missed' })], TODAY)).toMatchObject({ status: 'overdue', reason: 'recorded-missed' });
    expect(milestoneProgress(m('2026'), [rec({ status: 'done', date: '2024-01' }), rec({ status: 'in-progress', date: '2024-07' })], TODAY).status).toBe(
      'pending',
    );
    expect(milestoneProgress(m('2026'), [rec({ targetId: 'other', status: 'done' })], TODAY).status).toBe('pending');
  });

  it('recurring milestones are done only for the current year and never overdue', () => {
    expect(milestoneProgress(m(null, 'year'), [rec({ status: 'done', date: '2025-07' })], TODAY).status).toBe('done');
    expect(milestoneProgress(m(null, 'year'), [rec({ status: 'done', date: '2024-07' })], TODAY)).toMatchObject({ status: 'pending', reason: 'no-deadline' });
  });

  it('refuses a malformed today', () => {
    expect(() => milestoneProgress(m('2024'), [], '2024')).toThrow(/YYYY-MM-DD/);
  });
});
