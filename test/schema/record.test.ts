import { describe, expect, it } from 'vitest';
import { partialDate, target } from '../../src/schema/record.ts';
import { aTarget } from '../support/targets.ts';

describe('partialDate in the record', () => {
  it('accepts the three precisions as strings', () => {
    for (const v of ['2025', '2025-12', '2024-02-29']) expect(partialDate.safeParse(v).success).toBe(true);
  });

  it('refuses a day the calendar does not have, saying so once', () => {
    const result = partialDate.safeParse('2024-02-30');
    expect(result.error?.issues.map((i) => i.message)).toEqual(['no such date in the calendar: check the month and the day']);
  });

  it('refuses other shapes with the format it expects', () => {
    for (const v of ['2024-2', '2024/02', '二〇二四年']) {
      expect(partialDate.safeParse(v).error?.issues.map((i) => i.message)).toEqual([
        'expected a date written as YYYY, YYYY-MM or YYYY-MM-DD (as a quoted string)',
      ]);
    }
  });

  it('so a target due on 2024-02-30 is no valid record', () => {
    const t = aTarget({
      id: 't-1',
      kind: 'milestone',
      text: '2024年2月30日前完成',
      phrase: '完成',
      value: null,
      unit: null,
      comparator: null,
      deadline: '2024-02-30',
    });
    expect(target.safeParse(t).success).toBe(false);
    expect(target.safeParse({ ...t, deadline: '2024-02' }).success).toBe(true);
  });
});
