// Golden records of the five sample sources: the whole record `buildRecord` makes of
// each, with a fixed source description, compared with test/golden/<name>.json.
// After an intended change of the extractor, rewrite them with
//   UPDATE_GOLDEN=1 npx vitest run test/golden
// and review the diff of the JSON files before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { record as recordSchema } from '../../src/schema/record.ts';
import { extractSample, SAMPLES } from '../pipeline/support.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden records of the sample sources', () => {
  for (const name of SAMPLES) {
    it(name, () => {
      const { record } = extractSample(name);
      // The golden is what the site reads: it must be a valid record.
      expect(recordSchema.safeParse(record).success).toBe(true);
      const file = join(HERE, `${name}.json`);
      const actual: unknown = JSON.parse(JSON.stringify(record));
      if (update) {
        writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
        return;
      }
      expect(existsSync(file), `test/golden/${name}.json is missing: write it with UPDATE_GOLDEN=1 npx vitest run test/golden`).toBe(true);
      const golden: unknown = JSON.parse(readFileSync(file, 'utf8'));
      expect(
        actual,
        `the record of content/sources/${name}.txt differs from test/golden/${name}.json; if the change is intended, run UPDATE_GOLDEN=1 npx vitest run test/golden and review the diff`,
      ).toEqual(golden);
    });
  }
});
