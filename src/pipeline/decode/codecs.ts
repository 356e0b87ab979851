// The encodings luoshi reads, and one way to decode each of them.
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/**
 * Decodes without throwing: bytes that are invalid in `encoding` become U+FFFD,
 * so callers can count them. A byte-order mark, if any, is left in place.
 */
export function decodeWith(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'gb18030' || encoding === 'big5') {
    return iconv.decode(bytes, encoding, { stripBOM: false });
  }
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** Whether `bytes` is well-formed UTF-8 (the WHATWG decoder's fatal mode). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
