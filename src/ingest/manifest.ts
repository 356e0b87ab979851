// What the last ingest wrote, per source (kept in .cache/, never committed): a source
// is skipped when its bytes, its corrections, the pipeline and its MDX file are all
// as they were.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';

const entry = z.object({
  sha256: z.string(),
  corrections: z.string(),
  mdx: z.string(),
  slug: z.string(),
  title: z.string(),
  docNumber: z.string().nullable(),
});

const manifest = z.object({ version: z.string(), entries: z.record(z.string(), entry) });

export type ManifestEntry = z.infer<typeof entry>;
export type Manifest = z.infer<typeof manifest>;

const FILE = 'ingest-manifest.json';

/** The manifest, or an empty one when missing, unreadable or written by another pipeline version. */
export async function loadManifest(cacheDir: string, version: string): Promise<Manifest> {
  try {
    const parsed = manifest.safeParse(JSON.parse(await readFile(join(cacheDir, FILE), 'utf8')));
    if (parsed.success && parsed.data.version === version) return parsed.data;
  } catch {
    // No manifest yet: everything is ingested.
  }
  return { version, entries: {} };
}

export async function saveManifest(cacheDir: string, data: Manifest): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const path = join(cacheDir, FILE);
  await writeFile(`${path}.tmp`, JSON.stringify(data, null, 1));
  await rename(`${path}.tmp`, path);
}
