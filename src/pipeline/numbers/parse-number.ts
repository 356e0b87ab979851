// Numbers as policy texts write them: 95, 99.5, 2.5亿, 3万, 1,200, 一所, 百分之九十.
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numeral.ts';

const MAGNITUDE: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 };

/** Rounds away binary noise: 2.5 × 1e8 must be exactly 250000000. */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/**
 * The value of a number phrase (already folded to half-width): Arabic digits with an
 * optional 万/亿 magnitude, or a Chinese numeral. Null when it is neither.
 */
export function parseNumber(phrase: string): number | null {
  const text = phrase.replace(/[\s,]/g, '');
  const arabic = /^(\d+(?:\.\d+)?)(万亿|[十百千万亿])?$/.exec(text);
  if (arabic) return clean(Number(arabic[1]) * (arabic[2] ? MAGNITUDE[arabic[2]] : 1));
  const percent = /^百分之(.+)$/.exec(text);
  if (percent) return parseNumber(percent[1]);
  // 九十五点五: a Chinese numeral with decimals read digit by digit.
  const decimal = /^(.+)点([零〇一二三四五六七八九]+)$/.exec(text);
  if (decimal) {
    const whole = parseChineseNumeral(decimal[1]);
    const digits = [...decimal[2]].map((c) => parseChineseNumeral(c === '〇' ? '零' : c));
    if (whole === null || digits.some((d) => d === null)) return null;
    return Number(`${whole}.${digits.join('')}`);
  }
  return parseChineseNumeral(text);
}

/** A regex source matching one number phrase (Arabic or Chinese) in folded text. */
export const NUMBER_PATTERN = `(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?\\s*(?:万亿|万|亿)?|[${CHINESE_NUMERAL_CHARS}]+)`;
