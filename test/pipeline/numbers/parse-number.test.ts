import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../../src/pipeline/numbers/chinese-numeral.ts';
import { NUMBER_PATTERN, parseNumber } from '../../../src/pipeline/numbers/parse-number.ts';
import { fold } from '../../../src/pipeline/text/fold.ts';
import { real } from '../support.ts';

const DIGIT = '零一二三四五六七八九';

/** 0 < n < 10000 the way texts write it: 一千零五, 三百二十, 十五 (a leading 一十 only inside larger numbers). */
function below10000(n: number, inner: boolean): string {
  const parts: string[] = [];
  const units: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let zero = false;
  let started = false;
  for (const [size, unit] of units) {
    const d = Math.floor(n / size) % 10;
    if (d === 0) {
      if (started) zero = true;
      continue;
    }
    if (zero || (inner && !started && size < 1000)) parts.push('零');
    zero = false;
    parts.push(size === 10 && d === 1 && !started && !inner ? '十' : DIGIT[d] + unit);
    started = true;
  }
  return parts.join('');
}

function chinese(n: number): string {
  if (n < 10000) return below10000(n, false);
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  return `${below10000(high, false)}万${low ? below10000(low, true) : ''}`;
}

describe('parseNumber', () => {
  it('reads Arabic numbers as the sample plans print them', () => {
    // 「投资2.5亿元」「新增约3万个学前教育公办学位」「新增城区幼儿学位990个」「巩固率达99.5%以上」
    real('zhenkang-education-2023-2025', '投资2.5亿元');
    real('basic-education-action-plan', '新增约3万个学');
    expect(parseNumber('2.5亿')).toBe(250000000);
    expect(parseNumber('3万')).toBe(30000);
    expect(parseNumber('990')).toBe(990);
    expect(parseNumber('99.5')).toBe(99.5);
    expect(parseNumber('5.2万')).toBe(52000);
    expect(parseNumber('1,200')).toBe(1200);
    expect(parseNumber(' 3000 ')).toBe(3000);
    expect(parseNumber('1.5万亿')).toBe(1.5e12);
  });

  it('keeps magnitudes exact (no binary noise)', () => {
    expect(parseNumber('0.7亿')).toBe(70000000);
    expect(parseNumber('1.1万')).toBe(11000);
    expect(parseNumber('4.2万')).toBe(42000);
  });

  it('reads Chinese numerals: 一所, 两个, 十五个, 三万个, 一百二十名, 一万五千人, 一千五百万元', () => {
    expect(parseNumber('一')).toBe(1);
    expect(parseNumber('两')).toBe(2);
    expect(parseNumber('十五')).toBe(15);
    expect(parseNumber('三万')).toBe(30000);
    expect(parseNumber('一百二十')).toBe(120);
    expect(parseNumber('一万五千')).toBe(15000);
    expect(parseNumber('一千五百万')).toBe(15000000);
    expect(parseNumber('五千零五')).toBe(5005);
    expect(parseNumber('二十万零三百')).toBe(200300);
    expect(parseNumber('贰拾')).toBe(20);
  });

  it('reads years written digit by digit: 二〇二四 → 2024', () => {
    expect(parseNumber('二〇二四')).toBe(2024);
    expect(parseChineseNumeral('二〇三五')).toBe(2035);
  });

  it('reads percentages written out: 百分之九十 → 90', () => {
    expect(parseNumber('百分之九十')).toBe(90);
    expect(parseNumber('百分之95')).toBe(95);
  });

  it('reads full-width digits once folded: ９５ → 95', () => {
    expect(parseNumber(fold('９５'))).toBe(95);
    expect(parseNumber(fold('１．５万'))).toBe(15000);
  });

  it('is null for what is not a number', () => {
    for (const text of ['', '   ', 'abc', '1e3', '-5', '95%', '十四五规划', '😀', '\u0000', '{}', '一把手']) {
      expect(parseNumber(text), text).toBeNull();
    }
  });

  it('reads every integer written in digits, with or without thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        expect(parseNumber(String(n))).toBe(n);
        expect(parseNumber(n.toLocaleString('en-US'))).toBe(n);
      }),
    );
  });

  it('reads every number below 一亿 written in Chinese numerals', () => {
    expect(chinese(1005)).toBe('一千零五');
    expect(chinese(15)).toBe('十五');
    expect(chinese(10010)).toBe('一万零一十');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => {
        expect(parseNumber(chinese(n))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('NUMBER_PATTERN matches the whole of a number phrase', () => {
    const re = new RegExp(`^${NUMBER_PATTERN}$`);
    for (const text of ['95', '99.5', '1,200', '3万', '2.5亿', '十五', '一百二十', '三万']) expect(re.test(text), text).toBe(true);
    expect(re.test('95%')).toBe(false);
  });
});
