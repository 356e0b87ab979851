// Sentences (and ；-separated clauses, which plans use as sentences) with offsets.
import { insideBrackets } from './brackets.ts';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const END = /[。！!？?；;]/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  // A sentence end inside a quotation or a cited title ends no sentence of the plan.
  const quoted = insideBrackets(text, '“《');
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!quoted[i] && END.test(c)) {
      // Keep a closing parenthesis or quote with the sentence it closes.
      let end = i + 1;
      while (end < text.length && /[”’)）]/.test(text[end])) end++;
      push(out, text, start, end);
      start = end;
      i = end - 1;
    }
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

/** Clause boundaries inside a sentence (，、 are not boundaries: they join items). */
export function clauseBounds(text: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && !/[，,；;。：:！？]/.test(text[s - 1])) s--;
  let e = at;
  while (e < text.length && !/[，,；;。：:！？]/.test(text[e])) e++;
  return [s, e];
}
