// Policies a text cites: 《…》 titles, with the 发文字号 printed after them.
import type { Reference } from '../../schema/record.ts';
import { fold } from '../text/fold.ts';

const CITED = /《([^《》]{2,120})》\s*(?:[(（]\s*([\p{Script=Han}]{1,10}[〔［\[【]\s*\d{4}\s*[〕］\]】]\s*\d{1,4}\s*号)\s*[)）])?/gu;
const BARE_NUMBER = /([\p{Script=Han}]{1,10}〔\d{4}〕\d{1,4}号)/gu;

const normalise = (s: string) => s.replace(/\s+/g, '').replace(/[［\[【]/, '〔').replace(/[］\]】]/, '〕');
/** 〈云南省…〉 inside a title is the same policy with its quotation marks nested. */
const canonicalTitle = (s: string) => s.replace(/[〈]/g, '《').replace(/[〉]/g, '》').trim();

export function findReferences(lines: string[], ownTitle: string): Reference[] {
  const refs = new Map<string, Reference>();
  const own = ownTitle.replace(/\s+/g, '');
  for (const line of lines) {
    const view = fold(line);
    for (const m of view.matchAll(CITED)) {
      const title = canonicalTitle(line.slice(m.index + 1, m.index + 1 + m[1].length));
      if (title.replace(/\s+/g, '') === own || title.length < 4) continue;
      const docNumber = m[2] ? normalise(m[2]) : null;
      const key = docNumber ?? title;
      if (!refs.has(key)) refs.set(key, { title, docNumber, policy: null });
    }
    for (const m of view.matchAll(BARE_NUMBER)) {
      const docNumber = normalise(m[1]);
      if ([...refs.values()].some((r) => r.docNumber === docNumber)) continue;
      refs.set(docNumber, { title: null, docNumber, policy: null });
    }
  }
  return [...refs.values()];
}
