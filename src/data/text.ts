// Small text helpers shared by the catalogue lookups, the indicator linker and the checker.

const QUOTES = /[“”‘’"'「」『』《》〈〉]/g;
const SPACE = /\s+/g;

/** NFKC (full-width ％ and digits become ASCII), no white space, no quotation marks. */
export function normalizeName(text: string): string {
  return text.normalize('NFKC').replace(SPACE, '').replace(QUOTES, '');
}

const UNIT_SYNONYMS: Record<string, string> = {
  '%': '%',
  百分比: '%',
  百分点: '%',
  个百分点: '%',
};

/** Canonical unit: `％` and `百分点` count as `%`. */
export function normalizeUnit(unit: string): string {
  const n = normalizeName(unit);
  return UNIT_SYNONYMS[n] ?? n;
}

/** Levenshtein distance over code points. */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

export interface Candidate<T> {
  /** The spellings that identify the candidate (name, aliases, id). */
  keys: readonly string[];
  value: T;
}

/**
 * The candidate whose spelling is closest to `text`, or null when none is close enough to be a
 * plausible slip (distance at most 60 % of the longer string, and at least one shared character).
 */
export function closest<T>(text: string, candidates: readonly Candidate<T>[]): { key: string; value: T } | null {
  const t = normalizeName(text).toLowerCase();
  if (t === '') return null;
  let best: { key: string; value: T; score: number } | null = null;
  for (const c of candidates) {
    for (const key of c.keys) {
      const k = normalizeName(key).toLowerCase();
      const d = k.includes(t) || t.includes(k) ? Math.abs([...k].length - [...t].length) * 0.5 : editDistance(t, k);
      const limit = Math.max([...t].length, [...k].length) * 0.6;
      const shares = [...t].some((ch) => k.includes(ch));
      if (d <= limit && shares && (best === null || d < best.score)) best = { key, value: c.value, score: d };
    }
  }
  return best ? { key: best.key, value: best.value } : null;
}

/** `compute`, remembered for each text it was given: for lookups that repeat on every row of a file. */
export function memo<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as T;
    const value = compute(text);
    cache.set(text, value);
    return value;
  };
}

/** 1-based line and column (UTF-16 units, as editors count) of an offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
