import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldChar, squashSpaces } from '../../../src/pipeline/text/fold.ts';
import { real, sample, SAMPLES } from '../support.ts';

describe('fold', () => {
  it('makes full-width digits, signs and brackets half-width', () => {
    expect(fold('到２０２５年，毛入学率达到９５％以上')).toBe('到2025年,毛入学率达到95%以上');
    expect(fold('（１）１．５万人次')).toBe('(1)1.5万人次');
  });

  it('makes the ideographic space a space', () => {
    expect(fold('\u3000\u3000经市人民政府同意')).toBe('  经市人民政府同意');
  });

  it('makes traditional characters simplified: 高中階段毛入學率達到95%以上', () => {
    expect(fold('高中階段毛入學率達到95%以上')).toBe('高中阶段毛入学率达到95%以上');
    expect(fold('義務教育優質均衡發展')).toBe('义务教育优质均衡发展');
    expect(fold('縣教育局、發展改革局')).toBe('县教育局、发展改革局');
  });

  it('leaves simplified text of the samples as it is', () => {
    const text = real('zhenkang-education-2023-2025', '每年至少补充20名专业保育员');
    expect(fold(text)).toBe(text);
  });

  it('leaves emoji, NUL and ASCII alone', () => {
    expect(fold('😀\u0000abc{}<>')).toBe('😀\u0000abc{}<>');
  });

  it('keeps the length, so offsets in the view are offsets in the source (short and long texts)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('２', '０', '％', '（', '）', '\u3000', '學', '達', '縣', 'a', '。', '😀', '年', '万', ' '), maxLength: 300 }),
        (text) => {
          expect(fold(text).length).toBe(text.length);
        },
      ),
    );
    for (const name of SAMPLES) expect(fold(sample(name)).length).toBe(sample(name).length);
  });

  it('is the same on a second call (the cache of long texts returns the same view)', () => {
    const long = '高中階段毛入學率達到９５％以上。'.repeat(10);
    const first = fold(long);
    expect(fold(long)).toBe(first);
    expect(first).toBe('高中阶段毛入学率达到95%以上。'.repeat(10));
  });

  it('folds character by character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (text) => {
        expect(fold(text)).toBe([...text].map((c) => (c.length === 1 ? foldChar(c) : c)).join(''));
      }),
    );
  });
});

describe('squashSpaces', () => {
  it('removes all white space, ideographic and line breaks included', () => {
    expect(squashSpaces(' 到 2025 年,\n毛入学率\t达到 95%\u3000以上 ')).toBe('到2025年,毛入学率达到95%以上');
    expect(squashSpaces('')).toBe('');
  });
});
