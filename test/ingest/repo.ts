// A temporary luoshi repository for ingest and CLI tests: the data files of this
// repository and a few sources in content/sources/.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SOURCES } from '../pipeline/support.ts';

export interface TempRepo {
  root: string;
  sources: string;
  policies: string;
  corrections: string;
  /** Path of a source file in content/sources/. */
  source(name: string): string;
  /** Path of the MDX file of a slug. */
  mdx(slug: string): string;
  write(name: string, content: string | Uint8Array): string;
  read(path: string): string;
  remove(): void;
}

/** A repository with data/units.yaml, units-national.yaml, indicators.yaml, regions.yaml (and progress data when asked). */
export function tempRepo(samples: Record<string, string> = {}, withProgress = false): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'luoshi-test-'));
  mkdirSync(join(root, 'data'), { recursive: true });
  for (const file of ['units.yaml', 'units-national.yaml', 'indicators.yaml', 'regions.yaml']) {
    if (existsSync(join(ROOT, 'data', file))) copyFileSync(join(ROOT, 'data', file), join(root, 'data', file));
  }
  if (withProgress) {
    for (const dir of ['progress', 'milestones']) {
      mkdirSync(join(root, 'data', dir), { recursive: true });
    }
  }
  const sources = join(root, 'content', 'sources');
  mkdirSync(sources, { recursive: true });
  // name in the repo → sample file name in this repository's content/sources.
  for (const [name, sampleFile] of Object.entries(samples)) copyFileSync(join(SOURCES, sampleFile), join(sources, name));
  const policies = join(root, 'content', 'policies');
  const corrections = join(root, 'content', 'corrections');
  return {
    root,
    sources,
    policies,
    corrections,
    source: (name) => join(sources, name),
    mdx: (slug) => join(policies, `${slug}.mdx`),
    write(name, content) {
      const path = join(sources, name);
      writeFileSync(path, content);
      return path;
    },
    read: (path) => readFileSync(path, 'utf8'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Runs `body` with LUOSHI_CONTENT unset (contentPaths reads it), restoring it after. */
export async function withoutContentOverride<T>(body: () => Promise<T>): Promise<T> {
  const saved = process.env.LUOSHI_CONTENT;
  delete process.env.LUOSHI_CONTENT;
  try {
    return await body();
  } finally {
    if (saved !== undefined) process.env.LUOSHI_CONTENT = saved;
  }
}
