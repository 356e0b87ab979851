// Zip bombs are built here, in memory: a few KB of deflate that inflate to tens of MB.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkInflation, InflationLimitError } from '../../../src/pipeline/docx/check-inflation.ts';
import { buildDocx } from '../../fixtures/docx/build-docx.ts';

const MB = 2 ** 20;
const LIMITS = { markupBytes: 16 * MB, entries: 10_000 };

async function zipOf(files: Record<string, Uint8Array | string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Rewrites the uncompressed size that the local header and the central directory declare for `name`. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = Buffer.from(zip);
  const fields = [
    { signature: 0x04034b50, nameLength: 26, name: 30, size: 22 },
    { signature: 0x02014b50, nameLength: 28, name: 46, size: 24 },
  ];
  let patched = 0;
  for (let at = 0; at + 46 < out.length; at++) {
    for (const f of fields) {
      if (out.readUInt32LE(at) !== f.signature) continue;
      if (out.toString('latin1', at + f.name, at + f.name + out.readUInt16LE(at + f.nameLength)) !== name) continue;
      out.writeUInt32LE(size, at + f.size);
      patched++;
    }
  }
  expect(patched).toBe(2);
  return out;
}

async function limitErrorOf(run: Promise<unknown>): Promise<InflationLimitError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InflationLimitError);
  return error as InflationLimitError;
}

describe('checkInflation', () => {
  it('passes a real .docx', async () => {
    await expect(checkInflation(await buildDocx([['一、指导思想']]), LIMITS)).resolves.toBeUndefined();
  });

  it('refuses a bomb by the sizes it declares, before inflating it', async () => {
    const bomb = await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': new Uint8Array(40 * MB).fill(0x61) });
    expect(bomb.length).toBeLessThan(MB / 2);
    const error = await limitErrorOf(checkInflation(bomb, LIMITS));
    expect(error.limit).toBe('markupBytes');
    expect(error.message).toBe('its text parts would inflate to 40 MB, above the limit of 16 MB');
  });

  it('stops a bomb that declares a small size once what it inflates to passes the limit', async () => {
    const honest = await zipOf({ 'word/document.xml': new Uint8Array(4 * MB).fill(0x61) });
    const liar = declareSize(honest, 'word/document.xml', 100);
    const error = await limitErrorOf(checkInflation(liar, { markupBytes: MB, entries: 100 }));
    expect(error.message).toBe('its text parts inflate to more than the limit of 1 MB (more than the zip declares)');
  });

  it('counts the text parts together', async () => {
    const parts = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`word/footer${i}.xml`, new Uint8Array(MB / 2).fill(0x62)]));
    await expect(checkInflation(await zipOf(parts), { markupBytes: 2 * MB, entries: 100 })).rejects.toThrow(/would inflate to 2.5 MB, above the limit of 2 MB/);
  });

  it('refuses a zip of too many files', async () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`part${i}.xml`, '<x/>']));
    const error = await limitErrorOf(checkInflation(await zipOf(many), { markupBytes: MB, entries: 20 }));
    expect(error).toMatchObject({ limit: 'entries', message: 'it holds 50 files, above the limit of 20' });
  });

  it('never counts (or inflates) pictures and embedded files: only the text is read', async () => {
    const docx = await zipOf({
      'word/document.xml': '<w:document/>',
      'word/media/image1.png': new Uint8Array(40 * MB),
      'word/embeddings/sheet.xlsx': new Uint8Array(40 * MB),
    });
    await expect(checkInflation(docx, LIMITS)).resolves.toBeUndefined();
  });

  it('lets a damaged zip through as an ordinary error, not a limit', async () => {
    const docx = await buildDocx([['一、指导思想']]);
    const error = await checkInflation(docx.subarray(0, docx.length - 30), LIMITS).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(InflationLimitError);
  });
});
