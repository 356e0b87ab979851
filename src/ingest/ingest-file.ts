// One source → one policy: extract, keep what people corrected, and (in a second
// step, once references across the batch are linked) write the MDX file.
// File I/O is synchronous: this runs on an ingest worker, one source at a time, where
// a trip through libuv's thread pool for each file only left the worker idle.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Block } from '../schema/document.ts';
import { record, type PolicyRecord } from '../schema/record.ts';
import { applyCorrections, editsOutsideCorrections, liftEdits, loadCorrections, saveCorrections } from '../pipeline/corrections/index.ts';
import { isHandEdited, readPolicyMdx, splitMdx, writeMdx } from '../pipeline/mdx/index.ts';
import { InputError } from '../pipeline/errors.ts';
import type { SourceLimits } from '../pipeline/decode/limits.ts';
import type { UnitDirectory } from '../pipeline/units/directory.ts';
import type { IndicatorCatalogue } from '../data/indicators-schema.ts';
import { fingerprint } from '../pipeline/mdx/fingerprint.ts';
import { extractRecord } from './extract-record.ts';
import { sourceKey, type ContentPaths } from './paths.ts';
import { slugFor } from './slug.ts';

export interface IngestSettings {
  paths: ContentPaths;
  directory: UnitDirectory;
  catalogue: IndicatorCatalogue | null;
  /** Regenerate files whose text was edited by hand (their text edits are lost). */
  force: boolean;
  limits: SourceLimits;
  /** Heap of each ingest worker in MB (LUOSHI_WORKER_HEAP_MB); V8's default when undefined. */
  workerHeapMb?: number;
}

export interface Prepared {
  file: string;
  slug: string;
  sha256: string;
  correctionsHash: string;
  record: PolicyRecord;
  /** The extraction before corrections: the base of the next three-way merge. */
  extracted: PolicyRecord;
  blocks: Block[];
  /** False when a hand-edited file must be kept as it is. */
  write: boolean;
  notes: string[];
}

const mdxPath = (paths: ContentPaths, slug: string) => join(paths.policies, `${slug}.mdx`);
/**
 * What luoshi last wrote for a policy — the raw extraction and the body text — kept
 * (uncommitted) in .cache so hand edits can be merged three ways.
 */
const basePath = (paths: ContentPaths, slug: string) => join(paths.cache, 'generated', `${slug}.json`);

interface Base {
  record: PolicyRecord;
  body: string;
}

async function readBase(paths: ContentPaths, slug: string): Promise<Base | null> {
  const text = await readIfExists(basePath(paths, slug));
  if (text === null) return null;
  try {
    const data = JSON.parse(text) as { record?: unknown; body?: unknown };
    const parsed = record.safeParse(data.record);
    return parsed.success && typeof data.body === 'string' ? { record: parsed.data, body: data.body } : null;
  } catch {
    return null;
  }
}
export const correctionsPath = (paths: ContentPaths, slug: string) => join(paths.corrections, `${slug}.yaml`);

async function readIfExists(path: string): Promise<string | null> {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

/** The source (from the project root) the policy file of `slug` was read from; null when there is none or it cannot be read. */
export async function policySource(paths: ContentPaths, slug: string): Promise<string | null> {
  const path = mdxPath(paths, slug);
  const text = await readIfExists(path);
  return text === null ? null : sourceOf(text, path);
}

function sourceOf(text: string, path: string): string | null {
  try {
    return readPolicyMdx(text, path).record.source.file;
  } catch {
    return null;
  }
}

export async function prepare(file: string, settings: IngestSettings): Promise<Prepared> {
  const { paths } = settings;
  const slug = slugFor(file);
  const target = mdxPath(paths, slug);
  const existing = await readIfExists(target);
  const notes: string[] = [];
  // Another source's policy is never replaced: two names can make one slug
  // (Reservoir Plan.txt, reservoir_plan.txt). A source that was renamed takes its policy along.
  const key = sourceKey(paths, file);
  const owner = existing === null ? null : sourceOf(existing, target);
  if (owner !== null && owner !== key) {
    if (existsSync(join(paths.root, owner))) {
      throw new InputError(
        { file },
        `would become ${relative(paths.root, target)}, which holds the policy read from ${owner}; two sources cannot share one policy file`,
        `Give this file another name (its name makes the slug), or, if it replaces ${owner}, delete that file first.`,
      );
    }
    notes.push(`${relative(paths.root, target)} was read from ${owner}, which is gone; it is now read from ${key}`);
  }
  const {
    record: extracted,
    blocks,
    sha256,
  } = await extractRecord(file, { root: paths.root, directory: settings.directory, catalogue: settings.catalogue, limits: settings.limits });

  const correctionsFile = correctionsPath(paths, slug);
  let corrections = await loadCorrections(correctionsFile);
  let write = true;
  if (existing !== null && isHandEdited(existing, target)) {
    const edited = readPolicyMdx(existing, target);
    const { generated: _stamp, ...editedRecord } = edited.record;
    // Compared with what luoshi wrote last time (when it is known), only the person's
    // changes are lifted; values the extractor now finds differently flow through.
    const base = await readBase(paths, slug);
    const lifted = liftEdits(editedRecord, base?.record ?? extracted, corrections);
    if (!isDeepStrictEqual(lifted, corrections)) {
      await saveCorrections(correctionsFile, lifted);
      notes.push(`kept the hand edits of ${relative(paths.root, target)} in ${relative(paths.root, correctionsFile)}`);
      corrections = lifted;
    }
    for (const field of editsOutsideCorrections(editedRecord, extracted)) {
      notes.push(`${relative(paths.root, target)}: the edit to "${field}" cannot be kept as a correction; that field is regenerated from the source`);
    }
    // The text was edited if it differs from what was written (or, not knowing that, from what would be).
    const written = base?.body ?? splitMdx(writeMdx(applyCorrections(extracted, corrections).record, blocks), target).body;
    if (edited.body.trim() !== written.trim() && !settings.force) {
      write = false;
      notes.push(
        `${relative(paths.root, target)}: its text was edited by hand, so it was not rewritten (its frontmatter edits are kept as corrections); run ingest with --force to regenerate the text from the source`,
      );
    }
  }
  const applied = applyCorrections(extracted, corrections);
  for (const key of applied.stale)
    notes.push(`${relative(paths.root, correctionsFile)}: the correction "${key}" matches nothing in the new extraction (did the source text change?)`);
  const correctionsText = (await readIfExists(correctionsFile)) ?? '';
  return {
    file,
    slug,
    sha256,
    correctionsHash: fingerprint(correctionsText),
    record: applied.record,
    extracted,
    blocks,
    write,
    notes,
  };
}

/** Writes the policy file (unless its text was edited by hand); returns what the file holds. */
export async function writePolicy(prepared: Prepared, paths: ContentPaths): Promise<{ fingerprint: string; text: string }> {
  const target = mdxPath(paths, prepared.slug);
  if (!prepared.write) {
    const kept = (await readIfExists(target)) ?? '';
    return { fingerprint: fingerprint(kept), text: kept };
  }
  const text = writeMdx(prepared.record, prepared.blocks);
  mkdirSync(paths.policies, { recursive: true });
  mkdirSync(join(paths.cache, 'generated'), { recursive: true });
  writeFileSync(basePath(paths, prepared.slug), JSON.stringify({ record: prepared.extracted, body: splitMdx(text, prepared.slug).body }));
  if ((await readIfExists(target)) !== text) {
    writeFileSync(`${target}.tmp`, text, 'utf8');
    renameSync(`${target}.tmp`, target);
  }
  return { fingerprint: fingerprint(text), text };
}
