// The encoding an HTML page (or XML declaration) says it is in. Only a claim:
// pages re-saved by a browser or an editor often keep a stale declaration.
import type { TextEncoding } from './codecs.ts';

// Labels from the WHATWG Encoding Standard; GBK and GB 2312 text is valid GB18030.
const LABELS_BY_ENCODING: [TextEncoding, string[]][] = [
  ['utf-8', ['utf-8', 'utf8', 'unicode-1-1-utf-8']],
  ['utf-16le', ['utf-16', 'utf-16le', 'unicode']],
  ['utf-16be', ['utf-16be']],
  ['gb18030', ['gb18030', 'gbk', 'gb2312', 'gb_2312', 'gb_2312-80', 'x-gbk', 'cp936', 'chinese', 'csgb2312', 'iso-ir-58', 'euc-cn']],
  ['big5', ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5', 'cp950']],
];
const LABELS = new Map(LABELS_BY_ENCODING.flatMap(([encoding, labels]) => labels.map((label) => [label, encoding] as const)));

// `<meta charset=…>`, `<meta http-equiv=… content="…; charset=…">` and `<?xml … encoding=…?>`.
const DECLARATION = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)/i;

// Browsers look at the first 1024 bytes; saved government pages often put
// long scripts before the meta tag, so look further.
const PRESCAN_BYTES = 4096;

/** The supported encoding declared near the top of `bytes`, or null when none is (or it is one luoshi does not read). */
export function declaredCharset(bytes: Uint8Array): TextEncoding | null {
  // Latin-1 maps every byte to one character, so ASCII markup survives any ASCII-compatible encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const match = DECLARATION.exec(head);
  const label = (match?.[1] ?? match?.[2])?.toLowerCase();
  return label === undefined ? null : (LABELS.get(label) ?? null);
}
