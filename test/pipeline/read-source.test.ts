import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/pipeline/errors.ts';
import { listSources, readSource } from '../../src/pipeline/read-source.ts';
import { DEFAULT_LIMITS } from '../../src/pipeline/decode/limits.ts';
import { buildDocx } from '../fixtures/docx/build-docx.ts';

const fixture = (path: string): string => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const samplePath = fileURLToPath(new URL('../../content/sources/zhenkang-education-2023-2025.txt', import.meta.url));
const sample = readFileSync(samplePath, 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'luoshi-read-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function inputErrorOf(run: () => Promise<unknown>): Promise<InputError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const ARTICLE_LINE = '一、指导思想';

describe('readSource: formats', () => {
  it('reads a plain-text sample as it is', async () => {
    const source = await readSource(samplePath);
    expect(source).toEqual({
      file: samplePath,
      text: sample,
      format: 'text',
      encoding: 'utf-8',
      sha256: sha256(readFileSync(samplePath)),
      sourceUrl: null,
      htmlTitle: null,
    });
  });

  it('reads a GB18030 text file with CRLF line ends', async () => {
    const path = write('gb.txt', iconv.encode(sample.replace(/\n/g, '\r\n'), 'gb18030'));
    const source = await readSource(path);
    expect(source.text).toBe(sample);
    expect(source.encoding).toBe('gb18030');
    expect(source.sha256).toBe(sha256(readFileSync(path)));
  });

  it('reads a saved government page: article text, title and address', async () => {
    const source = await readSource(fixture('html/gov-page.html'));
    expect(source.format).toBe('html');
    expect(source.encoding).toBe('utf-8');
    expect(source.text.split('\n')).toContain(ARTICLE_LINE);
    expect(source.text).not.toContain('分享到');
    expect(source.htmlTitle).toMatch(/^中共镇康县委办公室 .*_镇康县人民政府$/);
    expect(source.sourceUrl).toBe('http://www.ynzk.gov.cn/zfxxgk/ghxx/202311/t20231107_1209.html');
  });

  it('reads the same page saved as GBK under <meta charset="gb2312"> to the same text', async () => {
    const utf8 = await readSource(fixture('html/gov-page.html'));
    const gb = await readSource(fixture('html/gov-page.gb2312.html'));
    expect(gb.encoding).toBe('gb18030');
    expect(gb.text).toBe(utf8.text);
    expect(gb.htmlTitle).toBe(utf8.htmlTitle);
    expect(gb.sha256).not.toBe(utf8.sha256);
  });

  it('reads a .docx', async () => {
    const path = write('plan.docx', await buildDocx([['一、指导思想'], ['以习近平新时代中国特色社会主义思想为指导。']]));
    expect(await readSource(path)).toMatchObject({
      text: '一、指导思想\n以习近平新时代中国特色社会主义思想为指导。',
      format: 'docx',
      encoding: 'utf-8',
      sourceUrl: null,
      htmlTitle: null,
    });
  });

  it.each(['.htm', '.shtml', '.HTML'])('reads %s as HTML', async (extension) => {
    const path = write(`page${extension}`, '<p>一、指导思想</p><p>二、工作目标</p>');
    expect(await readSource(path)).toMatchObject({ format: 'html', text: '一、指导思想\n二、工作目标' });
  });
});

describe('readSource: the content decides when the extension misleads', () => {
  it('reads a page saved as .txt, or with a server-side extension, as HTML', async () => {
    for (const name of ['page.txt', 'content.jsp', 'noextension']) {
      const source = await readSource(write(name, '<!DOCTYPE html>\n<html><body><p>一、指导思想</p></body></html>'));
      expect(source.format, name).toBe('html');
      expect(source.text, name).toBe(ARTICLE_LINE);
    }
  });

  it('reads a Word document that lost its extension, or carries .txt, as .docx', async () => {
    const docx = await buildDocx([[ARTICLE_LINE]]);
    for (const name of ['download', 'plan.txt']) {
      expect(await readSource(write(name, docx)), name).toMatchObject({ format: 'docx', text: ARTICLE_LINE });
    }
  });

  it('reads Word\'s "web page" save named .doc as HTML', async () => {
    const wordHtml = iconv.encode(
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head><body><p class=MsoNormal>一、指导思想</p></body></html>',
      'gb18030',
    );
    expect(await readSource(write('plan.doc', wordHtml))).toMatchObject({ format: 'html', encoding: 'gb18030', text: ARTICLE_LINE });
  });

  it('reads a .doc that holds plain text as text', async () => {
    expect(await readSource(write('notice.doc', iconv.encode('一、指导思想\r\n', 'gb18030')))).toMatchObject({
      format: 'text',
      encoding: 'gb18030',
      text: '一、指导思想\n',
    });
  });

  it('reads an unknown extension holding plain text as text', async () => {
    expect(await readSource(write('plan.asp', '一、指导思想\n'))).toMatchObject({ format: 'text', text: '一、指导思想\n' });
  });
});

describe('readSource: refusals, each naming the file', () => {
  const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00, 0x3e, 0x00];

  const cases: [string, string, () => Promise<string | Uint8Array>, RegExp][] = [
    ['an old Word .doc', 'plan.doc', async () => Uint8Array.from(OLE), /old binary Word \(\.doc\)/],
    [
      'a web archive (.mht) served as .doc',
      'odd.doc',
      async () => 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart"\r\n',
      /web archive \(MHTML/,
    ],
    [
      'a .doc that is neither Word, a page nor text',
      'odd.doc',
      async () => Uint8Array.from({ length: 512 }, (_, i) => (i * 37 + 3) & 0xff),
      /\.doc\) files are not supported/,
    ],
    ['an old Word file renamed .docx', 'renamed.docx', async () => Uint8Array.from(OLE), /old binary Word/],
    ['a PDF', 'plan.pdf', async () => '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', /PDF/],
    ['a PDF named .txt', 'plan.txt', async () => '%PDF-1.4\n', /PDF/],
    ['a PNG scan', 'scan.txt', async () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /image/],
    ['an empty file', 'empty.txt', async () => '', /empty/],
    ['a whitespace-only file', 'blank.md', async () => '\n \u3000\r\n', /only whitespace/],
    ['random binary', 'random.txt', async () => Uint8Array.from({ length: 1024 }, (_, i) => (i * 131 + 7) & 0xff), /binary/],
    ['a .docx cut to its first bytes', 'cut-early.docx', async () => (await buildDocx([[ARTICLE_LINE]])).subarray(0, 30), /ZIP archive/],
    [
      'a .docx cut in half',
      'cut-half.docx',
      async () => {
        const docx = await buildDocx(Array.from({ length: 40 }, (_, i) => [`第${i + 1}段：推进县域义务教育优质均衡发展。`]));
        return docx.subarray(0, Math.floor(docx.length * 0.6));
      },
      /not a readable \.docx/,
    ],
    [
      'a file that is UTF-8 and then invalid bytes',
      'half.txt',
      async () => Buffer.concat([Buffer.from('一、指导思想\n二、工作目标\n'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0x80])]),
      /valid UTF-8/,
    ],
    [
      'a page with no text outside scripts',
      'app.html',
      async () => '<html><head><title>镇康县人民政府</title></head><body><div id="app"></div><script>render()</script></body></html>',
      /no text/,
    ],
  ];

  it.each(cases)('refuses %s', async (_, name, content, message) => {
    const path = write(name, await content());
    const error = await inputErrorOf(() => readSource(path));
    expect(error.file).toBe(path);
    expect(error.format().startsWith(path)).toBe(true);
    expect(error.message).toMatch(message);
    expect(error.hint).toBeTruthy();
  });

  it('says what to do with a .doc or a PDF', async () => {
    expect((await inputErrorOf(() => readSource(write('a.doc', Uint8Array.from(OLE))))).hint).toMatch(/save it as \.docx/);
    expect((await inputErrorOf(() => readSource(write('a.pdf', '%PDF-1.7\n')))).hint).toMatch(/\.txt file|\.docx/);
  });

  it('refuses a path that does not exist, and a folder', async () => {
    const missing = join(dir, 'missing.txt');
    expect(await inputErrorOf(() => readSource(missing))).toMatchObject({ file: missing, message: 'no such file or folder' });
    expect((await inputErrorOf(() => readSource(dir))).message).toMatch(/folder/);
  });
});

