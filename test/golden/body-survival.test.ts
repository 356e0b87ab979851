// No text is lost on the way from a source to its MDX page: every sentence of the
// cleaned body is in the page, in order, and every character of the source is either
// on the page or in a line the record lists as removed.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean/clean.ts';
import { writeMdx } from '../../src/pipeline/mdx/write-mdx.ts';
import { recoverBlocks } from '../pipeline/mdx/astro-like.ts';
import { extractSample, sample, SAMPLES } from '../pipeline/support.ts';

const squash = (s: string) => s.replace(/\s+/g, '');

/** Characters counted, without white space and control characters (which clean drops). */
function chars(texts: readonly string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const c of t.replace(/[\s\p{Cc}]+/gu, '')) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The text a reader sees on the page: every block of the MDX body, parsed back. */
function pageText(name: (typeof SAMPLES)[number]): { text: string; removed: string[] } {
  const { record, blocks } = extractSample(name);
  const mdx = writeMdx(record, blocks);
  const recovered = recoverBlocks(mdx);
  // Headings and paragraphs only: anything else is text that turned into syntax.
  for (const b of recovered) expect(b.kind, `${name}: ${JSON.stringify(b).slice(0, 200)}`).toMatch(/^(heading:\d|paragraph)$/);
  const text = recovered.map((b) => b.segments.map((s) => s.text).join('')).join('\n');
  expect(text).not.toContain('«');
  return { text, removed: record.removed.map((r) => r.text) };
}

describe('the body survives into the MDX page', () => {
  for (const name of SAMPLES) {
    it(`${name}: every sentence of the cleaned body, in order`, () => {
      const { text } = pageText(name);
      const page = squash(text);
      const sentences = clean(sample(name))
        .lines.join('\n')
        .split(/(?<=[。！？；])/)
        .map(squash)
        .filter(Boolean);
      expect(sentences.length).toBeGreaterThan(10);
      let at = 0;
      for (const sentence of sentences) {
        const found = page.indexOf(sentence, at);
        expect(found, `${name}: missing or out of order: ${sentence}`).toBeGreaterThanOrEqual(0);
        at = found + sentence.length;
      }
    });

    it(`${name}: nothing but the removed lines is missing from the source`, () => {
      const { text, removed } = pageText(name);
      expect(chars([text, ...removed])).toEqual(chars([sample(name)]));
    });
  }
});
