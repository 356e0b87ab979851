// Reads one policy source (plain text, Markdown, a saved web page or a .docx) into text,
// with what it was read from: format, encoding, a hash of the raw bytes, and
// the page's address and title when it is HTML. What is none of these, or goes
// beyond a limit (decode/limits.ts), is refused with the reason and what to do.
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decode, type Decoded } from './decode/decode.ts';
import { fileSignature } from './decode/file-signature.ts';
import { beyondLimit, DEFAULT_LIMITS, formatSize, type SourceLimits } from './decode/limits.ts';
import { InputError } from './errors.ts';
import type { HtmlText } from './html/html-to-text.ts';
import { markdownToText } from './markdown/markdown-to-text.ts';

export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx';

export interface SourceText {
  file: string;
  text: string;
  format: SourceFormat;
  encoding: string;
  sha256: string;
  sourceUrl: string | null;
  htmlTitle: string | null;
}

/** Read as HTML even without <html> or <body> at the top. */
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.shtml']);
/** Archive exports with a front matter block (标题: …, 文号: …). */
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);

const UNSUPPORTED_BY_EXTENSION = new Map<string, { message: string; hint: string }>([
  [
    '.doc',
    {
      message: 'old binary Word (.doc) files are not supported',
      hint: 'Open it in WPS or Word and save it as .docx (or as UTF-8 text).',
    },
  ],
  [
    '.pdf',
    {
      message: 'PDF files are not supported',
      hint: 'Copy the text out of the PDF into a UTF-8 .txt file, or open the PDF in WPS or Word and save it as .docx.',
    },
  ],
]);

export async function readSource(path: string, limits: SourceLimits = DEFAULT_LIMITS): Promise<SourceText> {
  const bytes = await readBytes(path, limits);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const read = { file: path, sha256, sourceUrl: null, htmlTitle: null };
  if (isWordDocument(bytes)) {
    // The XML inside a .docx is UTF-8; mammoth reads it. Word and HTML readers load on first
    // use: most sources are plain text, and every ingest worker would pay for them at start.
    const { docxToText } = await import('./docx/docx-to-text.ts');
    return nonEmpty({ ...read, text: await docxToText(bytes, path, limits), format: 'docx', encoding: 'utf-8' });
  }
  if (isWebArchive(bytes)) {
    throw new InputError(
      { file: path },
      'this is a web archive (MHTML, a "single file web page"), which luoshi does not read',
      'Open it in Word or WPS and save it as .docx, or open it in a browser and save the page as HTML.',
    );
  }

  const extension = extname(path).toLowerCase();
  // The content decides: government sites serve Word's "web page" saves, and
  // plain text, as .doc; only what is neither is refused for its format.
  const { text, encoding } = decodeOrRefuse(bytes, path, extension);
  if (looksLikeHtml(text) || HTML_EXTENSIONS.has(extension)) {
    const page = await readPage(text, bytes.length, path, limits);
    return nonEmpty({ ...read, text: page.text, format: 'html', encoding, sourceUrl: page.sourceUrl, htmlTitle: page.title });
  }
  if (MARKDOWN_EXTENSIONS.has(extension)) {
    const md = markdownToText(text);
    return nonEmpty({ ...read, text: md.text, format: 'markdown', encoding, sourceUrl: md.sourceUrl });
  }
  return { ...read, text, format: 'text', encoding };
}

function decodeOrRefuse(bytes: Uint8Array, path: string, extension: string): Decoded {
  try {
    return decode(bytes, path);
  } catch (error) {
    const unsupported = UNSUPPORTED_BY_EXTENSION.get(extension);
    if (unsupported && error instanceof InputError && bytes.length > 0 && !fileSignature(bytes))
      throw new InputError({ file: path }, unsupported.message, unsupported.hint);
    throw error;
  }
}

