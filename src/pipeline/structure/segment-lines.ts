// Cuts body lines into numbered items: a line may hold several ("三、工作措施(一)压实
// 县(区)主体责任1.逐步理顺…" when a page lost its line breaks). A marker inside a
// line counts after a sentence end, or right after a short heading.
import { fold } from '../text/fold.ts';
import { INLINE_MARKER, numberingAt } from './numbering.ts';

const SENTENCE_END = /[。；;！!？?：:]\s*$/;
const SHORT_HEADING = 26;

export function segmentLine(line: string): string[] {
  const view = fold(line);
  const cuts: number[] = [];
  let last = 0;
  let lastWasMarker = numberingAt(line) !== null;
  let depth = 0;
  const brackets = bracketDepths(view);
  for (const m of view.matchAll(INLINE_MARKER)) {
    const at = m.index;
    if (at === 0) continue;
    depth = brackets[at];
    if (depth > 0) continue;
    const before = view.slice(last, at);
    const afterHeading = lastWasMarker && before.length <= SHORT_HEADING && !/[，,。；;]/.test(stripMarker(before));
    if (SENTENCE_END.test(before) || afterHeading) {
      cuts.push(at);
      last = at;
      lastWasMarker = true;
    }
  }
  const parts: string[] = [];
  let start = 0;
  for (const c of cuts) {
    parts.push(line.slice(start, c));
    start = c;
  }
  parts.push(line.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function stripMarker(text: string): string {
  const n = numberingAt(text);
  return n ? text.slice(n.marker.length) : text;
}

/** Nesting depth of 《》 and “” at each offset: markers inside titles and quotes are text. */
function bracketDepths(view: string): number[] {
  const depths: number[] = new Array(view.length + 1).fill(0);
  let d = 0;
  for (let i = 0; i < view.length; i++) {
    const c = view[i];
    if (c === '《' || c === '“') d++;
    depths[i] = d;
    if ((c === '》' || c === '”') && d > 0) d--;
  }
  depths[view.length] = d;
  return depths;
}
