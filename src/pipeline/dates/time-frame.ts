// The document's own time: the year relative phrases (今年, 年内, 一季度) mean and the end
// of its plan period (期末). The year is the issue date's; for a copy without a date, the
// year of its 发文字号 (泉政办〔2017〕106号); for a work report without one, the year its
// goals and tasks are headed with (２００９年主要工作任务), else the year after its review.
import type { Meta, Section } from '../../schema/record.ts';
import { fold } from '../text/fold.ts';
import type { TimeFrame } from './date-phrases.ts';

const YEAR = /((?:19|20)\d{2})\s*年/;
const DOC_NUMBER_YEAR = /[〔[]\s*((?:19|20)\d{2})\s*[〕\]]/;

function headedYear(sections: readonly Section[]): number | null {
  const years = (roles: (role: Section['role']) => boolean) =>
    sections
      .filter((s) => s.level === 1 && roles(s.role))
      .map((s) => YEAR.exec(fold(s.title))?.[1])
      .filter((y): y is string => y !== undefined)
      .map(Number);
  const ahead = years((r) => r !== 'review');
  if (ahead.length) return Math.max(...ahead);
  const past = years((r) => r === 'review');
  return past.length ? Math.max(...past) + 1 : null;
}

export function timeFrameOf(meta: Meta, sections: readonly Section[], workReport: boolean): TimeFrame {
  const fromNumber = meta.docNumber ? DOC_NUMBER_YEAR.exec(meta.docNumber)?.[1] : undefined;
  const year = meta.date ? Number(meta.date.slice(0, 4)) : fromNumber ? Number(fromNumber) : workReport ? headedYear(sections) : null;
  return { year, planEnd: meta.planPeriod?.end ?? null };
}
