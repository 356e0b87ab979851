// Some pages deliver a whole policy on one line, its paragraphs separated only by
// spaces. A space is a paragraph break after a sentence end, before a section
// number, or after a short heading-like run ("二、工作目标 2023年…"); spaces inside
// a sentence ("到 2025 年") or inside a cited title (《… …》) are not.

import { numberingAt } from '../structure/numbering.ts';

const LONG = 300;
const SENTENCE_END = /[。；;：:！!？?]$/;
const NUMBERING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十百]+[章节条])/;
const HEADING_RUN = { min: 4, max: 40 };

/** What the scan stops at: a bracket of a cited title, or a run of white space. */
const STOP = /[《》]|\s+/g;

function splitLine(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  STOP.lastIndex = 0;
  for (let m = STOP.exec(line); m; m = STOP.exec(line)) {
    if (m[0] === '《') depth++;
    else if (m[0] === '》') depth = Math.max(0, depth - 1);
    if (depth > 0 || m[0] === '《' || m[0] === '》') continue;
    const before = line.slice(start, m.index).trim();
    const after = line.slice(m.index + m[0].length);
    // A bare number (3.1.1 持续增强…) stays with its text.
    const headingRun = before.length >= HEADING_RUN.min && before.length <= HEADING_RUN.max && !/[，,。；;]/.test(before) && !/^[\d.．]+$/.test(before);
    if (before && (SENTENCE_END.test(before) || (NUMBERING.test(after) && numberingAt(after) !== null) || headingRun)) {
      out.push(before);
      start = m.index + m[0].length;
    }
  }
  const rest = line.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

export function splitLongLines(lines: string[]): string[] {
  return lines.flatMap((line) => (line.length < LONG ? [line] : splitLine(line)));
}
