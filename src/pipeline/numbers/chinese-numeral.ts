// Chinese numerals as written in policy texts: 一, 两, 十五, 一百二十, 三万, 二〇二四.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

/** The value of a Chinese numeral, or null when the string is not one. */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null;
  // Digit-by-digit years and codes: 二〇二四 → 2024.
  if ([...text].every((c) => c in DIGITS) && text.length > 1 && !/[两]/.test(text)) {
    return Number([...text].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in DIGITS) {
      digit = DIGITS[c];
    } else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c];
      digit = null;
    } else if (c in LARGE_UNITS) {
      section += digit ?? 0;
      total = (total + (section || (total ? 0 : 1))) * LARGE_UNITS[c];
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
