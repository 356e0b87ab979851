// Temporary repository roots holding the real catalogues and the data files a test writes.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TODAY = '2025-11-25';
export const PROGRESS_HEADER = 'indicator,region,period,value,unit,source,note,flag';
export const MILESTONE_HEADER = 'target,date,status,evidence,note';

/** A root with data/indicators.yaml and data/regions.yaml copied from the repository, plus `files`. */
export function makeRoot(files: Record<string, string | Uint8Array>, options: { catalogues?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'luoshi-data-'));
  mkdirSync(join(root, 'data', 'progress'), { recursive: true });
  mkdirSync(join(root, 'data', 'milestones'), { recursive: true });
  if (options.catalogues !== false) {
    copyFileSync(join(REPO, 'data', 'indicators.yaml'), join(root, 'data', 'indicators.yaml'));
    copyFileSync(join(REPO, 'data', 'regions.yaml'), join(root, 'data', 'regions.yaml'));
  }
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** A progress CSV: the header, then `rows` (line 2 onwards). */
export function progress(...rows: string[]): string {
  return [PROGRESS_HEADER, ...rows].join('\n') + '\n';
}

export function milestones(...rows: string[]): string {
  return [MILESTONE_HEADER, ...rows].join('\n') + '\n';
}
