// Sources → MDX for a whole batch: skip what did not change, prepare the rest on all
// cores, link references across the batch, write. One bad source never stops the others.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listSources } from '../pipeline/read-source.ts';
import { fingerprint } from '../pipeline/mdx/fingerprint.ts';
import { correctionsPath, writePolicy, type IngestSettings, type Prepared } from './ingest-file.ts';
import { linkReferences, type PolicyKey } from './link-references.ts';
import { loadManifest, saveManifest, type ManifestEntry } from './manifest.ts';
import { pipelineVersion } from './pipeline-version.ts';
import { prepareAll, type Outcome } from './pool.ts';
import type { Failure } from './failure.ts';
import { slugFor } from './slug.ts';

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
}

export interface IngestHooks {
  onStart?: (total: number) => void;
  onProgress?: (file: string, outcome: Outcome | 'unchanged') => void;
}

function keySignature(keys: readonly PolicyKey[]): string {
  return keys.map((k) => `${k.slug}|${k.title}|${k.docNumber ?? ''}`).sort().join('\n');
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
  const files = await listSources(inputs.length ? [...inputs] : [paths.sources]);
  const version = pipelineVersion(paths.root);
  const manifest = await loadManifest(paths.cache, version);
  hooks.onStart?.(files.length);

  const slugs = new Map<string, string>();
  const duplicates: Failure[] = [];
  for (const file of files) {
    const slug = slugFor(file);
    const other = slugs.get(slug);
    if (other) duplicates.push({ file, message: `${file}: has the same name as ${other}, so both would become content/policies/${slug}.mdx — rename one of them` });
    else slugs.set(slug, file);
  }
  const todo: string[] = [];
  const skipped: string[] = [];
  for (const file of slugs.values()) {
    if (!settings.force && (await unchangedEntry(file, manifest.entries[file], settings))) skipped.push(file);
    else todo.push(file);
  }

  const outcomes = await prepareAll(todo, settings, (file, outcome) => hooks.onProgress?.(file, outcome));
  // A new or renamed policy may be what an unchanged one cites: then those are linked again too.
  const before = keySignature(Object.values(manifest.entries));
  const after = keySignature([...skipped.map((f) => manifest.entries[f]), ...[...outcomes.values()].flatMap((o) => (o.ok ? [{ slug: o.value.slug, title: o.value.record.meta.title, docNumber: o.value.record.meta.docNumber }] : []))]);
  if (before !== after && skipped.length) {
    const again = await prepareAll(skipped.splice(0), settings, (file, outcome) => hooks.onProgress?.(file, outcome));
    for (const [file, outcome] of again) outcomes.set(file, outcome);
  }
  for (const file of skipped) hooks.onProgress?.(file, 'unchanged');
  const unchanged = skipped.length;
  const prepared: Prepared[] = [];
  const failed: Failure[] = [...duplicates];
  for (const outcome of outcomes.values()) (outcome.ok ? prepared.push(outcome.value) : failed.push(outcome.error));

  // References resolve against every policy: this batch's and the ones left unchanged.
  const keys: PolicyKey[] = [
    ...Object.entries(manifest.entries).filter(([file]) => !outcomes.has(file)).map(([, e]) => ({ slug: e.slug, title: e.title, docNumber: e.docNumber })),
    ...prepared.map((p) => ({ slug: p.slug, title: p.record.meta.title, docNumber: p.record.meta.docNumber })),
  ];
  const notes: string[] = [];
  for (const p of prepared) {
    p.record = { ...p.record, references: linkReferences(p.record.references, keys, p.slug) };
    const mdx = await writePolicy(p, paths);
    manifest.entries[p.file] = { sha256: p.sha256, corrections: p.correctionsHash, mdx, slug: p.slug, title: p.record.meta.title, docNumber: p.record.meta.docNumber };
    notes.push(...p.notes, ...p.record.warnings.map((w) => `${relative(paths.root, p.file)}: ${w}`));
  }
  for (const f of failed) delete manifest.entries[f.file];
  await saveManifest(paths.cache, manifest);

  const targets = prepared.flatMap((p) => p.record.targets);
  return {
    documents: files.length,
    written: prepared.length,
    unchanged,
    failed,
    targets: targets.filter((t) => t.kind === 'quantity').length,
    milestones: targets.filter((t) => t.kind === 'milestone').length,
    units: new Set(prepared.flatMap((p) => p.record.units.map((u) => `${u.region}|${u.name}`))).size,
    notes,
  };
}
