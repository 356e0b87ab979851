import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../../src/pipeline/decode/detect-encoding.ts';

const simplified = '到2025年，全县学前教育三年毛入园率达95%以上，公办幼儿园占比保持在70%以上，学前教育实现普及普惠。';
const traditional = '到2025年,高中階段毛入學率達到95%以上。鞏固義務教育基本均衡發展成果,推進縣域義務教育優質均衡發展。';

const bytes = (...parts: (string | number[] | Uint8Array)[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('detectEncoding', () => {
  it('trusts a byte-order mark and reports its length', () => {
    expect(detectEncoding(bytes([0xef, 0xbb, 0xbf], simplified))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(detectEncoding(bytes([0xff, 0xfe], iconv.encode(simplified, 'utf16le')))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(detectEncoding(bytes([0xfe, 0xff], iconv.encode(simplified, 'utf16be')))).toEqual({ encoding: 'utf-16be', bomLength: 2 });
    expect(detectEncoding(bytes([0x84, 0x31, 0x95, 0x33], iconv.encode(simplified, 'gb18030')))).toEqual({ encoding: 'gb18030', bomLength: 4 });
  });

  it('tells GB18030 from Big5 on a single short phrase', () => {
    expect(detectEncoding(iconv.encode('高中阶段毛入学率', 'gb18030'))?.encoding).toBe('gb18030');
    expect(detectEncoding(iconv.encode('高中階段毛入學率', 'big5'))?.encoding).toBe('big5');
  });

  it("breaks a tie between two clean readings of a word with jschardet's guess", () => {
    // 推進 in Big5 reads as 崩秈 in GB18030, 计划 in GB18030 as 數赫 in Big5: all common characters.
    expect(detectEncoding(iconv.encode('推進', 'big5'))?.encoding).toBe('big5');
    expect(detectEncoding(iconv.encode('计划', 'gb18030'))?.encoding).toBe('gb18030');
  });

  it('finds UTF-16 without a BOM, whether the text is mostly ASCII or all Chinese', () => {
    expect(detectEncoding(iconv.encode('Article 1. 第一条 总则', 'utf16le'))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    expect(detectEncoding(iconv.encode('Article 1. 第一条 总则', 'utf16be'))).toEqual({ encoding: 'utf-16be', bomLength: 0 });
    expect(detectEncoding(iconv.encode('镇康县教育高质量发展三年行动计划实施方案', 'utf16le'))?.encoding).toBe('utf-16le');
    expect(detectEncoding(iconv.encode('镇康县教育高质量发展三年行动计划实施方案', 'utf16be'))?.encoding).toBe('utf-16be');
  });

  it('returns null when nothing reads the bytes cleanly', () => {
    expect(detectEncoding(bytes('abc', [0xff, 0xff, 0xff, 0xff], 'def'))).toBeNull();
    expect(detectEncoding(Uint8Array.from([0x00, 0xd8, 0x00, 0xd8, 0x01]))).toBeNull();
  });

  describe('an HTML declaration', () => {
    const page = (charset: string, body: Uint8Array): Uint8Array =>
      bytes(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body>`, body, '</body></html>');

    it('decides between readings that are both clean', () => {
      // GB18030 bytes of 点击率 also read as three common Big5 characters (萸僻薹).
      const ambiguous = iconv.encode('点击率', 'gb18030');
      expect(detectEncoding(page('big5', ambiguous))?.encoding).toBe('big5');
      expect(detectEncoding(page('gb2312', ambiguous))?.encoding).toBe('gb18030');
    });

    it('is taken whenever the bytes read cleanly in it, even when another reading scores higher', () => {
      // As Big5 these GB18030 bytes read as nine characters, eight of them common: clean, if less ordinary.
      const phrase = iconv.encode('县直国家机关各办局', 'gb18030');
      expect(detectEncoding(page('big5', phrase))?.encoding).toBe('big5');
      expect(detectEncoding(bytes('<html><body>', phrase))?.encoding).toBe('gb18030');
    });

    it('is ignored when the bytes do not read cleanly in the declared encoding', () => {
      expect(detectEncoding(page('gb2312', iconv.encode(traditional, 'big5')))?.encoding).toBe('big5');
      expect(detectEncoding(page('big5', iconv.encode(simplified, 'gb18030')))?.encoding).toBe('gb18030');
      expect(detectEncoding(page('utf-8', iconv.encode(simplified, 'gb18030')))?.encoding).toBe('gb18030');
    });

    it('loses to valid UTF-8 (pages re-saved by an editor keep stale declarations)', () => {
      expect(detectEncoding(page('gb2312', Buffer.from(simplified)))?.encoding).toBe('utf-8');
    });

    it('is taken for a page that is all ASCII', () => {
      expect(detectEncoding(page('GBK', Buffer.from('2023-11-07')))?.encoding).toBe('gb18030');
      expect(detectEncoding(page('big5', Buffer.from('2023-11-07')))?.encoding).toBe('big5');
      expect(detectEncoding(Buffer.from('plain ASCII'))?.encoding).toBe('utf-8');
    });
  });
});
