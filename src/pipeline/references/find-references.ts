// Policies a text cites: 《…》 titles, with the 发文字号 printed after them, and
// 发文字号 cited on their own (学习鄂教基〔2022〕7号文件).
import type { Reference } from '../../schema/record.ts';
import { fold } from '../text/fold.ts';
import { normaliseDocNumber } from '../text/doc-number.ts';

const CITED = /《([^《》]{2,120})》\s*(?:[(（]\s*([\p{Script=Han}]{1,10}[〔［\[【]\s*\d{4}\s*[〕］\]】]\s*\d{1,4}\s*号)\s*[)）])?/gu;
const BARE_NUMBER = /([\p{Script=Han}]{1,10}〔\d{4}〕\d{1,4}号)/gu;
/** Words before a cited number that are not part of its issuer's abbreviation. */
const LEAD_IN = /^.*(学习|贯彻|落实|根据|按照|执行|依据|印发|转发|参照|对照|依照|结合|遵照)/;

/** 〈云南省…〉 inside a title is the same policy with its quotation marks nested. */
const canonicalTitle = (s: string) => s.replace(/[〈]/g, '《').replace(/[〉]/g, '》').trim();
/** Titles compared without spaces and with one kind of dash (2022—2025 = 2022-2025). */
const sameTitle = (s: string) =>
  fold(s)
    .replace(/\s+/g, '')
    .replace(/[—–－-]+/g, '-');

export function findReferences(lines: string[], own: { title: string; docNumber: string | null }): Reference[] {
  const refs = new Map<string, Reference>();
  const ownTitle = sameTitle(own.title);
  const ownNumber = own.docNumber ? normaliseDocNumber(fold(own.docNumber)) : null;
  for (const line of lines) {
    const view = fold(line);
    for (const m of view.matchAll(CITED)) {
      const title = canonicalTitle(line.slice(m.index + 1, m.index + 1 + m[1].length));
      if (sameTitle(title) === ownTitle || title.length < 4) continue;
      const docNumber = m[2] ? normaliseDocNumber(m[2]) : null;
      const key = docNumber ?? title;
      if (!refs.has(key)) refs.set(key, { title, docNumber, policy: null });
    }
    for (const m of view.matchAll(BARE_NUMBER)) {
      const docNumber = normaliseDocNumber(m[1].replace(LEAD_IN, ''));
      if (docNumber === ownNumber || [...refs.values()].some((r) => r.docNumber === docNumber)) continue;
      refs.set(docNumber, { title: null, docNumber, policy: null });
    }
  }
  return [...refs.values()];
}
