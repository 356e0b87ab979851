// Reading and writing content/corrections/<slug>.yaml.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { dumpYaml, parseYamlWith } from '../mdx/yaml.ts';
import { corrections as correctionsSchema, correctionsFile, type Corrections } from './corrections-schema.ts';

const header = `# Corrections to the record luoshi extracts from this policy, applied at every ingest.
# Format: see src/pipeline/corrections/corrections-schema.ts.
# luoshi rewrites this file when it keeps hand edits made to the policy's MDX file:
# comments, this header included, are not preserved. Keep notes elsewhere.
`;

/** The corrections in `path`; none when the file does not exist. Errors name the line. */
export async function loadCorrections(path: string): Promise<Corrections> {
  let text: string;
  try {
    // Synchronous: read by ingest workers, one source at a time (see ingest/ingest-file.ts).
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return {};
    throw error;
  }
  return parseYamlWith(correctionsFile, text, path);
}

export function formatCorrections(corrections: Corrections): string {
  // Parsing puts sections and fields in schema order.
  return header + dumpYaml(correctionsSchema.parse(corrections));
}

/** Write atomically: an interrupted save never leaves half a file. */
export async function saveCorrections(path: string, corrections: Corrections): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, formatCorrections(corrections), 'utf8');
  await rename(temporary, path);
}
