// How much a decoded text looks like a Chinese document rather than mojibake.
// Decoding bytes with the wrong legacy codec rarely fails outright (GBK accepts
// almost every Big5 byte pair), but it turns common characters into rare ones,
// kana and Cyrillic; the share of ordinary characters tells the right codec.
import iconv from 'iconv-lite';

export interface Plausibility {
  /** Replacement characters and C0 control characters: bytes the codec could not read. */
  invalid: number;
  /** Share of the non-ASCII characters that are ordinary in a Chinese text (1 when there are none). */
  score: number;
}

// Tab, line feed, form feed, carriage return and Ctrl-Z (the DOS end-of-file mark) are ordinary.
const INVALID = /[\uFFFD\x00-\x08\x0B\x0E-\x19\x1B-\x1F]/gu;

// Punctuation and symbols policy texts use: general punctuation (— “” … ‰ ※),
// Roman numerals, circled numbers, geometric bullets, CJK punctuation,
// full-width forms, and · × ÷ ° ℃ №.
const ORDINARY_SYMBOL = /[\u2010-\u205E\u2160-\u217F\u2460-\u24FF\u25A0-\u25FF\u2605\u2606\u3000-\u303F\uFF01-\uFFE5\u00B7\u00D7\u00F7\u00B0\u2103\u2116]/u;

const HAN = /\p{Script=Han}/u;

const commonHanCache = new Map<string, boolean>();

/**
 * The national standards are frequency lists: GB 2312 level 1 (lead bytes B0–D7)
 * holds the 3,755 most used simplified characters, Big5 A440–C67E the 5,401
 * common traditional ones.
 */
function isCommonHan(char: string): boolean {
  const cached = commonHanCache.get(char);
  if (cached !== undefined) return cached;
  const gb = iconv.encode(char, 'gb18030');
  const big5 = iconv.encode(char, 'big5');
  const big5Code = big5.length === 2 ? big5[0] * 256 + big5[1] : 0;
  const common = (gb.length === 2 && gb[0] >= 0xb0 && gb[0] <= 0xd7 && gb[1] >= 0xa1) || (big5Code >= 0xa440 && big5Code <= 0xc67e);
  commonHanCache.set(char, common);
  return common;
}

function isOrdinary(char: string): boolean {
  return HAN.test(char) ? isCommonHan(char) : ORDINARY_SYMBOL.test(char);
}

export function plausibility(text: string): Plausibility {
  const invalid = text.match(INVALID)?.length ?? 0;
  let considered = 0;
  let ordinary = 0;
  for (const char of text) {
    if (char <= '\x7F' || /\s/u.test(char)) continue;
    considered++;
    if (isOrdinary(char)) ordinary++;
  }
  return { invalid, score: considered === 0 ? 1 : ordinary / considered };
}
