// Cuts body lines into numbered items: a line may hold several ("三、工作措施(一)压实
// 县(区)主体责任1.逐步理顺…" when a page lost its line breaks). A marker inside a
// line counts after a sentence end, or right after a short heading.
import { fold } from '../text/fold.ts';
import { INLINE_MARKER, numberingAt } from './numbering.ts';
import { insideBrackets } from '../text/brackets.ts';

const SENTENCE_END = /[。；;！!？?：:]\s*$/;
const SHORT_HEADING = 26;

export function segmentLine(line: string): string[] {
  const view = fold(line);
  const cuts: number[] = [];
  let last = 0;
  let lastWasMarker = numberingAt(line) !== null;
  const quoted = insideBrackets(view, '《“');
  for (const m of view.matchAll(INLINE_MARKER)) {
    const at = m.index;
    if (at === 0) continue;
    if (quoted[at]) continue;
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
