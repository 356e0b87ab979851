// Detecting hand edits: the writer stamps each file with a hash of its own content;
// a file whose content no longer matches its stamp was changed by someone.
import { createHash } from 'node:crypto';
import { generatedStamp } from './frontmatter.ts';
import { readMdx } from './read-mdx.ts';

/** Short stable hash: the first 16 hex digits of the SHA-256 of the text. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/**
 * Hash of a file's content without its stamp. The frontmatter is hashed as data
 * (its JSON, keys in file order), so comments and quoting style do not count as
 * edits; line endings in the body do not either.
 */
export function contentHash(frontmatter: object, body: string): string {
  return fingerprint(`${JSON.stringify(frontmatter)}\n---\n${body.replace(/\r\n?/g, '\n')}`);
}

/** True when the file was changed after luoshi wrote it, or luoshi never stamped it. */
export function isHandEdited(source: string, file = '(mdx source)'): boolean {
  const { record, body } = readMdx(source, file);
  if (record === null || typeof record !== 'object' || !('generated' in record)) return true;
  const { generated, ...content } = record;
  const stamp = generatedStamp.safeParse(generated);
  return !stamp.success || contentHash(content, body) !== stamp.data.hash;
}
