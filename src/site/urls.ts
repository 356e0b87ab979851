// Every internal URL is built here, so links follow `base` and trailingSlash: 'always'.
// Page URLs end in "/"; files (.json, .csv, .ics) do not.

function readBase(): string {
  let base = '/';
  try {
    base = import.meta.env?.BASE_URL ?? '/';
  } catch {
    /* outside Vite */
  }
  return base.endsWith('/') ? base : `${base}/`;
}

const BASE = readBase();

/** Prefix a site path ("policies/x/" or "/policies/x/") with the base. */
function href(path: string): string {
  return BASE + path.replace(/^\/+/, '');
}

export const urls = {
  home: () => href(''),
  policies: () => href('policies/'),
  policy: (slug: string) => href(`policies/${slug}/`),
  section: (slug: string, sectionId: string) => href(`policies/${slug}/#${sectionId}`),
  target: (slug: string, targetId: string) => href(`policies/${slug}/#${targetId}`),
  /** A target's entry in its policy's side list (status and its numbers). */
  targetItem: (slug: string, targetId: string) => href(`policies/${slug}/#item-${targetId}`),
  targets: () => href('targets/'),
  targetsCsv: () => href('targets.csv'),
  targetsJson: () => href('targets.json'),
  departments: () => href('departments/'),
  department: (slug: string) => href(`departments/${slug}/`),
  departmentCsv: (slug: string) => href(`departments/${slug}.csv`),
  departmentIcs: (slug: string) => href(`departments/${slug}.ics`),
  deadlines: () => href('deadlines/'),
  deadlinesByDepartment: () => href('deadlines/departments/'),
  search: () => href('search/'),
  indicators: () => href('indicators/'),
  indicator: (id: string) => href(`indicators/${id}/`),
  /** A target's row on its indicator page: base, latest, rates and ratio. */
  indicatorTarget: (id: string, targetId: string) => href(`indicators/${id}/#${targetId}`),
  indicatorCsv: (id: string) => href(`indicators/${id}.csv`),
  indicatorJson: (id: string) => href(`indicators/${id}.json`),
  progress: () => href('progress/'),
  progressMethodology: () => href('progress/methodology/'),
  progressCsv: () => href('progress.csv'),
  progressJson: () => href('progress.json'),
  searchManifest: () => href('search/manifest.json'),
  /** Search index files (search/index-format.ts); `n` may be the pattern "{n}". */
  searchTerms: (n: number | string) => href(`search/t/${n}.bin`),
  searchList: (n: number | string) => href(`search/l/${n}.bin`),
  searchDocs: (n: number | string) => href(`search/d/${n}.json`),
  searchNames: () => href('search/names.json'),
};

/** URL on the deployed site for downloads: absolute when the public URL is set (site/public-url.ts), else the path. */
export function absolute(path: string, site: string | URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
