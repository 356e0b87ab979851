// A Word .docx to plain text: one line per paragraph, empty paragraphs dropped.
// Read through mammoth's HTML so tables (分工 tables above all) read as in web pages.
import mammoth from 'mammoth';
import { InputError } from '../errors.ts';
import { htmlToText } from '../html/html-to-text.ts';

export async function docxToText(bytes: Uint8Array, file: string): Promise<string> {
  let raw: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    raw = htmlToText((await mammoth.convertToHtml({ buffer })).value).text;
  } catch (error) {
    throw new InputError(
      { file },
      `this is not a readable .docx file (${error instanceof Error ? error.message : String(error)})`,
      'The file may be damaged or cut short, or be another format renamed to .docx. Open it in WPS or Word and save it again as .docx.',
    );
  }
  return raw
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
