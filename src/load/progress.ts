// Progress statuses, computed ONCE per build (like policies.ts): the data files are read and
// checked once, every status is computed once, and pages read the cached result.
//
// Data root: the directory holding data/ (indicators.yaml, regions.yaml, progress/, milestones/).
// Default: the working directory (the repository, where `astro build` runs). LUOSHI_DATA names
// another data folder, e.g. test/site/fixtures/data; it must be called `data`.
// "today" is the build date (LUOSHI_BUILD_DATE, else today in Asia/Shanghai).
import { basename, dirname, resolve } from 'node:path';
import { checkData } from '../data/check.ts';
import { formatProblem } from '../problems/problem.ts';
import type { Observation } from '../data/check.ts';
import type { IndicatorCatalogue, RegionList } from '../data/indicators-schema.ts';
import { perSite, type LoadedSite } from './policies.ts';
import { buildProgress, type ProgressData } from '../progress/build.ts';

export interface LoadedProgress extends ProgressData {
  catalogue: IndicatorCatalogue;
  regions: RegionList;
  /** Every observation without errors (for the methodology page's worked example). */
  observations: Observation[];
  /** The data files read, relative to the data root. */
  files: string[];
}

/** The repository-like root whose data/ folder is read. */
function dataRoot(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.LUOSHI_DATA;
  if (!dir) return process.cwd();
  const abs = resolve(process.cwd(), dir);
  if (basename(abs) !== 'data')
    throw new Error(`LUOSHI_DATA must name a folder called "data" (it holds indicators.yaml, regions.yaml, progress/, milestones/), got "${dir}"`);
  return dirname(abs);
}

function load(site: LoadedSite): LoadedProgress {
  const root = dataRoot();
  const data = checkData(root, { today: site.today });
  const errors = data.problems.filter((p) => p.severity === 'error');
  // `luoshi build` / `publish` refuse to build on data errors; a bare `astro build` warns and
  // leaves the rows with errors out (as the checker does).
  for (const p of errors) console.warn(`[luoshi] ${formatProblem(p)}`);
  if (data.catalogue === null || data.regions === null) {
    throw new Error(`[luoshi] cannot read the indicator catalogue or region list under ${root}/data: ${errors.map(formatProblem).join('; ')}`);
  }
  const progress = buildProgress(site, { ...data, catalogue: data.catalogue, regions: data.regions });
  return { ...progress, catalogue: data.catalogue, regions: data.regions, observations: data.observations, files: data.files };
}

/** Once per build (again in `astro dev` after a policy changed). */
export const loadProgress: () => Promise<LoadedProgress> = perSite(load);

/** getStaticPaths of the per-indicator pages and downloads: one per catalogued indicator. */
export async function indicatorPaths() {
  const progress = await loadProgress();
  return progress.indicators.map((view) => ({ params: { id: view.indicator.id }, props: { view } }));
}
