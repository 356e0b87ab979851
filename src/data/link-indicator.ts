// Which catalogued indicator a target measures. The ingest pipeline sets `target.indicatorId`
// from this; the rules are documented in data/README.md ("Linking targets to indicators").
import type { Target } from '../schema/record.ts';
import type { Indicator, IndicatorCatalogue } from './indicators-schema.ts';
import { normalizeName, normalizeUnit } from './text.ts';

type LinkInput = Pick<Target, 'text' | 'phrase' | 'indicator' | 'unit'>;

const SENTENCE_END = /[。;!?]/;
const CLAUSE_END = /[。;!?,、:]/;

/** NFKC, no white space (line breaks in extracted text fall mid-sentence as often as not), no quotes. */
function norm(text: string): string {
  return normalizeName(text);
}

interface Span {
  start: number;
  end: number;
}

function boundsAround(text: string, span: Span, boundary: RegExp): Span {
  let start = span.start;
  while (start > 0 && !boundary.test(text[start - 1])) start--;
  let end = span.end;
  while (end < text.length && !boundary.test(text[end])) end++;
  return { start, end };
}

interface Hit {
  indicator: Indicator;
  start: number;
  end: number;
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Names, aliases and phrasings found in `haystack`. */
function directHits(haystack: string, indicators: readonly Indicator[]): Hit[] {
  const hits: Hit[] = [];
  for (const indicator of indicators) {
    for (const key of [indicator.name, ...indicator.aliases, ...indicator.phrasings]) {
      const k = norm(key);
      for (const at of occurrences(haystack, k)) hits.push({ indicator, start: at, end: at + k.length });
    }
  }
  return hits;
}

/**
 * The most specific hit: one overlapping `focus` (the commitment's words) before others, then the
 * longest (高中阶段教育毛入学率 over a shorter name inside it), then the nearest to `focus`.
 */
function best(hits: readonly Hit[], focus: Span): Indicator | null {
  const distance = (h: Hit): number => (h.end <= focus.start ? focus.start - h.end : h.start >= focus.end ? h.start - focus.end : 0);
  const sorted = [...hits].sort((a, b) => distance(a) - distance(b) || b.end - b.start - (a.end - a.start));
  const top = sorted[0];
  if (top === undefined) return null;
  // ties between different indicators at the same distance and length are ambiguous
  const rival = sorted.find((h) => h.indicator !== top.indicator && distance(h) === distance(top) && h.end - h.start === top.end - top.start);
  return rival ? null : top.indicator;
}

/**
 * A generic term (毛入学率) found in `window`, resolved by the nearest context word (高中阶段,
 * 高等教育) before it in `sentence` (window and sentence share offsets).
 */
function contextualHit(sentence: string, window: Span, indicators: readonly Indicator[]): Indicator | null {
  let found: { indicator: Indicator; contextEnd: number } | null = null;
  for (const indicator of indicators) {
    for (const rule of indicator.contextual) {
      const term = norm(rule.term);
      for (const at of occurrences(sentence, term)) {
        if (at < window.start || at + term.length > window.end) continue;
        const before = sentence.slice(0, at);
        for (const word of rule.context) {
          const w = norm(word);
          const pos = before.lastIndexOf(w);
          if (pos >= 0 && (found === null || pos + w.length > found.contextEnd)) found = { indicator, contextEnd: pos + w.length };
        }
      }
    }
  }
  return found?.indicator ?? null;
}

/**
 * The id of the catalogued indicator `target` measures, or null when none matches or the units
 * differ. Looks at the extractor's indicator name, then the phrase, then the clause of the
 * sentence around the phrase; names, aliases and phrasings before generic terms.
 */
export function linkIndicator(target: LinkInput, catalogue: IndicatorCatalogue): string | null {
  if (target.unit === null) return null;
  const unit = normalizeUnit(target.unit);
  const indicators = catalogue.indicators.filter((i) => normalizeUnit(i.unit) === unit);
  if (indicators.length === 0) return null;

  // 1. The extractor's name for the indicator, then the phrase itself.
  for (const own of [target.indicator, target.phrase]) {
    if (!own) continue;
    const s = norm(own);
    const hit = best(directHits(s, indicators), { start: 0, end: s.length });
    if (hit) return hit.id;
  }

  // 2. The clause of the sentence that holds the phrase.
  const text = norm(target.text);
  const phrase = norm(target.phrase);
  const at = phrase === '' ? -1 : text.indexOf(phrase);
  if (at >= 0) {
    const focus = { start: at, end: at + phrase.length };
    const clause = boundsAround(text, focus, CLAUSE_END);
    const hits = directHits(text.slice(clause.start, clause.end), indicators).map((h) => ({ ...h, start: h.start + clause.start, end: h.end + clause.start }));
    const hit = best(hits, focus);
    if (hit) return hit.id;
    // 3. A generic term in the clause, told apart by the words before it in the sentence.
    const sentence = boundsAround(text, focus, SENTENCE_END);
    const sentenceText = text.slice(sentence.start, sentence.end);
    const generic = contextualHit(sentenceText, { start: clause.start - sentence.start, end: clause.end - sentence.start }, indicators);
    if (generic) return generic.id;
  } else {
    // The phrase is not in the text as given: accept the text only when it names one indicator.
    const names = new Set(directHits(text, indicators).map((h) => h.indicator.id));
    if (names.size === 1) return [...names][0];
  }

  // 4. A generic term in the extractor's own name or phrase with its context.
  for (const own of [target.indicator, target.phrase]) {
    if (!own) continue;
    const s = norm(own);
    const generic = contextualHit(s, { start: 0, end: s.length }, indicators);
    if (generic) return generic.id;
  }
  return null;
}
