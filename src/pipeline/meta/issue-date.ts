// The date a policy was issued, signed or approved: the labelled 成文日期, a date
// line of the signature (at the top under a 通知, or at the end of the text), the
// date a report was delivered or an outline approved at a congress (——2021年1月25日
// 在…人民代表大会…上, 2021年1月27日…会议批准), and only then the publication date.
import { parseFullDate } from '../dates/date-phrases.ts';
import { fold } from '../text/fold.ts';

const FULL_DATE = '(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,2}\\s*月\\s*[\\d一二三四五六七八九十]{1,3}\\s*日';
const DATE_LINE = new RegExp(`^[(（]?\\s*${FULL_DATE}\\s*[)）]?$`);
const ISO_LINE = /^\d{4}-\d{1,2}-\d{1,2}$/;
/** Delivered at, or approved by, a congress or meeting: ——2021年1月25日在…人民代表大会…上. */
export const SESSION = new RegExp(`^[—–\\-\\s]*(${FULL_DATE})\\s*(?:在.{2,40}(?:会议|大会)上|.{2,40}(?:会议|大会)(?:批准|通过|审议通过))`);

export interface DateInput {
  lines: readonly string[];
  written: string | null;
  published: string | null;
}

const asDate = (text: string | null) => (text ? parseFullDate(fold(text).replace(/\s+(?=\d)/g, '')) : null);

export function issueDateOf(input: DateInput): string | null {
  const written = asDate(input.written);
  if (written) return written;
  const views = input.lines.map((l) => fold(l).trim());
  // A session line may run on into the next line in converted PDFs.
  for (let i = 0; i < Math.min(views.length, 12); i++) {
    const m = SESSION.exec(views[i]) ?? SESSION.exec(views[i] + (views[i + 1] ?? ''));
    if (m) return parseFullDate(m[1]);
  }
  const head = views.slice(0, 24);
  const tail = views.slice(-16);
  for (const v of [...head, ...tail]) {
    if (DATE_LINE.test(v) || ISO_LINE.test(v)) return parseFullDate(v);
  }
  return asDate(input.published);
}
