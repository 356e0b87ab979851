// What kind of document a text is, as far as metadata and time are concerned. A
// government work report (政府工作报告) is read differently: it opens with 各位代表,
// its title is often missing from the copy, it is delivered at a people's congress on
// a date, and "今年" is the year it is delivered in.
import { fold } from '../text/fold.ts';

const ADDRESS = /^(各位代表|各位委员|同志们)\s*[:：!！,，]/;
const REPORTING = /(向大会(作|报告)|作政府工作报告|报告工作，请予审议|报告政府工作)/;
const TITLE = /政府工作报告/;

/** True for a government work report (or its excerpt): by its title, its address or its opening words. */
export function isWorkReport(lines: readonly string[]): boolean {
  const top = lines.slice(0, 10).map((l) => fold(l).trim());
  return top.some((l) => ADDRESS.test(l) || REPORTING.test(l) || (TITLE.test(l) && l.length <= 40));
}
