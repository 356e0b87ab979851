import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { plausibility } from '../../../src/pipeline/decode/plausibility.ts';

const simplified = '加快推进县第二中心幼儿园、老城区幼儿园等13所公办幼儿园建设，新增城区幼儿学位990个。';
const traditional = '鞏固義務教育基本均衡發展成果，推進縣域義務教育優質均衡發展。';

describe('plausibility', () => {
  it('scores right decodings of simplified and traditional text near 1', () => {
    expect(plausibility(simplified)).toEqual({ invalid: 0, score: 1 });
    expect(plausibility(traditional)).toEqual({ invalid: 0, score: 1 });
  });

  it('scores mojibake low even when the wrong codec raised no error', () => {
    const big5AsGb = iconv.decode(iconv.encode(traditional, 'big5'), 'gb18030');
    const gbAsBig5 = iconv.decode(iconv.encode(simplified, 'gb18030'), 'big5');
    expect(plausibility(big5AsGb).score).toBeLessThan(0.7);
    expect(plausibility(gbAsBig5).score).toBeLessThan(0.7);
  });

  it('counts replacement and control characters as invalid, but not tab, newlines, form feed or Ctrl-Z', () => {
    expect(plausibility('甲\uFFFD乙\x00丙\x07').invalid).toBe(3);
    expect(plausibility('甲\t乙\r\n丙\x0c丁\x1a').invalid).toBe(0);
    // A reading with invalid characters is refused whatever its characters.
    expect(plausibility('镇康县\uFFFD教育').score).toBe(0);
  });

  it('takes policy punctuation and symbols as ordinary, kana and Cyrillic as not', () => {
    expect(plausibility('“十四五”规划——①②③ Ⅰ. ■ 25℃ №3 ×2 ·').score).toBe(1);
    expect(plausibility('いをД').score).toBe(0);
  });

  it('takes the common tiers of GB 2312 and Big5 as ordinary, rarer characters as not', () => {
    expect(plausibility('镇康县教育').score).toBe(1); // GB 2312 level 1
    expect(plausibility('爻氐').score).toBe(1); // GB 2312 level 2, but common in Big5
    expect(plausibility('丌亓乜亍甙鼋').score).toBe(0); // GB 2312 level 2, Big5 less-common tier or absent
  });

  it('reads a character beyond the BMP as one character, and a broken surrogate as rare', () => {
    expect(plausibility('教育𠀀').score).toBeCloseTo(2 / 3);
    expect(plausibility('教育\uD840').score).toBeCloseTo(2 / 3);
    expect(plausibility('教育\uDC00育').score).toBeCloseTo(3 / 4);
  });

  it('judges a character the same the second time as the first', () => {
    expect(plausibility('丌教').score).toBe(0.5);
    expect(plausibility('丌教').score).toBe(0.5);
  });

  it('has nothing to judge in ASCII', () => {
    expect(plausibility('Article 1 (2023)').score).toBe(1);
  });
});
