// What every ingest needs loaded once: paths, the unit directory, the indicator
// catalogue, the limits sources are read within.
import { loadDirectory } from '../pipeline/units/directory.ts';
import { limitsFromEnv, numberSetting } from '../pipeline/decode/limits.ts';
import { readIndicatorCatalogue } from '../data/catalogue.ts';
import type { IngestSettings } from './ingest-file.ts';
import { contentPaths } from './paths.ts';

export async function loadSettings(root: string, force: boolean): Promise<IngestSettings> {
  const { catalogue } = readIndicatorCatalogue(root);
  const workerHeapMb = numberSetting(process.env, 'LUOSHI_WORKER_HEAP_MB', 'megabytes of heap for each ingest worker');
  return { paths: contentPaths(root), directory: await loadDirectory(root), catalogue, force, limits: limitsFromEnv(), workerHeapMb };
}