async function readPage(html: string, size: number, path: string, limits: SourceLimits): Promise<HtmlText> {
  if (size > limits.markupBytes) {
    throw beyondLimit(
      path,
      `the page is ${formatSize(size)}, above the limit of ${formatSize(limits.markupBytes)} for a web page`,
      'markupBytes',
      'A policy page is far smaller: this may be a whole site saved into one file, or something built to exhaust memory.',
    );
  }
  const [{ htmlToText }, { NestingTooDeep }] = await Promise.all([import('./html/html-to-text.ts'), import('./html/parse-html.ts')]);
  try {
    return htmlToText(html, limits.htmlDepth);
  } catch (error) {
    if (!(error instanceof NestingTooDeep)) throw error;
    throw beyondLimit(
      path,
      `the page nests its elements more than ${error.limit} deep`,
      'htmlDepth',
      'No policy page nests its markup that deep, and parsing such a page takes very long.',
    );
  }
}

async function readBytes(path: string, limits: SourceLimits): Promise<Uint8Array> {
  // Synchronous: ingest workers read one source at a time (see ingest/ingest-file.ts).
  try {
    const { size } = statSync(path);
    if (size > limits.fileBytes) {
      throw beyondLimit(
        path,
        `the file is ${formatSize(size)}, above the limit of ${formatSize(limits.fileBytes)} for a source`,
        'fileBytes',
        'A policy text, page or .docx is far smaller.',
      );
    }
    return readFileSync(path);
  } catch (error) {
    throw asInputError(error, path);
  }
}

/** File-system errors people cause (a wrong path, a folder, permissions) as InputErrors; others unchanged. */
function asInputError(error: unknown, path: string): unknown {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return new InputError({ file: path }, 'no such file or folder', 'Check the path.');
  if (code === 'EISDIR') return new InputError({ file: path }, 'this is a folder, not a file', 'Name a file inside it.');
  if (code === 'EACCES') return new InputError({ file: path }, 'permission denied', 'Check that you may read the file.');
  return error;
}

function isWordDocument(bytes: Uint8Array): boolean {
  return fileSignature(bytes)?.kind === 'zip' && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml');
}

/** MIME headers: Word's and browsers' "single file web page" (.mht), often served as .doc. */
function isWebArchive(bytes: Uint8Array): boolean {
  return /^(MIME-Version:|From: <Saved by )/i.test(new TextDecoder('latin1').decode(bytes.subarray(0, 64)).trimStart());
}

/** Block tags of a page fragment (a crawler's stored <div>…<p>…</p>), counted in its head. */
const BLOCK_TAG = /<\/?(?:p|div|br|table|tr|td|h[1-6])(?=[\s>/a-z])/gi;

/**
 * Markup a web page starts with, or a page fragment made of paragraph tags: plain
 * policy text never opens with either.
 */
function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return /<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head.slice(0, 1024)) || (head.match(BLOCK_TAG)?.length ?? 0) >= 6;
}

function nonEmpty(source: SourceText): SourceText {
  if (source.text.trim() !== '') return source;
  const why = source.format === 'html' ? 'the page holds no text outside navigation, scripts and page chrome' : 'the document holds no text';
  const hint =
    source.format === 'html'
      ? 'Some sites fill the page in with JavaScript: save the page from the browser after it has loaded (or copy its text into a .txt file).'
      : 'Check that this is the right file; text in images or text boxes is not read.';
  throw new InputError({ file: source.file }, why, hint);
}

/**
 * The source files among `paths`: files as given, and every file in folders,
 * searched recursively, whatever its extension: each is ingested or refused with
 * a reason, never passed over in silence. Skipped: dotfiles and dot-folders, and
 * what Office and Windows leave beside documents (~$ lock files, Thumbs.db,
 * desktop.ini). Sorted, no duplicates.
 */
export async function listSources(paths: string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => {
      throw asInputError(error, path);
    });
    if (info.isDirectory()) for (const file of await sourcesIn(path)) files.add(file);
    else files.add(path);
  }
  return [...files].sort(byCodePoint);
}

const NOT_A_SOURCE = /^(\.|~\$)|^(thumbs\.db|desktop\.ini)$/i;

async function sourcesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !NOT_A_SOURCE.test(entry.name))
      .map(async (entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return sourcesIn(path);
        return entry.isFile() ? [path] : [];
      }),
  );
  return nested.flat();
}

/** Locale-independent, so the order is the same on every machine. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
