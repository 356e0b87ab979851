// Policy records read from the hand-written fixture MDX (test/site/fixtures/policies),
// validated with the same schema the content collection uses.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { record, type PolicyRecord } from '../../src/schema/record.ts';

export const FIXTURE_DIR = join(import.meta.dirname, '../site/fixtures/policies');

export function readFixture(file: string): PolicyRecord {
  const text = readFileSync(join(FIXTURE_DIR, file), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error(`${file}: no frontmatter`);
  return record.parse(load(m[1]));
}

export function readFixtures(): PolicyRecord[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map(readFixture);
}

/** The build date every test pins. */
export const TODAY = '2026-11-25';
