// Policy records read from the hand-written fixture MDX (test/site/fixtures/policies)
// with the reader and schema the site and `luoshi check` use.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPolicyFile } from '../../src/content/policy-files.ts';
import type { PolicyRecord } from '../../src/schema/record.ts';

export const FIXTURE_DIR = join(import.meta.dirname, '../site/fixtures/policies');

function readFixture(file: string): PolicyRecord {
  return readPolicyFile(readFileSync(join(FIXTURE_DIR, file), 'utf8'), file).record;
}

export function readFixtures(): PolicyRecord[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map(readFixture);
}

/** The build date every test pins. */
export const TODAY = '2026-11-25';
