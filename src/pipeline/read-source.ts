// Reads one policy source (plain text, a saved web page or a .docx) into text,
// with what it was read from: format, encoding, a hash of the raw bytes, and
// the page's address and title when it is HTML.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decode } from './decode/decode.ts';
import { fileSignature } from './decode/file-signature.ts';
import { docxToText } from './docx/docx-to-text.ts';
import { InputError } from './errors.ts';
import { htmlToText } from './html/html-to-text.ts';
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

const FORMAT_BY_EXTENSION = new Map<string, SourceFormat>([
  ['.txt', 'text'],
  ['.text', 'text'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.shtml', 'html'],
  ['.docx', 'docx'],
]);

export const SOURCE_EXTENSIONS: readonly string[] = [...FORMAT_BY_EXTENSION.keys()];

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

export async function readSource(path: string): Promise<SourceText> {
  const bytes = await readBytes(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const read = { file: path, sha256, sourceUrl: null, htmlTitle: null };
  if (isWordDocument(bytes)) {
    // The XML inside a .docx is UTF-8; mammoth reads it.
    return nonEmpty({ ...read, text: await docxToText(bytes, path), format: 'docx', encoding: 'utf-8' });
  }

  const extension = extname(path).toLowerCase();
  const unsupported = UNSUPPORTED_BY_EXTENSION.get(extension);
  // Government sites serve Word's "web page" saves as .doc: those are HTML and readable.
  if (unsupported && !looksLikeHtml(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)))) {
    throw new InputError({ file: path }, unsupported.message, unsupported.hint);
  }

  const { text, encoding } = decode(bytes, path);
  if (looksLikeHtml(text) || FORMAT_BY_EXTENSION.get(extension) === 'html') {
    const page = htmlToText(text);
    return nonEmpty({ ...read, text: page.text, format: 'html', encoding, sourceUrl: page.sourceUrl, htmlTitle: page.title });
  }
  if (FORMAT_BY_EXTENSION.get(extension) === 'markdown') {
    const md = markdownToText(text);
    return nonEmpty({ ...read, text: md.text, format: 'markdown', encoding, sourceUrl: md.sourceUrl });
  }
  return { ...read, text, format: 'text', encoding };
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
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
 * The source files among `paths`: files as given (whatever their extension, so
 * that a wrong one gets a clear error), folders searched recursively for files
 * with a source extension, dotfiles and dot-folders skipped. Sorted, no duplicates.
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

async function sourcesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .map(async (entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return sourcesIn(path);
        return entry.isFile() && FORMAT_BY_EXTENSION.has(extname(entry.name).toLowerCase()) ? [path] : [];
      }),
  );
  return nested.flat();
}

/** Locale-independent, so the order is the same on every machine. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
