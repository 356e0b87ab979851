// A Word .docx to plain text: one line per paragraph, empty paragraphs dropped.
// Read through mammoth's HTML so tables (分工 tables above all) read as in web pages.
// The zip is checked against the limits before mammoth inflates anything, and
// pictures are never inflated: only the text is read.
import mammoth from 'mammoth';
import { InputError } from '../errors.ts';
import { beyondLimit, DEFAULT_LIMITS, type SourceLimits } from '../decode/limits.ts';
import { htmlToText } from '../html/html-to-text.ts';
import { NestingTooDeep } from '../html/parse-html.ts';
import { checkInflation, InflationLimitError } from './check-inflation.ts';

const NO_PICTURES = mammoth.images.imgElement(async () => ({ src: '' }));

export async function docxToText(bytes: Uint8Array, file: string, limits: SourceLimits = DEFAULT_LIMITS): Promise<string> {
  let raw: string;
  try {
    await checkInflation(bytes, { markupBytes: limits.markupBytes, entries: limits.zipEntries });
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    raw = htmlToText((await mammoth.convertToHtml({ buffer }, { convertImage: NO_PICTURES })).value, limits.htmlDepth).text;
  } catch (error) {
    if (error instanceof InflationLimitError) {
      throw beyondLimit(
        file,
        `this .docx is refused unread: ${error.message}`,
        error.limit === 'entries' ? 'zipEntries' : 'markupBytes',
        'A policy document is far smaller: the file may be damaged, or built to exhaust memory.',
      );
    }
    if (error instanceof NestingTooDeep) {
      throw beyondLimit(
        file,
        `the text of this .docx nests tables or lists more than ${error.limit} deep`,
        'htmlDepth',
        'No policy document nests its tables or lists that deep.',
      );
    }
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
