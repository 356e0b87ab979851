// A fingerprint of everything that decides what ingest writes: the pipeline's code,
// the schema, the unit directory and the indicator catalogue. A source whose bytes
// did not change is ingested again only when this changes.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['src/pipeline', 'src/schema', 'src/ingest', 'data/units.yaml', 'data/indicators.yaml'];

function files(path: string): string[] {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s) return [];
  if (s.isFile()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

export function pipelineVersion(root: string): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((p) => files(join(root, p)))) {
    hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