describe('readSource: limits, each refusal naming the file and the limit', () => {
  const MB = 2 ** 20;

  async function refusal(name: string, content: string | Uint8Array, limits = DEFAULT_LIMITS): Promise<InputError> {
    const path = write(name, content);
    const error = await inputErrorOf(() => readSource(path, limits));
    expect(error.format().startsWith(`${path}: `)).toBe(true);
    return error;
  }

  it('refuses a .docx of 350 KB that would inflate past the limit, unread', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', new Uint8Array(40 * MB).fill(0x61));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const error = await refusal('bomb.docx', bomb);
    expect(error.message).toBe(
      'this .docx is refused unread: its text parts would inflate to 40 MB, above the limit of 16 MB (the limit is set by LUOSHI_MAX_MARKUP_MB)',
    );
    expect(error.hint).toMatch(/raise the limit: LUOSHI_MAX_MARKUP_MB=/);
  });

  it('refuses a file larger than the limit before reading it', async () => {
    const error = await refusal('big.txt', '一、指导思想\n'.repeat(200), { ...DEFAULT_LIMITS, fileBytes: 1024 });
    expect(error.message).toBe('the file is 4 KB, above the limit of 1 KB for a source (the limit is set by LUOSHI_MAX_FILE_MB)');
  });

  it('refuses a web page larger than the markup limit', async () => {
    const error = await refusal('huge.html', `<html><body>${'<p>一、指导思想</p>'.repeat(50_000)}</body></html>`, { ...DEFAULT_LIMITS, markupBytes: MB });
    expect(error.message).toMatch(/^the page is [\d.]+ MB, above the limit of 1 MB for a web page \(the limit is set by LUOSHI_MAX_MARKUP_MB\)$/);
  });

  it('refuses a page of 100,000 nested <div>s at the depth limit', async () => {
    const error = await refusal('nested.html', `<html><body>${'<div>'.repeat(100_000)}一、指导思想${'</div>'.repeat(100_000)}</body></html>`);
    expect(error.message).toBe('the page nests its elements more than 500 deep (the limit is set by LUOSHI_MAX_HTML_DEPTH)');
  });

  it('reads the same page when the limits allow it', async () => {
    const path = write('nested-ok.html', `<html><body>${'<div>'.repeat(1000)}一、指导思想${'</div>'.repeat(1000)}</body></html>`);
    expect((await readSource(path, { ...DEFAULT_LIMITS, htmlDepth: 2000 })).text).toBe(ARTICLE_LINE);
  });
});

