// How much a decoded text looks like a Chinese document rather than mojibake.
// Decoding bytes with the wrong legacy codec rarely fails outright (GBK accepts
// almost every Big5 byte pair), but it turns common characters into rare ones,
// kana and Cyrillic; the share of ordinary characters tells the right codec.
import iconv from 'iconv-lite';

export interface Plausibility {
  /** Replacement characters and C0 control characters: bytes the codec could not read. */
  invalid: number;
  /** Share of the non-ASCII characters that are ordinary in a Chinese text (1 when there are none; 0 when some are invalid, a reading refused anyway). */
  score: number;
}

// Tab, line feed, form feed, carriage return and Ctrl-Z (the DOS end-of-file mark) are ordinary.
const INVALID = /[\uFFFD\x00-\x08\x0B\x0E-\x19\x1B-\x1F]/gu;

// Punctuation and symbols policy texts use: general punctuation (— “” … ‰ ※),
// Roman numerals, circled numbers, geometric bullets, CJK punctuation,
// full-width forms, and · × ÷ ° ℃ №.
const ORDINARY_SYMBOL = /[\u2010-\u205E\u2160-\u217F\u2460-\u24FF\u25A0-\u25FF\u2605\u2606\u3000-\u303F\uFF01-\uFFE5\u00B7\u00D7\u00F7\u00B0\u2103\u2116]/u;

const HAN = /\p{Script=Han}/u;

/**
 * The national standards are frequency lists: GB 2312 level 1 (lead bytes B0–D7)
 * holds the 3,755 most used simplified characters, Big5 A440–C67E the 5,401
 * common traditional ones.
 */
function isCommonHan(char: string): boolean {
  const gb = iconv.encode(char, 'gb18030');
  const big5 = iconv.encode(char, 'big5');
  const big5Code = big5.length === 2 ? big5[0] * 256 + big5[1] : 0;
  return (gb.length === 2 && gb[0] >= 0xb0 && gb[0] <= 0xd7 && gb[1] >= 0xa1) || (big5Code >= 0xa440 && big5Code <= 0xc67e);
}

const SKIPPED = 1;
const ORDINARY = 2;
const RARE = 3;

function classOf(char: string): number {
  if (char <= '\x7F' || /\s/u.test(char)) return SKIPPED;
  return (HAN.test(char) ? isCommonHan(char) : ORDINARY_SYMBOL.test(char)) ? ORDINARY : RARE;
}

/** The class of each BMP character, learnt on first sight (0: not yet); detection scores whole texts several times. */
const classes = new Uint8Array(0x10000);

export function plausibility(text: string): Plausibility {
  const invalid = text.match(INVALID)?.length ?? 0;
  if (invalid > 0) return { invalid, score: 0 };
  let considered = 0;
  let ordinary = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let cls: number;
    const low = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(i + 1) : NaN;
    if (low >= 0xdc00 && low <= 0xdfff) {
      // Beyond the BMP (extension B Han, emoji): rare enough not to be tabled.
      cls = classOf(text.slice(i, i + 2));
      i++;
    } else {
      cls = classes[code] || (classes[code] = classOf(String.fromCharCode(code)));
    }
    if (cls === SKIPPED) continue;
    considered++;
    if (cls === ORDINARY) ordinary++;
  }
  return { invalid, score: considered === 0 ? 1 : ordinary / considered };
}
