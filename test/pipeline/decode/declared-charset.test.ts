import { describe, expect, it } from 'vitest';
import { declaredCharset } from '../../../src/pipeline/decode/declared-charset.ts';

const declared = (head: string): string | null => declaredCharset(Buffer.from(head, 'latin1'));

describe('declaredCharset', () => {
  it('reads <meta charset> in its quoted and bare forms', () => {
    expect(declared('<meta charset="gb2312">')).toBe('gb18030');
    expect(declared("<META CHARSET='Big5'>")).toBe('big5');
    expect(declared('<meta charset=utf-8 />')).toBe('utf-8');
  });

  it('reads the http-equiv Content-Type form', () => {
    expect(declared('<meta http-equiv="Content-Type" content="text/html; charset=GBK" />')).toBe('gb18030');
    expect(declared('<meta content="text/html;charset=x-gbk" http-equiv="Content-Type">')).toBe('gb18030');
  });

  it('reads an XML declaration', () => {
    expect(declared('<?xml version="1.0" encoding="GB18030"?><html>')).toBe('gb18030');
  });

  it('maps the labels of GB 2312, GBK and Big5 to the encodings luoshi decodes', () => {
    for (const label of ['gb2312', 'GB_2312-80', 'gbk', 'cp936', 'euc-cn', 'gb18030']) {
      expect(declared(`<meta charset="${label}">`)).toBe('gb18030');
    }
    for (const label of ['big5', 'Big5-HKSCS', 'x-x-big5', 'cp950']) expect(declared(`<meta charset="${label}">`)).toBe('big5');
  });

  it('returns null without a declaration, for labels luoshi does not read, and for object keys', () => {
    expect(declared('<html><head><title>通知</title></head>')).toBeNull();
    expect(declared('<meta charset="shift_jis">')).toBeNull();
    expect(declared('<meta charset="constructor">')).toBeNull();
    expect(declared('charset=gb2312 in running text')).toBeNull();
  });

  it('looks only at the top of the page', () => {
    expect(declared(`${' '.repeat(5000)}<meta charset="gb2312">`)).toBeNull();
  });
});
