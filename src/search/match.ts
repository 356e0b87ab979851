// How one query term matches a text, and where: what search ranks and highlights. Chinese has
// no spaces between words, so a term is matched three ways, best first:
//   exact  the term as a substring (毛入学率 in 高中阶段毛入学率);
//   split  the term in two parts of two or more characters, in order, a few characters apart
//          (镇康教育 in 镇康县教育…: people leave out the characters between words);
//   typo   the term with one character wrong, for terms of three or more characters
//          (毛入学律 finds 毛入学率).
// Texts and terms are folded first (foldText): NFKC (full-width ２０２５ → 2025) and lower case.

export type MatchKind = 'exact' | 'split' | 'typo';

export interface TermMatch {
  kind: MatchKind;
  /** [start, end) ranges in the folded text, to highlight. */
  ranges: [number, number][];
}

/** At most this many characters between the two parts of a split match. */
const SPLIT_GAP = 4;

/** NFKC and lower case, one UTF-16 unit per character kept where NFKC keeps it. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function exact(term: string, text: string): TermMatch | null {
  const at = text.indexOf(term);
  return at < 0 ? null : { kind: 'exact', ranges: [[at, at + term.length]] };
}

function split(term: string, text: string): TermMatch | null {
  for (let cut = 2; cut <= term.length - 2; cut++) {
    const head = term.slice(0, cut);
    const tail = term.slice(cut);
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
      const from = at + head.length;
      let next = -1;
      for (let gap = 1; gap <= SPLIT_GAP && next < 0; gap++) if (text.startsWith(tail, from + gap)) next = from + gap;
      if (next >= 0) {
        return {
          kind: 'split',
          ranges: [
            [at, from],
            [next, next + tail.length],
          ],
        };
      }
    }
  }
  return null;
}

function typo(term: string, text: string): TermMatch | null {
  const n = term.length;
  if (n < 3) return null;
  // A window with one wrong character shares its first or its second half with the term.
  const half = Math.floor(n / 2);
  const anchors: [string, number][] = [
    [term.slice(0, half), 0],
    [term.slice(half), half],
  ];
  for (const [piece, offset] of anchors) {
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
      const start = at - offset;
      if (start < 0 || start + n > text.length) continue;
      let wrong = 0;
      for (let i = 0; i < n && wrong <= 1; i++) if (text[start + i] !== term[i]) wrong++;
      if (wrong === 1) return { kind: 'typo', ranges: [[start, start + n]] };
    }
  }
  return null;
}

/** The best match of a folded term in a folded text, or null. */
export function matchTerm(term: string, text: string): TermMatch | null {
  if (!term) return null;
  return exact(term, text) ?? (term.length >= 4 ? split(term, text) : null) ?? typo(term, text);
}

/** Text cut into plain and highlighted pieces, for display (ranges may overlap or be unsorted). */
export function highlightPieces(text: string, ranges: readonly [number, number][]): { text: string; hit: boolean }[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: { text: string; hit: boolean }[] = [];
  let pos = 0;
  for (const [s, e] of merged) {
    if (s > pos) out.push({ text: text.slice(pos, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    pos = e;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), hit: false });
  return out;
}

/** A window of about `size` characters around the first range, with … where cut. */
export function excerpt(text: string, ranges: readonly [number, number][], size = 90): { text: string; ranges: [number, number][] } {
  if (text.length <= size) return { text, ranges: [...ranges] };
  const first = ranges.length ? Math.min(...ranges.map((r) => r[0])) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(size / 3), text.length - size));
  const end = Math.min(text.length, start + size);
  const lead = start > 0 ? '…' : '';
  const shifted = ranges
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]): [number, number] => [Math.max(s, start) - start + lead.length, Math.min(e, end) - start + lead.length]);
  return { text: lead + text.slice(start, end) + (end < text.length ? '…' : ''), ranges: shifted };
}
