// What every ingest needs loaded once: paths, the unit directory, the indicator catalogue.
import { loadDirectory } from '../pipeline/units/directory.ts';
import { readIndicatorCatalogue } from '../data/catalogue.ts';
import type { IngestSettings } from './ingest-file.ts';
import { contentPaths } from './paths.ts';

export async function loadSettings(root: string, force: boolean): Promise<IngestSettings> {
  const { catalogue } = readIndicatorCatalogue(root);
  return { paths: contentPaths(root), directory: await loadDirectory(root), catalogue, force };
}
