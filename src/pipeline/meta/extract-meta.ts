// Document metadata: title, issuers, date, 发文字号, region, validity, index number,
// plan period, attachments, sector. Read from the page header and the 通知 wrapper
// as well as the policy's own lines; each field has a module of its own.
import type { CleanText } from '../../schema/document.ts';
import type { Meta } from '../../schema/record.ts';
import { findDatePhrases } from '../dates/date-phrases.ts';
import { fold } from '../text/fold.ts';
import { normaliseDocNumber } from '../text/doc-number.ts';
import { isWorkReport } from './document-kind.ts';
import { issueDateOf } from './issue-date.ts';
import { issuersOf, reportingGovernment } from './issuers.ts';
import { labelledFields } from './labelled-fields.ts';
import { regionOf } from './region.ts';
import { guessSector } from './sector.ts';
import { titleOf } from './title.ts';

const DOC_NUMBER = /([\p{Script=Han}]{1,10}[〔［\[【(（]\s*\d{4}\s*[〕］\]】)）]\s*\d{1,4}\s*号)/u;

export interface MetaInput {
  clean: CleanText;
  /** Title of the HTML page, file name of a docx …: a last resort for the title. */
  fallbackTitle: string | null;
  sourceUrl: string | null;
  /** True for a national body: the unit directory decides (国务院, 教育部 …). */
  isNationalBody: (name: string) => boolean;
}

function planPeriodFrom(title: string | null): Meta['planPeriod'] {
  if (!title) return null;
  const period = findDatePhrases(fold(title)).find((d) => d.role === 'period');
  if (!period) return null;
  return { start: period.from, end: Number(period.value.slice(0, 4)) };
}

function attachmentsFrom(lines: string[]): string[] {
  const at = lines.findIndex((l) => /^附\s*件\s*[:：\d]/.test(fold(l)));
  if (at < 0) return [];
  // The list ends where page furniture (相关解读, 图解 …) or ordinary text begins.
  const end = lines.findIndex((l, i) => i > at && (/^(相关|图解|政策问答|解读|扫一扫|【)/.test(l) || l.length > 80));
  const text = lines
    .slice(at, end < 0 ? undefined : end)
    .join(' ')
    .replace(/^附\s*件\s*[:：]?\s*/, '');
  return text
    .split(/\s*\d{1,2}\s*[.．、]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The 发文字号 near the top, as printed (肇教發〔2024〕21號 stays traditional), not one cited in a title. */
function printedDocNumber(lines: string[]): string | null {
  for (const line of lines) {
    const m = DOC_NUMBER.exec(fold(line));
    if (m && !/《/.test(line.slice(0, m.index))) return line.slice(m.index, m.index + m[1].length);
  }
  return null;
}

export function extractMeta(input: MetaInput): Meta {
  const { lines, header } = input.clean;
  const fields = labelledFields([...header, ...lines.slice(0, 4)]);
  const workReport = isWorkReport(lines);
  const title = titleOf({ header, lines, labelled: fields.title ?? null, workReport, fallback: input.fallbackTitle }).replace(/\s+/g, ' ');
  let issuers = workReport ? [] : issuersOf({ header, lines, labelled: fields.issuer ?? null, title });
  const region = regionOf({ issuers, title, lines, isNationalBody: input.isNationalBody });
  if (workReport) issuers = reportingGovernment(lines, region);
  const docNumber = fields.docNumber ?? printedDocNumber(lines.slice(0, 8));
  return {
    title,
    issuers,
    date: issueDateOf({ lines, written: fields.written ?? null, published: fields.published ?? null }),
    docNumber: docNumber ? normaliseDocNumber(docNumber) : null,
    region,
    validity: fields.validity ?? null,
    indexNumber: fields.index ?? null,
    planPeriod: planPeriodFrom(title),
    attachments: attachmentsFrom(lines),
    sourceUrl: input.sourceUrl,
    sector: guessSector(title, lines),
  };
}
