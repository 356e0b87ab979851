// The two stages of ingesting one source, as run by a worker or the main thread:
// prepare (extract, keep corrections) and then, once every policy of the batch is
// known, link references and write.
import { join, relative } from 'node:path';
import { formatProblem } from '../problems/problem.ts';
import { frontmatterLocator, readPolicyFile } from '../content/policy-files.ts';
import { flagMessage, flagPath } from '../pipeline/review/flag-text.ts';
import { prepare, writePolicy, type IngestSettings, type Prepared } from './ingest-file.ts';
import { indexPolicies, linkReferences, type PolicyIndex, type PolicyKey } from './link-references.ts';
import { describeFailure, type Failure } from './failure.ts';

export type PrepareResult = { ok: true; key: PolicyKey } | { ok: false; error: Failure };

export interface Written {
  file: string;
  slug: string;
  sha256: string;
  correctionsHash: string;
  /** Fingerprint of the MDX file on disk. */
  mdx: string;
  title: string;
  docNumber: string | null;
  targets: number;
  milestones: number;
  /** region|name of each unit, for counting distinct departments. */
  units: string[];
  notes: string[];
  /** The record's review flags, each as `file:line: review: reason`. */
  review: string[];
}

/** Holds prepared policies between the stages. */
export class Stages {
  private readonly held = new Map<string, Prepared>();
  private readonly settings: IngestSettings;
  private index: { keys: readonly PolicyKey[]; index: PolicyIndex } | null = null;

  constructor(settings: IngestSettings) {
    this.settings = settings;
  }

  async prepare(file: string): Promise<PrepareResult> {
    try {
      const p = await prepare(file, this.settings);
      this.held.set(file, p);
      return { ok: true, key: { slug: p.slug, title: p.record.meta.title, docNumber: p.record.meta.docNumber } };
    } catch (error) {
      return { ok: false, error: describeFailure(error, file) };
    }
  }

  async write(file: string, keys: readonly PolicyKey[]): Promise<Written> {
    const p = this.held.get(file);
    if (!p) throw new Error(`${file} was not prepared in this worker`);
    this.held.delete(file);
    if (this.index?.keys !== keys) this.index = { keys, index: indexPolicies(keys) };
    p.record = { ...p.record, references: linkReferences(p.record.references, this.index.index, p.slug) };
    const { paths } = this.settings;
    const written = await writePolicy(p, paths);
    const mdx = written.fingerprint;
    const targets = p.record.targets;
    return {
      file,
      slug: p.slug,
      sha256: p.sha256,
      correctionsHash: p.correctionsHash,
      mdx,
      title: p.record.meta.title,
      docNumber: p.record.meta.docNumber,
      targets: targets.filter((t) => t.kind === 'quantity').length,
      milestones: targets.filter((t) => t.kind === 'milestone').length,
      units: p.record.units.map((u) => `${u.region}|${u.name}`),
      notes: [...p.notes, ...p.record.warnings.map((w) => `${relative(paths.root, file)}: ${w}`)],
      review: p.record.flags.length ? reviewLines(p, written.text, relative(paths.root, join(paths.policies, `${p.slug}.mdx`))) : [],
    };
  }
}

/** The review flags of a written policy file, located in it. */
function reviewLines(p: Prepared, text: string, file: string): string[] {
  try {
    // A file written just now holds the prepared record; one kept for its hand edits is read back.
    const record = p.write ? p.record : readPolicyFile(text, file).record;
    const locate = frontmatterLocator(text, file);
    return record.flags.map((flag) => formatProblem({ severity: 'review', file, ...locate(flagPath(record, flag)), message: flagMessage(flag) }));
  } catch {
    return [];
  }
}
