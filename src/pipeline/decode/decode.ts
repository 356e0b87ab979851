// Bytes of a text or HTML source to a string: detect the encoding, drop the
// byte-order mark, make every line end in \n, and refuse what is not text.
import { InputError } from '../errors.ts';
import { decodeWith, type TextEncoding } from './codecs.ts';
import { detectEncoding } from './detect-encoding.ts';
import { fileSignature } from './file-signature.ts';

export interface Decoded {
  text: string;
  encoding: TextEncoding;
}

const SUPPORTED = 'luoshi reads plain text (UTF-8, GB18030, Big5, UTF-16), HTML pages and .docx files.';
const EMPTY_HINT = 'Check that the download or export finished, then save the policy text into the file again.';

// Control characters other than tab, line feed, form feed, carriage return and Ctrl-Z.
const CONTROL = /[\x00-\x08\x0B\x0E-\x19\x1B-\x1F]/g;
/** Text may carry a stray control character; a file where one character in ten is one is not text. */
const MAX_CONTROL_SHARE = 0.1;

export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new InputError({ file }, 'the file is empty (0 bytes)', EMPTY_HINT);
  const signature = fileSignature(bytes);
  if (signature) throw new InputError({ file }, `this is ${signature.description}`, signature.hint);

  const detection = detectEncoding(bytes);
  if (!detection) throw unreadable(bytes, file);
  const decoded = decodeWith(bytes.subarray(detection.bomLength), detection.encoding);
  const invalidAt = decoded.indexOf('\uFFFD');
  if (detection.bomLength > 0 && invalidAt >= 0) {
    throw new InputError(
      { file, line: lineOf(decoded, invalidAt) },
      `the file starts with a ${detection.encoding.toUpperCase()} byte-order mark but is not valid ${detection.encoding.toUpperCase()}`,
      'Open it in an editor and save it again as UTF-8.',
    );
  }
  const text = decoded.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    throw new InputError({ file }, `the file holds only whitespace (${bytes.length} bytes)`, EMPTY_HINT);
  }
  if ((text.match(CONTROL)?.length ?? 0) > text.length * MAX_CONTROL_SHARE) {
    throw new InputError({ file }, 'this looks like binary data, not text: it is full of control characters', SUPPORTED);
  }
  return { text, encoding: detection.encoding };
}

function unreadable(bytes: Uint8Array, file: string): InputError {
  if (bytes.includes(0)) {
    return new InputError({ file }, 'this looks like binary data, not text: it contains NUL bytes', SUPPORTED);
  }
  const asUtf8 = decodeWith(bytes, 'utf-8');
  const line = lineOf(asUtf8, asUtf8.indexOf('\uFFFD'));
  return new InputError(
    { file, line },
    'the text stops being valid UTF-8 on this line, and the file does not read cleanly as GB18030, Big5 or UTF-16 either',
    'Open it in an editor and save it as UTF-8 (or GB18030). If part of it was pasted from another file, check that line; if it is not a text file, give it its real extension.',
  );
}

/** 1-based line number of a character offset. */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n?|\n/).length;
}
