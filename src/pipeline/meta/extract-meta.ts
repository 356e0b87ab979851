// Document metadata: title, issuers, date, 发文字号, region, validity, index number,
// plan period, attachments, sector. Read from the page header and the 通知 wrapper
// as well as the policy's own lines.
import type { CleanText } from '../../schema/document.ts';
import type { Meta } from '../../schema/record.ts';
import { findDatePhrases, parseFullDate } from '../dates/date-phrases.ts';
import { fold } from '../text/fold.ts';
import { normaliseDocNumber } from '../text/doc-number.ts';
import { leadingPlaces } from './places.ts';
import { guessSector } from './sector.ts';

const POLICY_KIND = '(?:方案|计划|意见|办法|规划|要点|细则|措施|纲要|规定|清单|决定|条例|通知|指南|标准|制度|机制|任务)';
const OWN_TITLE = new RegExp(`《([^《》]{4,80}?${POLICY_KIND}(?:[(（][^()（）]{4,20}[)）])?)》(?=已经|印发给|现印发|，?请|的通知|》|$)`);
const PUBLISHED_TITLE = new RegExp(`(?:印发|发布|出台|制定)(?:了)?《([^《》]{4,80}?${POLICY_KIND}(?:[(（][^()（）]{4,20}[)）])?)》`);
const TITLE_LINE = new RegExp(`${POLICY_KIND}(?:\\s*[(（][^()（）]{4,20}[)）])?$`);
const ORG_LINE = /^(中共)?[\p{Script=Han}()（）、]{2,30}(办公室|办公厅|人民政府|政府|委员会|局|厅|委|部|院|中心)$/u;
const DOC_NUMBER = /([\p{Script=Han}]{1,10}[〔［\[【(（]\s*\d{4}\s*[〕］\]】)）]\s*\d{1,4}\s*号)/u;

export interface MetaInput {
  clean: CleanText;
  /** Title of the HTML page, file name of a docx …: a last resort for the title. */
  fallbackTitle: string | null;
  sourceUrl: string | null;
}

function field(lines: string[], label: RegExp): string | null {
  for (const l of lines) {
    const m = new RegExp(`(?:${label.source})\\s*[:：]\\s*(\\S+)`).exec(l);
    if (m) return m[m.length - 1];
  }
  return null;
}

/** Consecutive short lines that together end with a policy kind: a title broken over lines. */
function titleFromLines(lines: string[]): string | null {
  const limit = Math.min(lines.length, 14);
  for (let i = 0; i < limit; i++) {
    const parts: string[] = [];
    for (let j = i; j < Math.min(limit, i + 4); j++) {
      const l = lines[j].trim();
      if (l.length > 40 || /[。，,；;：:]/.test(fold(l))) break;
      parts.push(l);
      const joined = parts.join('');
      if (TITLE_LINE.test(fold(joined)) && !/^关于/.test(joined) && !/的通知$/.test(joined)) {
        // A period on the next line belongs to the title: (2022-2025年)
        const next = lines[j + 1]?.trim() ?? '';
        return /^[(（]\s*\d{4}\s*[-—–]+\s*\d{4}\s*年\s*[)）]$/.test(fold(next)) ? joined + next : joined;
      }
    }
  }
  return null;
}

function titleFrom(input: MetaInput): string | null {
  const { lines, header } = input.clean;
  const top = [...header, ...lines.slice(0, 12)];
  for (const l of top) {
    const own = OWN_TITLE.exec(l) ?? PUBLISHED_TITLE.exec(l);
    if (own) return own[1].trim();
  }
  const own = titleFromLines(lines);
  if (own) return own;
  const fallback = input.fallbackTitle?.replace(/\.(docx?|pdf|wps|txt|html?)$/i, '').trim();
  if (fallback) return /关于印发(.+?)的通知/.exec(fallback)?.[1]?.replace(/[《》]/g, '') ?? fallback;
  return lines[0]?.slice(0, 60) ?? null;
}

/** Issuing bodies: the signature above the date, else the 发文单位 field, else the headline. */
function issuersFrom(input: MetaInput): string[] {
  const { lines, header } = input.clean;
  for (let i = 0; i < Math.min(lines.length, 20); i++) {
    if (!/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(fold(lines[i]).trim()) && !/^[〇零一二三四五六七八九十]{4}年/.test(lines[i])) continue;
    const names: string[] = [];
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const parts = lines[j].trim().split(/\s+/);
      if (!parts.every((p) => ORG_LINE.test(p))) break;
      names.unshift(...parts);
    }
    if (names.length) return names;
  }
  const issuedBy = field(header, /(发文单位|发文机关|发布机构)/);
  const joint = /^([\p{Script=Han}]{2,30}?(?:局|委员会|政府|办公室|厅))(?:等\d+部门)?(?:联合)?(?:印发|发布)/u;
  for (const l of lines.slice(0, 12)) {
    const m = joint.exec(l.trim());
    if (m) return [m[1]];
  }
  for (let i = 0; i < Math.min(lines.length, 3); i++) {
    if (ORG_LINE.test(lines[i].trim()) && /关于印发|的通知/.test(lines[i + 1] ?? '')) return [lines[i].trim()];
  }
  if (issuedBy) return [issuedBy];
  const headline = [...header, ...lines.slice(0, 2)].find((l) => /关于印发/.test(l));
  if (headline) {
    const before = headline.split('关于印发')[0].trim();
    const names = before.split(/\s+/).filter((p) => ORG_LINE.test(p));
    if (names.length) return names;
  }
  return [];
}

function dateFrom(input: MetaInput): string | null {
  const { lines, header } = input.clean;
  const labelled = field(header.map((h) => h.replace(/\s+(?=\d)/g, '')), /(发文日期|成文日期|印发日期)/);
  if (labelled) return parseFullDate(labelled);
  for (const l of lines.slice(0, 20)) {
    const t = fold(l).trim();
    if (/^(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/.test(t)) return parseFullDate(t);
  }
  const published = field(header.map((h) => h.replace(/\s+(?=\d)/g, '')), /(时间|发布时间|发布日期|日期)/);
  return published ? parseFullDate(published) : null;
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
  const text = lines.slice(at, end < 0 ? undefined : end).join(' ').replace(/^附\s*件\s*[:：]?\s*/, '');
  return text.split(/\s*\d{1,2}\s*[.．、]\s*/).map((s) => s.trim()).filter(Boolean);
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
  const title = titleFrom(input)?.replace(/\s+/g, ' ') ?? '未命名文件';
  const issuers = issuersFrom(input);
  const docNumber = field(header, /(发文字号|文号)/) ?? printedDocNumber(lines.slice(0, 8));
  // The issuing body's seat names the region more surely than a title (健康沅州行动 is no place).
  const regionSource = [...issuers, title].map((n) => leadingPlaces(n.replace(/^[“"]/, ''))).find((p) => p.length);
  return {
    title,
    issuers,
    date: dateFrom(input),
    docNumber: docNumber ? normaliseDocNumber(docNumber) : null,
    region: regionSource ? regionSource[regionSource.length - 1] : null,
    validity: field(header, /(效力状态|有效性|时效)/),
    indexNumber: field(header, /索引号/),
    planPeriod: planPeriodFrom(title),
    attachments: attachmentsFrom(lines),
    sourceUrl: input.sourceUrl,
    sector: guessSector(title, lines),
  };
}
