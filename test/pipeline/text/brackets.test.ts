import { describe, expect, it } from 'vitest';
import { insideBrackets } from '../../../src/pipeline/text/brackets.ts';

/** The characters of `text` that stand inside brackets, as a string. */
const inner = (text: string, openers?: string) => {
  const inside = insideBrackets(text, openers);
  return [...text].filter((_, i) => inside[i]).join('');
};

describe('insideBrackets', () => {
  it('marks a cited title and a quotation, brackets included', () => {
    expect(inner('根据《镇康县教育发展规划》要求，实现“两个确保”目标')).toBe('《镇康县教育发展规划》“两个确保”');
  });

  it('marks nested pairs as one span', () => {
    expect(inner('印发《关于〈云南省教育高质量发展三年行动计划(2023—2025年)〉的通知》的')).toBe(
      '《关于〈云南省教育高质量发展三年行动计划(2023—2025年)〉的通知》',
    );
  });

  it('ignores a stray opener: it does not swallow the rest of the text', () => {
    expect(inner('“到2025年，全县学前教育三年毛入园率达95%以上（含）')).toBe('（含）');
  });

  it('ignores a closer with no opener', () => {
    expect(inner('一是）加强领导，二是（落实责任）')).toBe('（落实责任）');
  });

  it('marks only the openers asked for', () => {
    expect(inner('《规划》（2023年）', '《')).toBe('《规划》');
    expect(inner('《规划》（2023年）', '（')).toBe('（2023年）');
  });

  it('has nothing to mark in an empty text', () => {
    expect(insideBrackets('')).toEqual([]);
  });
});
