import { describe, expect, it } from 'vitest';
import { excerpt, foldText, highlightPieces, matchTerm } from '../../src/search/match.ts';

describe('matching a term in a text', () => {
  it('finds the term as a substring first', () => {
    expect(matchTerm('毛入学率', '高中阶段毛入学率达95.5%以上')).toEqual({ kind: 'exact', ranges: [[4, 8]] });
  });

  it('matches across words a person left out: 镇康教育 in 镇康县教育', () => {
    const m = matchTerm('镇康教育', '镇康县教育高质量发展三年行动计划实施方案');
    expect(m).toEqual({
      kind: 'split',
      ranges: [
        [0, 2],
        [3, 5],
      ],
    });
    // parts far apart are no match
    expect(matchTerm('镇康教育', '镇康县人民政府关于加强职业教育的意见')).toBeNull();
  });

  it('finds a term with one wrong character, for terms of three or more characters', () => {
    expect(matchTerm('毛入学律', '高中阶段毛入学率达95.5%以上')).toEqual({ kind: 'typo', ranges: [[4, 8]] });
    expect(matchTerm('控辍保校', '压实控辍保学责任')?.kind).toBe('typo');
    // two wrong characters, or a wrong character in a two-character term, are no match
    expect(matchTerm('毛入习律', '高中阶段毛入学率')).toBeNull();
    expect(matchTerm('教局', '县教育体育局')).toBeNull();
  });

  it('folds full-width digits and letters before matching', () => {
    expect(matchTerm(foldText('２０２５'), foldText('到2025年'))?.kind).toBe('exact');
    expect(matchTerm(foldText('ＡＩ'), foldText('ai教育'))?.kind).toBe('exact');
  });

  it('cuts a text into highlighted pieces and an excerpt around the hit', () => {
    expect(
      highlightPieces('镇康县教育', [
        [0, 2],
        [3, 5],
      ]),
    ).toEqual([
      { text: '镇康', hit: true },
      { text: '县', hit: false },
      { text: '教育', hit: true },
    ]);
    const long = `${'甲'.repeat(200)}控辍保学${'乙'.repeat(200)}`;
    const ex = excerpt(long, [[200, 204]], 60);
    expect(ex.text.startsWith('…') && ex.text.endsWith('…')).toBe(true);
    expect(ex.text.slice(ex.ranges[0][0], ex.ranges[0][1])).toBe('控辍保学');
  });

  it('answers on hostile text (50,000 （ in a row)', () => {
    const text = '（'.repeat(50_000);
    expect(matchTerm('（（x（（', text)).toEqual({ kind: 'typo', ranges: [[0, 5]] });
    expect(matchTerm('（（xx（（', text)).toBeNull();
  });
});
