// The serializer writes text without escaping work when no unsafe pattern can match it:
// that shortcut must give what the library's own text handler gives, for any text.
import fc from 'fast-check';
import { defaultHandlers, toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { bodyToMdast } from '../../../src/pipeline/mdx/body-to-mdast.ts';
import { extensions, serializeMdx } from '../../../src/pipeline/mdx/serialize.ts';
import { block } from './arbitraries.ts';
import { zhenkangBlocks } from './fixtures.ts';

const unhurried = (tree: Parameters<typeof serializeMdx>[0]) => toMarkdown(tree, { extensions: [...extensions, { handlers: { text: defaultHandlers.text } }] });

describe('serializeMdx', () => {
  it('writes the 镇康 text as the library would', () => {
    const tree = bodyToMdast(zhenkangBlocks);
    expect(serializeMdx(tree)).toBe(unhurried(tree));
  });

  it('writes hostile text as the library would', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (blocks) => {
        const tree = bodyToMdast(blocks);
        expect(serializeMdx(tree)).toBe(unhurried(tree));
      }),
      { numRuns: Number(process.env.RUNS ?? 400) },
    );
  });

  it('escapes what needs it and leaves plain Chinese text alone', () => {
    const paragraph = (value: string) => serializeMdx({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] });
    expect(paragraph('到2025年，全县学前教育三年毛入园率达95%以上')).toBe('到2025年，全县学前教育三年毛入园率达95%以上\n');
    expect(paragraph('import 国家《规划》{见附件}<1>')).not.toBe('import 国家《规划》{见附件}<1>\n');
  });
});
