// Document-sharing sites number each page of a converted file ("1、", "2、" …) and
// cut the text wherever a page ends, even mid-word (学\n3、前教育). Such pages are
// recognised by their consecutive numbers and joined back into one text.
import type { Removal } from '../../schema/record.ts';

const PAGE = /^(\d{1,3})、/;
/** Characters a page of a shared document holds at the least (the median page is far longer). */
const PAGE_MIN = 80;

/** Joins numbered page fragments; returns the lines unchanged when there are none. */
export function mendPageSplits(lines: string[]): { lines: string[]; removed: Removal[] } {
  const numbered = lines.map((l) => PAGE.exec(l));
  // A run of at least three lines numbered 1、2、3、… in order, the first being 1.
  let first = -1;
  let expected = 1;
  const pages: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = numbered[i];
    if (!m) continue;
    if (Number(m[1]) === expected) {
      if (expected === 1) first = i;
      pages.push(i);
      expected++;
    }
  }
  if (pages.length < 3 || first < 0) return { lines, removed: [] };
  // A page holds a page of text; short numbered lines (1、改善城市道路环境) are a list.
  const lengths = pages.map((i) => lines[i].length).sort((a, b) => a - b);
  if (lengths[Math.floor(lengths.length / 2)] < PAGE_MIN) return { lines, removed: [] };
  // A real list (1、…。 2、…。) ends its items; a page break cuts sentences (学\n3、前教育).
  const cut = pages.filter((i) => i > 0 && !/[。；;！!？?：:”」）)]$/.test(lines[i - 1].trim())).length;
  if (cut < 2) return { lines, removed: [] };
  const pageSet = new Set(pages);
  const last = pages[pages.length - 1];
  // Lines between two page starts belong to the page before (the site keeps no other breaks).
  const out: string[] = [];
  const removed: Removal[] = [];
  let joined = '';
  for (let i = 0; i < lines.length; i++) {
    if (i < first || (i > last && !continuesPage(lines[i]))) {
      if (joined) {
        out.push(joined);
        joined = '';
      }
      out.push(lines[i]);
      continue;
    }
    let text = lines[i];
    if (pageSet.has(i)) {
      const m = numbered[i]!;
      removed.push({ reason: 'page number inserted by a document-sharing site', text: m[0] });
      text = text.slice(m[0].length);
    }
    joined += text;
  }
  if (joined) out.push(joined);
  return { lines: out, removed };
}

/** After the last page marker, the page text goes on until the site's own furniture starts. */
function continuesPage(line: string): boolean {
  return !/^[-–—•·]\s/.test(line) && !/^(链接地址|关\s*键\s*词)/.test(line);
}