describe('listSources', () => {
  const root = join(dir, 'sources');
  for (const name of [
    'b-plan.txt',
    'a-page.HTML',
    'nested/deeper/c-notice.docx',
    'nested/d-plan.md',
    'nested/scan.pdf',
    'photo.jpg',
    '.hidden.txt',
    '.git/e-plan.txt',
    '~$b-plan.docx',
    'Thumbs.db',
    'notes.text',
    'old.shtml',
    'page.htm',
  ]) {
    write(join('sources', name), '一、指导思想\n');
  }

  it('expands folders recursively to every file, whatever its extension, sorted, skipping dotfiles and Office and Windows clutter', async () => {
    expect(await listSources([root])).toEqual(
      [
        'a-page.HTML',
        'b-plan.txt',
        'nested/d-plan.md',
        'nested/deeper/c-notice.docx',
        'nested/scan.pdf',
        'notes.text',
        'old.shtml',
        'page.htm',
        'photo.jpg',
      ].map((f) => join(root, f)),
    );
  });

  it('passes files named explicitly through, whatever their extension, without duplicates', async () => {
    const pdf = join(root, 'nested/scan.pdf');
    const txt = join(root, 'b-plan.txt');
    expect(await listSources([pdf, join(root, 'nested'), txt])).toEqual([txt, join(root, 'nested/d-plan.md'), join(root, 'nested/deeper/c-notice.docx'), pdf]);
  });

  it('refuses a path that does not exist', async () => {
    const missing = join(root, 'missing');
    expect(await inputErrorOf(() => listSources([missing]))).toMatchObject({ file: missing });
  });
});
