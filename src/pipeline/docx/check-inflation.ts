// A .docx is a zip, and a zip of a few hundred KB can inflate to gigabytes. Before
// the document is read, the sizes its central directory declares are checked, and
// then every part that will be read is inflated once as a stream, counting bytes,
// so a zip that lies about its sizes is stopped at the limit too (yauzl's own size
// check is off: this count gives the message that names the limit).
import { fromBufferPromise, type Entry, type ZipFile } from 'yauzl';
import { formatSize } from '../decode/limits.ts';

export interface InflationLimits {
  /** Bytes the parts that are read (XML and relationships) may inflate to, in all. */
  markupBytes: number;
  /** Files the zip may hold. */
  entries: number;
}

/** A zip beyond the limits: `message` says what was found, `limit` which limit it broke. */
export class InflationLimitError extends Error {
  readonly limit: 'markupBytes' | 'entries';
  constructor(limit: 'markupBytes' | 'entries', message: string) {
    super(message);
    this.name = 'InflationLimitError';
    this.limit = limit;
  }
}

/** Pictures and embedded files: only the text is read, so these are never inflated. */
const NOT_READ = /^word\/(media|embeddings)\//;

/** Resolves when the zip stays within the limits; throws InflationLimitError when not, other errors for a damaged zip. */
export async function checkInflation(bytes: Uint8Array, limits: InflationLimits): Promise<void> {
  const zip = await fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    lazyEntries: true,
    autoClose: false,
    validateEntrySizes: false,
  });
  try {
    if (zip.entryCount > limits.entries) {
      throw new InflationLimitError('entries', `it holds ${zip.entryCount} files, above the limit of ${limits.entries}`);
    }
    const read: Entry[] = [];
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      if (NOT_READ.test(entry.fileName) || entry.fileName.endsWith('/')) continue;
      read.push(entry);
      declared += entry.uncompressedSize;
    }
    if (declared > limits.markupBytes) {
      throw new InflationLimitError(
        'markupBytes',
        `its text parts would inflate to ${formatSize(declared)}, above the limit of ${formatSize(limits.markupBytes)}`,
      );
    }
    let inflated = 0;
    for (const entry of read) inflated = await countInflated(zip, entry, inflated, limits.markupBytes);
  } finally {
    zip.close();
  }
}

/** Streams one entry, adding its bytes to `total`; stops as soon as the total passes `limit`. */
async function countInflated(zip: ZipFile, entry: Entry, total: number, limit: number): Promise<number> {
  const stream = await zip.openReadStreamPromise(entry);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) {
      stream.destroy();
      throw new InflationLimitError('markupBytes', `its text parts inflate to more than the limit of ${formatSize(limit)} (more than the zip declares)`);
    }
  }
  return total;
}
