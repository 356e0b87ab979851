// Arbitrary blocks of hostile text, and what a reader of the page should get back.
import fc from 'fast-check';
import type { Block, Segment } from '../../../src/schema/document.ts';
import { recoverBlocks, type RecoveredBlock } from './astro-like.ts';

// Pieces of text that mean something to Markdown, MDX, GFM, HTML or smart punctuation,
// and the Chinese text they hide in.
const hostile = [
  '{',
  '}',
  '<',
  '>',
  '{}',
  '<a>',
  '</a>',
  '<Target>',
  '</p>',
  '<!--',
  '-->',
  '{/* */}',
  'import ',
  'export ',
  'import{a}from"b"',
  '#',
  '# ',
  '*',
  '**',
  '_',
  '__',
  '[x](y)',
  '[',
  ']',
  '(',
  ')',
  '!',
  '`',
  '```',
  '|',
  '---',
  '***',
  '===',
  '1.',
  '1)',
  '-',
  '- ',
  '+ ',
  '> ',
  'https://example.gov.cn/a_b?x=1&y=2',
  'www.example.gov.cn',
  'x@example.cn',
  '&amp;',
  '&#x61;',
  '&',
  '\\',
  '\\*',
  '"',
  "'",
  '...',
  '--',
  '~',
  '~~',
  '$',
  '^',
  '[^1]',
  ':',
  '=',
  '—',
  '…',
  '，',
  '。',
  '、',
  '（',
  '）',
  '《',
  '》',
  '“',
  '”',
  '〔',
  '〕',
  '·',
  '😀',
  '👩‍🏫',
  ' ',
  '  ',
  '    ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\u3000',
  '\u00a0',
  '到2025年',
  '全县',
  '毛入园率',
  '达95%以上',
  '县教育体育局',
  '学前教育',
  'a',
  '1',
  '2025',
];
const text = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...hostile), { maxLength: 12 }).map((parts) => parts.join('')) },
  // Any Unicode except U+0000, which Markdown replaces with U+FFFD by definition.
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => s.replace(/\0/g, '')) },
);
const targetId = fc.stringMatching(/^t-[0-9a-f]{8}$/);
export const segment: fc.Arbitrary<Segment> = fc.record({
  text,
  targets: fc.oneof(fc.constant<string[]>([]), fc.array(targetId, { minLength: 1, maxLength: 3 })),
});
const segments = fc.array(segment, { minLength: 1, maxLength: 4 });
export const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('heading' as const), section: fc.stringMatching(/^s[1-9](-[1-9]){0,3}$/), level: fc.integer({ min: 1, max: 6 }), segments }),
  fc.record({ kind: fc.constant('paragraph' as const), section: fc.constant(null), segments }),
);

/** What a reader of the page gets back: runs merged, white space at the block's edges not counted. */
function normalise(list: readonly Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const { text, targets } of list) {
    const last = merged.at(-1);
    if (text === '') continue;
    if (last && last.targets.join() === targets.join()) last.text += text;
    else merged.push({ text, targets: [...targets] });
  }
  const first = merged[0];
  const last = merged.at(-1);
  if (first) first.text = first.text.replace(/^[ \t\r\n]+/, '');
  if (last) last.text = last.text.replace(/[ \t\r\n]+$/, '');
  return merged.filter((s) => s.text !== '');
}

export function expected(blocks: readonly Block[]): RecoveredBlock[] {
  return blocks
    .filter((b) => b.kind === 'heading' || b.segments.some((s) => s.text.trim() !== ''))
    .map((b) =>
      b.kind === 'heading'
        ? { kind: `heading:${Math.min(b.level + 1, 6)}`, anchor: b.section, segments: normalise(b.segments) }
        : { kind: 'paragraph', segments: normalise(b.segments) },
    );
}

export function recovered(source: string): RecoveredBlock[] {
  return recoverBlocks(source).map((b) => ({ ...b, segments: normalise(b.segments) }));
}
