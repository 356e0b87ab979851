import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/pipeline/decode/decode.ts';
import { InputError } from '../../../src/pipeline/errors.ts';

const sample = (name: string): string => readFileSync(new URL(`../../../content/sources/${name}`, import.meta.url), 'utf8');

const zhenkang = sample('zhenkang-education-2023-2025.txt');
// A paragraph of the sample: targets with figures, 〔〕 and “” quotes, ASCII parentheses.
const paragraph = zhenkang.slice(zhenkang.indexOf('为全面贯彻落实'), zhenkang.indexOf('一、指导思想'));
const traditional = '到2025年,高中階段毛入學率達到95%以上。鞏固義務教育基本均衡發展成果,推進縣域義務教育優質均衡發展。';

const bytes = (...parts: (string | number[] | Uint8Array)[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

describe('decode: encodings', () => {
  it('reads a sample paragraph encoded as GB18030 exactly', () => {
    expect(paragraph.length).toBeGreaterThan(100);
    expect(decode(iconv.encode(paragraph, 'gb18030'), 'p.txt')).toEqual({ text: paragraph, encoding: 'gb18030' });
  });

  it('reads a whole sample file encoded as GB18030 exactly', () => {
    expect(decode(iconv.encode(zhenkang, 'gb18030'), 'zhenkang.txt')).toEqual({ text: zhenkang, encoding: 'gb18030' });
  });

  it('reports GBK and GB 2312 text as gb18030, its superset', () => {
    expect(decode(iconv.encode(paragraph, 'gbk'), 'p.txt').encoding).toBe('gb18030');
    expect(decode(iconv.encode('一、指导思想\n二、工作目标\n', 'gb2312'), 'p.txt').encoding).toBe('gb18030');
  });

  it('reads traditional text in Big5', () => {
    expect(decode(iconv.encode(traditional, 'big5'), 'big5.txt')).toEqual({ text: traditional, encoding: 'big5' });
    expect(decode(iconv.encode('「到2025年,高中階段毛入學率達到95%以上」', 'big5'), 'q.txt')).toEqual({
      text: '「到2025年,高中階段毛入學率達到95%以上」',
      encoding: 'big5',
    });
  });

  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(decode(Buffer.from(paragraph), 'p.txt')).toEqual({ text: paragraph, encoding: 'utf-8' });
    expect(decode(bytes([0xef, 0xbb, 0xbf], paragraph), 'p.txt')).toEqual({ text: paragraph, encoding: 'utf-8' });
  });

  it('reads UTF-16 with a BOM in either byte order, dropping the BOM', () => {
    const le = iconv.encode(paragraph, 'utf16le');
    const be = iconv.encode(paragraph, 'utf16be');
    expect(decode(bytes([0xff, 0xfe], le), 'le.txt')).toEqual({ text: paragraph, encoding: 'utf-16le' });
    expect(decode(bytes([0xfe, 0xff], be), 'be.txt')).toEqual({ text: paragraph, encoding: 'utf-16be' });
  });

  it('reads UTF-16 without a BOM', () => {
    expect(decode(iconv.encode(paragraph, 'utf16le'), 'le.txt')).toEqual({ text: paragraph, encoding: 'utf-16le' });
    expect(decode(iconv.encode(paragraph, 'utf16be'), 'be.txt')).toEqual({ text: paragraph, encoding: 'utf-16be' });
  });

  it('leaves full-width digits, letters and punctuation untouched', () => {
    const text = '到２０２５年，全县学前教育三年毛入园率达９５％以上（ＡＢＣ）。\u3000第二段';
    for (const encoding of ['gb18030', 'utf8', 'utf16le'] as const) {
      expect(decode(iconv.encode(text, encoding, { addBOM: encoding === 'utf16le' }), 'fw.txt').text).toBe(text);
    }
  });

  it('round-trips any stretch of every sample text through GB18030, UTF-8 and UTF-16', () => {
    const texts = [
      'basic-education-action-plan.txt',
      'chuanhui-compulsory-balance-2019.txt',
      'dezhou-county-high-school-2023.txt',
      'enshi-county-alliance-2022-2025.txt',
      'zhenkang-education-2023-2025.txt',
    ].map(sample);
    const stretch = fc
      .record({ text: fc.constantFrom(...texts), start: fc.nat(), length: fc.integer({ min: 30, max: 600 }) })
      .map(({ text, start, length }) => text.slice(start % (text.length - length), (start % (text.length - length)) + length))
      .filter((text) => text.trim() !== '');
    fc.assert(
      fc.property(stretch, (text) => {
        expect(decode(iconv.encode(text, 'gb18030'), 's.txt').text).toBe(text);
        expect(decode(Buffer.from(text), 's.txt').text).toBe(text);
        expect(decode(iconv.encode(text, 'utf16le', { addBOM: true }), 's.txt').text).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('decode: line endings', () => {
  it('turns CRLF and lone CR into LF, in any mix', () => {
    const mixed = '一、指导思想\r\n以习近平新时代中国特色社会主义思想为指导\r二、工作目标\n三、重点任务\r\n';
    const expected = '一、指导思想\n以习近平新时代中国特色社会主义思想为指导\n二、工作目标\n三、重点任务\n';
    expect(decode(Buffer.from(mixed), 'mixed.txt').text).toBe(expected);
    expect(decode(iconv.encode(mixed, 'gb18030'), 'mixed.txt').text).toBe(expected);
    expect(decode(iconv.encode(mixed, 'utf16be', { addBOM: true }), 'mixed.txt').text).toBe(expected);
  });

  it('keeps blank lines', () => {
    expect(decode(Buffer.from('甲\r\n\r\n\r\n乙'), 'b.txt').text).toBe('甲\n\n\n乙');
  });
});

describe('decode: input that is not a policy text', () => {
  const hostile: [string, string, Uint8Array, RegExp][] = [
    ['an empty file', 'empty.txt', new Uint8Array(0), /empty/],
    ['a whitespace-only file', 'blank.txt', Buffer.from(' \r\n\t\u3000\n  '), /only whitespace/],
    ['a BOM and nothing else', 'bom.txt', bytes([0xef, 0xbb, 0xbf], '\n'), /only whitespace/],
    ['a PDF', 'policy.txt', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n'), /PDF/],
    ['a PNG', 'scan.txt', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /image/],
    ['a JPEG', 'scan.html', bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]), /image/],
    ['a ZIP that the caller did not expect', 'archive.txt', bytes('PK\x03\x04\x14\x00\x00\x00'), /ZIP/],
    ['an old Word .doc', 'plan.doc', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0x3e]), /\.doc/],
    ['an RTF document', 'plan.txt', bytes('{\\rtf1\\ansi\\ansicpg936 \\f0 \\par}'), /RTF/],
    ['a gzip archive', 'plan.txt.gz', bytes([0x1f, 0x8b, 0x08, 0x00]), /archive/],
    ['binary with NUL bytes', 'random.txt', Uint8Array.from({ length: 4096 }, (_, i) => (i * 193 + ((i * i) >> 3)) & 0xff), /binary/],
    ['text full of control characters', 'ctrl.txt', bytes('\x01\x02\x03\x04\x05\x06\x07\x08abc\x0e\x0f\x10'), /control characters/],
  ];

  it.each(hostile)('rejects %s, naming the file', (_, file, input, message) => {
    const error = inputErrorOf(() => decode(input, file));
    expect(error.file).toBe(file);
    expect(error.message).toMatch(message);
    expect(error.format().startsWith(`${file}`)).toBe(true);
    expect(error.hint).toBeTruthy();
  });

  it('rejects a file that is UTF-8 and then invalid bytes, naming the line of the first bad byte', () => {
    const input = bytes('第一行：镇康县教育高质量发展\n第二行：三年行动计划\n第三行：', [0xff, 0xfe, 0x80, 0x81, 0xc3, 0x28], '后文\n');
    const error = inputErrorOf(() => decode(input, 'broken.txt'));
    expect(error.file).toBe('broken.txt');
    expect(error.line).toBe(3);
    expect(error.format()).toMatch(/^broken\.txt:3: the text stops being valid UTF-8 on this line/);
    expect(error.hint).toMatch(/save it as UTF-8 \(or GB18030\)/);
  });

  it('rejects UTF-8 text with one GB18030 line pasted in, naming that line', () => {
    const input = bytes(paragraph.slice(0, 80), '\n', iconv.encode('到2025年，毛入园率达95%以上。', 'gb18030'), '\n');
    expect(inputErrorOf(() => decode(input, 'pasted.txt')).line).toBe(2);
  });

  it('rejects a UTF-8 BOM followed by bytes that are not UTF-8', () => {
    const error = inputErrorOf(() => decode(bytes([0xef, 0xbb, 0xbf], '甲\n', iconv.encode('乙丙', 'gb18030')), 'bom.txt'));
    expect(error.message).toMatch(/UTF-8 byte-order mark but is not valid UTF-8/);
    expect(error.line).toBe(2);
  });

  it('rejects random bytes without NULs that read as nothing', () => {
    // Bytes 0x80–0xFF only: not UTF-8, and no legacy codec reads them as ordinary text.
    const noise = Uint8Array.from({ length: 2000 }, (_, i) => 0x80 | ((i * 37 + (i >> 2) * 11) & 0x7f));
    expect(inputErrorOf(() => decode(noise, 'noise.txt')).message).toMatch(/valid UTF-8/);
  });

  it('keeps a stray control character in otherwise ordinary text', () => {
    expect(decode(Buffer.from('一、指导思想\x0c\n二、工作目标\x1a'), 'ff.txt').text).toBe('一、指导思想\x0c\n二、工作目标\x1a');
  });
});
