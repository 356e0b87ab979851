// Any text the extractor hands over must come out of the site build as that text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeMdx } from '../../../src/pipeline/mdx/write-mdx.ts';
import { block, expected, recovered } from './arbitraries.ts';
import { compileLikeAstro, renderLikeAstro } from './astro-like.ts';
import { zhenkang } from './fixtures.ts';

describe('writeMdx on arbitrary text', () => {
  it('compiles with Sätteri as Astro runs it, and every block reads back as its text and targets', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (blocks) => {
        const source = writeMdx(zhenkang, blocks);
        compileLikeAstro(source);
        expect(recovered(source)).toEqual(expected(blocks));
      }),
      { numRuns: Number(process.env.RUNS ?? 400) },
    );
  });

  it('renders paragraphs as <p> holding the <Target>s, never a <p> inside a <p> or a bare <Target>', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (blocks) => {
        const html = renderLikeAstro(writeMdx(zhenkang, blocks));
        expect(html).not.toMatch(/<p>(?:(?!<\/p>).)*<p>/s);
        const outside = html.replace(/<(p|h[1-6])>.*?<\/\1>/gs, '');
        expect(outside).not.toContain('<Target');
      }),
      { numRuns: Number(process.env.RUNS ?? 200) },
    );
  });
});
