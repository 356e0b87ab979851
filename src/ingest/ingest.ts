// Sources → MDX for a whole batch: skip what did not change, prepare the rest on all
// cores, link references across the batch, write. One bad source never stops the others.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listSources } from '../pipeline/read-source.ts';
import { fingerprint } from '../pipeline/mdx/fingerprint.ts';
import { correctionsPath, policySource, type IngestSettings } from './ingest-file.ts';
import type { PolicyKey } from './link-references.ts';
import { loadManifest, saveManifest, type ManifestEntry } from './manifest.ts';
import { pipelineVersion } from './pipeline-version.ts';
import { stagePool } from './pool.ts';
import type { PrepareResult } from './stages.ts';
import type { Failure } from './failure.ts';
import { slugFor } from './slug.ts';
import { sourceKey, type ContentPaths } from './paths.ts';

export interface IngestReport {
  documents: number;
  written: number;
  unchanged: number;
  failed: Failure[];
  targets: number;
  milestones: number;
  units: number;
  /** Things a person should look at: kept hand edits, stale corrections, extraction warnings. */
  notes: string[];
  /** Where the extraction doubts itself: `file:line: review: reason`. */
  review: string[];
}

export interface IngestHooks {
  onStart?: (total: number) => void;
  onProgress?: (file: string, result: PrepareResult | 'unchanged') => void;
}

function keySignature(keys: readonly PolicyKey[]): string {
  return keys
    .map((k) => `${k.slug}|${k.title}|${k.docNumber ?? ''}`)
    .sort()
    .join('\n');
}

async function readOrEmpty(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return '';
  }
}

async function unchangedEntry(file: string, entry: ManifestEntry | undefined, settings: IngestSettings): Promise<boolean> {
  if (!entry) return false;
  const bytes = await readFile(file);
  if (createHash('sha256').update(bytes).digest('hex') !== entry.sha256) return false;
  if (fingerprint(await readOrEmpty(correctionsPath(settings.paths, entry.slug))) !== entry.corrections) return false;
  const mdx = join(settings.paths.policies, `${entry.slug}.mdx`);
  return existsSync(mdx) && fingerprint(await readOrEmpty(mdx)) === entry.mdx;
}

export async function ingest(inputs: readonly string[], settings: IngestSettings, hooks: IngestHooks = {}): Promise<IngestReport> {
  const { paths } = settings;
  // The same source named twice (./a.txt and a.txt, or by its absolute path) is one source.
  const byKey = new Map<string, string>();
  for (const file of await listSources(inputs.length ? [...inputs] : [paths.sources])) {
    if (!byKey.has(sourceKey(paths, file))) byKey.set(sourceKey(paths, file), file);
  }
  const files = [...byKey.values()];
  const manifest = await loadManifest(paths.cache, pipelineVersion(paths.root));
  const entryOf = (file: string) => manifest.entries[sourceKey(paths, file)];
  hooks.onStart?.(files.length);

  const failed: Failure[] = [];
  const slugs = await claimSlugs(files, paths, failed);
  const todo: string[] = [];
  const skipped: string[] = [];
  for (const file of slugs.values()) {
    if (!settings.force && (await unchangedEntry(file, entryOf(file), settings))) skipped.push(file);
    else todo.push(file);
  }

  const pool = stagePool(settings, todo.length);
  try {
    const progress = (file: string, result: PrepareResult) => hooks.onProgress?.(file, result);
    const prepared = await pool.prepare(todo, progress);
    const keysOf = (results: Map<string, PrepareResult>) => [...results.values()].flatMap((r) => (r.ok ? [r.key] : []));
    // A new or renamed policy may be what an unchanged one cites: then those are linked again too.
    const before = keySignature(Object.values(manifest.entries));
    const after = keySignature([...skipped.map(entryOf), ...keysOf(prepared)]);
    if (before !== after && skipped.length) {
      for (const [file, result] of await pool.prepare(skipped.splice(0), progress)) prepared.set(file, result);
    }
    for (const file of skipped) hooks.onProgress?.(file, 'unchanged');

    const keys: PolicyKey[] = [...skipped.map(entryOf), ...keysOf(prepared)];
    const ready = [...prepared].flatMap(([file, r]) => (r.ok ? [file] : []));
    for (const r of prepared.values()) if (!r.ok) failed.push(r.error);
    const results = await pool.write(ready, keys);
    const written = results.flatMap((r) => (r.ok ? [r.written] : []));
    for (const r of results) if (!r.ok) failed.push(r.error);

    for (const w of written) {
      manifest.entries[sourceKey(paths, w.file)] = {
        sha256: w.sha256,
        corrections: w.correctionsHash,
        mdx: w.mdx,
        slug: w.slug,
        title: w.title,
        docNumber: w.docNumber,
      };
    }
    for (const f of failed) delete manifest.entries[sourceKey(paths, f.file)];
    await saveManifest(paths.cache, manifest);

    return {
      documents: files.length,
      written: written.length,
      unchanged: skipped.length,
      failed,
      targets: written.reduce((n, w) => n + w.targets, 0),
      milestones: written.reduce((n, w) => n + w.milestones, 0),
      units: new Set(written.flatMap((w) => w.units)).size,
      notes: written.flatMap((w) => w.notes),
      review: written.flatMap((w) => w.review),
    };
  } finally {
    await pool.close();
  }
}

/**
 * Which source each slug goes to. Two sources of the batch with one slug: the one
 * the existing policy file was read from keeps it (else the first), the other fails.
 */
async function claimSlugs(files: readonly string[], paths: ContentPaths, failed: Failure[]): Promise<Map<string, string>> {
  const groups = new Map<string, string[]>();
  for (const file of files) groups.set(slugFor(file), [...(groups.get(slugFor(file)) ?? []), file]);
  const slugs = new Map<string, string>();
  for (const [slug, group] of groups) {
    let keeper = group[0];
    if (group.length > 1) {
      const owner = await policySource(paths, slug);
      keeper = group.find((f) => sourceKey(paths, f) === owner) ?? keeper;
      for (const file of group) {
        if (file !== keeper)
          failed.push({ file, message: `${file}: has the same name as ${keeper}, so both would become content/policies/${slug}.mdx — rename one of them` });
      }
    }
    slugs.set(slug, keeper);
  }
  return slugs;
}
