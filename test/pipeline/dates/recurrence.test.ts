import { describe, expect, it } from 'vitest';
import { findRecurrences, recursWithin } from '../../../src/pipeline/dates/recurrence.ts';
import { fold } from '../../../src/pipeline/text/fold.ts';
import { real } from '../support.ts';

const kinds = (text: string) => findRecurrences(fold(text)).map((r) => r.recurrence);

describe('findRecurrences', () => {
  it('每年 → year: 「每年至少补充20名专业保育员」', () => {
    expect(kinds(real('zhenkang-education-2023-2025', '每年至少补充20名专业保育员'))).toEqual(['year']);
  });

  it('finds each recurrence of a sentence, in order, with its offsets', () => {
    const text = real('zhenkang-education-2023-2025', '每学期至少开展1次家访活动、每月至少召开1次家长会。');
    const found = findRecurrences(fold(text));
    expect(found.map((r) => r.recurrence)).toEqual(['semester', 'month']);
    expect(found.map((r) => text.slice(r.start, r.end))).toEqual(['每学期', '每月']);
  });

  it('每年 and 每学期 in one sentence', () => {
    const text = real('zhenkang-education-2023-2025', '县委常委会、县政府常务会每年研究教育工作不少于1次,领导干部每学期深入挂钩联系学校不少于1次');
    expect(kinds(text)).toEqual(['year', 'semester']);
  });

  it('每半年 → half-year, not year: 「至少每半年专题研究一次」', () => {
    expect(kinds(real('basic-education-action-plan', '至少每半年专题研究一次'))).toEqual(['half-year']);
  });

  it('每年度 → year', () => {
    expect(kinds(real('zhenkang-education-2023-2025', '每年度向县级部门印发三年行动计划重点任务清单'))).toEqual(['year']);
  });

  it('每天 → day: 「把每天一小时校园体育活动」', () => {
    expect(kinds(real('chuanhui-compulsory-balance-2019', '把每天一小时校园体育活动'))).toEqual(['day']);
  });

  it('每季度, 每个季度 → quarter; 每周 → week; 每个学期 → semester; 每半学年 → half-year', () => {
    expect(kinds('每季度召开1次调度会')).toEqual(['quarter']);
    expect(kinds('每个季度通报一次')).toEqual(['quarter']);
    expect(kinds('每周开展1次')).toEqual(['week']);
    expect(kinds('每个学期至少1次')).toEqual(['semester']);
    expect(kinds('每半学年评估一次')).toEqual(['half-year']);
  });

  it('a trend or a cycle is not a recurrence: 逐年提升, 每五年一周期', () => {
    expect(kinds(real('zhenkang-education-2023-2025', '促进学生体质健康优良率逐年提升'))).toEqual([]);
    expect(kinds(real('chuanhui-compulsory-balance-2019', '每五年一周期的继续教育全员培训'))).toEqual([]);
    expect(kinds('年年有余')).toEqual([]);
  });

  it('a short quoted name is no recurrence: “每天一课” is a programme; a quoted requirement still is one', () => {
    expect(kinds('实现中小学体育“每天一课”，课堂运动练习密度达到50%以上')).toEqual([]);
    expect(kinds('落实“每天一课”，中小学每天至少开展一次大课间活动')).toEqual(['day']);
    expect(kinds('要求“各地每年组织一次专项督导检查”')).toEqual(['year']);
  });

  it('traditional characters: 每學期 → semester', () => {
    expect(kinds('每學期至少開展1次學生心理健康篩查')).toEqual(['semester']);
  });

  it('survives hostile input', () => {
    expect(kinds('')).toEqual([]);
    expect(kinds('。，；“《')).toEqual([]);
    expect(findRecurrences('每年'.repeat(5000))).toHaveLength(5000);
  });
});

describe('recursWithin', () => {
  it('a count recurs at any period; a duration only within its period', () => {
    expect(recursWithin('次', 'day')).toBe(true);
    expect(recursWithin('名', 'year')).toBe(true);
    expect(recursWithin('分钟', 'day')).toBe(true);
    expect(recursWithin('小时', 'week')).toBe(true);
    expect(recursWithin('天', 'year')).toBe(true);
    expect(recursWithin('工作日', 'month')).toBe(true);
    expect(recursWithin('天', 'day')).toBe(false);
    expect(recursWithin('年', 'year')).toBe(false);
    expect(recursWithin('学期', 'semester')).toBe(false);
    expect(recursWithin('月', 'week')).toBe(false);
  });
});
