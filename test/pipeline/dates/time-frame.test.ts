// The document's own time: the year 今年 and 年内 mean, and the end of its plan period.
import { describe, expect, it } from 'vitest';
import { timeFrameOf } from '../../../src/pipeline/dates/time-frame.ts';
import type { Meta, Section } from '../../../src/schema/record.ts';
import { realCorpus } from '../support.ts';

const meta = (fields: Partial<Meta>): Meta => ({
  title: '某市政府工作报告',
  issuers: [],
  date: null,
  docNumber: null,
  region: null,
  validity: null,
  indexNumber: null,
  planPeriod: null,
  attachments: [],
  sourceUrl: null,
  sector: null,
  ...fields,
});

const part = (id: string, title: string, role: Section['role']): Section => ({ id, number: '', title, level: 1, parent: null, role });

describe('timeFrameOf', () => {
  it('the issue date gives the year, the plan period its end', () => {
    expect(timeFrameOf(meta({ date: '2021-03-05', planPeriod: { start: 2021, end: 2025 } }), [], false)).toEqual({ year: 2021, planEnd: 2025 });
  });

  it('a copy without a date takes the year of its document number', () => {
    const number = realCorpus('22-city-quanzhou-school-arts-implementation-plan-2017.txt', '泉政办〔2017〕106号');
    expect(timeFrameOf(meta({ docNumber: number }), [], false)).toEqual({ year: 2017, planEnd: null });
  });

  it('a work report without a date takes the year its tasks are headed with', () => {
    const sections = [
      part('s1', '二〇〇八年工作回顾', 'review'),
      part('s2', realCorpus('08-city-fangchenggang-government-work-report-2009.txt', '２００９年主要工作任务'), 'tasks'),
    ];
    expect(timeFrameOf(meta({}), sections, true).year).toBe(2009);
  });

  it('a work report whose only headed year is its review’s speaks of the year after', () => {
    expect(timeFrameOf(meta({}), [part('s1', '2006年工作回顾', 'review'), part('s2', '今年工作安排', 'tasks')], true).year).toBe(2007);
  });

  it('a plan without a date knows no year: its headings do not date it', () => {
    expect(timeFrameOf(meta({}), [part('s1', '2019年工作目标', 'goals')], false)).toEqual({ year: null, planEnd: null });
  });
});
