// Text copied out of a PDF keeps the PDF's layout: a table of contents with dot
// leaders, page numbers glued to the first line of each page ("12本一致"), lines
// broken at the page width in mid-sentence (and mid-number: "到 2025" / "年"), and
// subscripts on lines of their own ("2.5" of PM2.5). Here the layout goes and the
// paragraphs come back; every line removed is recorded with its reason.
import type { Removal } from '../../schema/record.ts';
import { numberingAt } from '../structure/numbering.ts';
import { fold } from '../text/fold.ts';

/** A table-of-contents entry: a title run into dot leaders (and its page number). */
const TOC_ENTRY = /(?:\.{6,}|…{3,}|·{6,}|\.{3,}…|…\.{3,})\s*\d*\s*$/;
/** A page number glued to the start of a line, before the page's first word. */
const GLUED_NUMBER = /^(\d{1,3})(?=[\p{Script=Han}“《（(])/u;
/** What follows a number that is a quantity or a date, not a page number. */
const UNIT_AFTER =
  /^(?:年|月|日|万|亿|千|百|个|项|家|所|名|人|元|%|‰|倍|次|条|座|处|公里|米|吨|亩|户|辆|件|平方|立方|余|多|届|期|号|类|级|批|套|台|岁|天|小时|分钟|周|场)/;
/** A line that is only a subscript or superscript left behind: 2.5, 10 2 2 3. */
const SUBSCRIPT = /^[\d.\s]{1,12}$/;
/** A table row printed on one line (…预期性 4.5左右): never joined to its neighbours. */
const TABLE_ROW = /(预期性|约束性)/;
const ATTACHMENT = /^(附件|附表|附录)/;
const SENTENCE_END = /[。！？!?；;：:”」）)]$/;

const length = (line: string) => [...line].length;

/** The width a hard-wrapped text is broken at, or null when its lines are paragraphs. */
export function wrapWidth(lines: readonly string[]): number | null {
  if (lines.length < 40) return null;
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(length(l), (counts.get(length(l)) ?? 0) + 1);
  const [width, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
  // Around the width, not only at it: digits and Latin letters are narrower.
  const near = lines.filter((l) => Math.abs(length(l) - width) <= 3);
  // Broken lines end mid-sentence; a column of table cells or short paragraphs ends with 。.
  const midSentence = near.filter((l) => !SENTENCE_END.test(fold(l).trim())).length;
  return width >= 18 && width <= 60 && n / lines.length >= 0.2 && near.length / lines.length >= 0.45 && midSentence / near.length >= 0.6 ? width : null;
}

function tableOfContents(lines: readonly string[], removed: Removal[]): string[] {
  const entries = lines.filter((l) => TOC_ENTRY.test(l)).length;
  if (entries < 3) return [...lines];
  return lines.filter((l) => {
    if (!TOC_ENTRY.test(l)) return true;
    removed.push({ reason: 'table of contents', text: l });
    return false;
  });
}

/** Page numbers glued to lines: a number counts when the numbers before and after it on other pages run in sequence. */
function gluedPageNumbers(lines: readonly string[], removed: Removal[]): string[] {
  const candidates: Array<{ at: number; n: number }> = [];
  lines.forEach((l, at) => {
    const m = GLUED_NUMBER.exec(l);
    if (m && !UNIT_AFTER.test(l.slice(m[0].length))) candidates.push({ at, n: Number(m[1]) });
  });
  const isPage = (i: number) => {
    const c = candidates[i];
    const near = (d: { at: number; n: number }, step: number) => d.n === c.n + step && Math.abs(d.at - c.at) <= 120;
    return candidates.some((d) => near(d, 1)) || candidates.some((d) => near(d, -1));
  };
  const pages = new Set(candidates.filter((_, i) => isPage(i)).map((c) => c.at));
  if (pages.size < 3) return [...lines];
  return lines.map((l, at) => {
    if (!pages.has(at)) return l;
    const m = GLUED_NUMBER.exec(l)!;
    removed.push({ reason: 'page number glued to a line by PDF conversion', text: m[1] });
    return l.slice(m[0].length);
  });
}

/** Joins lines broken at the page width; a short line, a sentence end before an item, or a table row ends a paragraph. */
function joinWraps(lines: readonly string[], width: number, removed: Removal[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const line of lines) {
    const view = fold(line).trim();
    if (open && SUBSCRIPT.test(view) && length(view) <= 12) {
      removed.push({ reason: 'subscript or superscript left on a line of its own by PDF conversion', text: line });
      continue;
    }
    const startsItem = numberingAt(view) !== null || ATTACHMENT.test(view);
    const row = TABLE_ROW.test(view);
    if (open && !startsItem && !row) {
      const previous = out[out.length - 1];
      // Chinese runs on without a space; Latin words and numbers keep one.
      const space = /[A-Za-z0-9]$/.test(previous) && /^[A-Za-z]/.test(view) ? ' ' : '';
      out[out.length - 1] = previous + space + line.trim();
    } else {
      out.push(line.trim());
    }
    const full = length(line.trim()) >= width - 2;
    open = full && !row && !(SENTENCE_END.test(view) && length(line.trim()) < width);
  }
  return out;
}

/** The text of a PDF copy with its layout undone; other texts come back unchanged. */
export function undoPdfLayout(lines: readonly string[]): { lines: string[]; removed: Removal[] } {
  const removed: Removal[] = [];
  const width = wrapWidth(lines);
  if (width === null) return { lines: tableOfContents(lines, removed), removed };
  const paged = gluedPageNumbers(tableOfContents(lines, removed), removed);
  return { lines: joinWraps(paged, width, removed), removed };
}
