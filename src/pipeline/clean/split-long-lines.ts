// Some pages deliver a whole policy on one line, its paragraphs separated only by
// spaces. A space is a paragraph break after a sentence end, before a section
// number, or after a short heading-like run ("二、工作目标 2023年…"); spaces inside
// a sentence ("到 2025 年") or inside a cited title (《… …》) are not.

import { numberingAt } from '../structure/numbering.ts';

const LONG = 300;
const SENTENCE_END = /[。；;：:！!？?]$/;
const NUMBERING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十百]+[章节条])/;
const HEADING_RUN = { min: 4, max: 40 };

function splitLine(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '《') depth++;
    else if (c === '》') depth = Math.max(0, depth - 1);
    if (depth > 0 || !/\s/.test(c)) continue;
    let j = i;
    while (j < line.length && /\s/.test(line[j])) j++;
    const before = line.slice(start, i).trim();
    const after = line.slice(j);
    // A bare number (3.1.1 持续增强…) stays with its text.
    const headingRun = before.length >= HEADING_RUN.min && before.length <= HEADING_RUN.max && !/[，,。；;]/.test(before) && !/^[\d.．]+$/.test(before);
    if (before && (SENTENCE_END.test(before) || (NUMBERING.test(after) && numberingAt(after) !== null) || headingRun)) {
      out.push(before);
      start = j;
    }
    i = j - 1;
  }
  const rest = line.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

export function splitLongLines(lines: string[]): string[] {
  return lines.flatMap((line) => (line.length < LONG ? [line] : splitLine(line)));
}
