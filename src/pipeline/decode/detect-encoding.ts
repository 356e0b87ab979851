// Which encoding a policy text is in. Detected, never assumed: a byte-order mark
// decides; then strict UTF-8; then each legacy candidate is decoded and the one
// that reads as ordinary Chinese wins, with jschardet's guess breaking ties and
// an HTML page's own declaration honoured when it reads cleanly.
import { createRequire } from 'node:module';
import { decodeWith, isValidUtf8, type TextEncoding } from './codecs.ts';
import { declaredCharset } from './declared-charset.ts';
import { plausibility } from './plausibility.ts';

export interface Detection {
  encoding: TextEncoding;
  /** Length in bytes of the byte-order mark at the start (0 when there is none). */
  bomLength: number;
}

const BOMS: { bytes: number[]; encoding: TextEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Below this share of ordinary characters a decoding is mojibake (right decodings score ~1, wrong ones under 0.7). */
const MIN_SCORE = 0.85;
/** Candidates whose scores are this close are tied; jschardet's guess decides. */
const TIE = 0.05;

const JSCHARDET_NAMES = new Map<string, TextEncoding>([
  ['gb18030', 'gb18030'],
  ['gb2312', 'gb18030'],
  ['gbk', 'gb18030'],
  ['big5', 'big5'],
  ['big5hkscs', 'big5'],
  ['cp950', 'big5'],
  ['utf-16-le', 'utf-16le'],
  ['utf-16le', 'utf-16le'],
  ['utf-16-be', 'utf-16be'],
  ['utf-16be', 'utf-16be'],
]);

/** The encoding of `bytes`, or null when no supported encoding reads them cleanly. */
export function detectEncoding(bytes: Uint8Array): Detection | null {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) return { encoding: bom.encoding, bomLength: bom.bytes.length };

  const declared = declaredCharset(bytes);
  // Of the supported encodings only UTF-16 puts NUL bytes in text.
  if (bytes.includes(0)) return bestReading(bytes, ['utf-16le', 'utf-16be'], declared);
  if (isValidUtf8(bytes)) {
    // Pure ASCII reads the same in every candidate: a page's declaration is then as true as any.
    const asciiOnly = bytes.every((byte) => byte < 0x80);
    const legacy = declared === 'gb18030' || declared === 'big5';
    return { encoding: asciiOnly && legacy ? declared : 'utf-8', bomLength: 0 };
  }
  const utf16: TextEncoding[] = bytes.length % 2 === 0 ? ['utf-16le', 'utf-16be'] : [];
  return bestReading(bytes, ['gb18030', 'big5', ...utf16], declared);
}

function bestReading(bytes: Uint8Array, candidates: TextEncoding[], declared: TextEncoding | null): Detection | null {
  const clean = candidates
    .map((encoding) => ({ encoding, ...plausibility(decodeWith(bytes, encoding)) }))
    .filter((c) => c.invalid === 0 && c.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score);
  if (clean.length === 0) return null;
  const asDeclared = clean.find((c) => c.encoding === declared);
  if (asDeclared) return { encoding: asDeclared.encoding, bomLength: 0 };
  const tied = clean.filter((c) => clean[0].score - c.score < TIE).map((c) => c.encoding);
  return { encoding: tied.length > 1 ? (jschardetGuess(bytes, tied) ?? tied[0]) : tied[0], bomLength: 0 };
}

// Loaded on the first tie only: most sources never need it, and it is slow to load.
let jschardet: typeof import('jschardet') | null = null;

function jschardetGuess(bytes: Uint8Array, among: TextEncoding[]): TextEncoding | null {
  jschardet ??= createRequire(import.meta.url)('jschardet') as typeof import('jschardet');
  const guess = JSCHARDET_NAMES.get(jschardet.detect(bytes).encoding?.toLowerCase() ?? '');
  return guess !== undefined && among.includes(guess) ? guess : null;
}
