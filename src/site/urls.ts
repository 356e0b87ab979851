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
  /** Page n (from 2) of the policies list. */
  policiesPage: (n: number) => href(`policies/page/${n}/`),
  /** A chunk of the policies list's data (site/policy-list.ts). */
  policyListChunk: (order: string, scope: string, n: number) => href(`policies/list/${order}/${scope}/${n}.json`),
  /** The options of a facet of the policies list too long for its pages (site/select-options.ts). */
  policyFacetOptions: (facet: string) => href(`policies/facets/${facet}.json`),
  policy: (slug: string) => href(`policies/${slug}/`),
  section: (slug: string, sectionId: string) => href(`policies/${slug}/#${sectionId}`),
  target: (slug: string, targetId: string) => href(`policies/${slug}/#${targetId}`),
  /** A target's entry in its policy's side list (status and its numbers). */
  targetItem: (slug: string, targetId: string) => href(`policies/${slug}/#item-${targetId}`),
  targets: () => href('targets/'),
  targetsCsv: () => href('targets.csv'),
  /** The targets explorer's data in parts (search/explorer-scopes.ts). */
  explorerScope: (scope: string) => href(`targets/d/${scope}.json`),
  explorerChunk: (scope: string, n: number) => href(`targets/d/${scope}/${n}.json`),
  /** The explorer's regions, when too many for its page (site/select-options.ts). */
  explorerRegions: () => href('targets/regions.json'),
  departments: () => href('departments/'),
  department: (slug: string) => href(`departments/${slug}/`),
  /** Page n (from 2) of the departments index's regions. */
  departmentsPage: (n: number) => href(`departments/page/${n}/`),
  departmentRegion: (slug: string) => href(`departments/r/${slug}/`),
  /** Page n (from 2) of a unit's obligations. */
  departmentPage: (slug: string, n: number) => href(`departments/${slug}/page/${n}/`),
  departmentCsv: (slug: string) => href(`departments/${slug}.csv`),
  departmentIcs: (slug: string) => href(`departments/${slug}.ics`),
  deadlines: () => href('deadlines/'),
  deadlinesByDepartment: () => href('deadlines/departments/'),
  search: () => href('search/'),
  indicators: () => href('indicators/'),
  indicator: (id: string) => href(`indicators/${id}/`),
  /** Page n (from 2) of an indicator's targets. */
  indicatorPage: (id: string, n: number) => href(`indicators/${id}/page/${n}/`),
  /** A target's row on its indicator page (on page n of its targets): base, latest, rates and ratio. */
  indicatorTarget: (id: string, targetId: string, n = 1) => href(`indicators/${id}/${n > 1 ? `page/${n}/` : ''}#${targetId}`),
  indicatorCsv: (id: string) => href(`indicators/${id}.csv`),
  indicatorJson: (id: string) => href(`indicators/${id}.json`),
  progress: () => href('progress/'),
  progressMethodology: () => href('progress/methodology/'),
  /** Counts of statuses of every unit or policy (page n from 2). */
  progressGroups: (group: 'departments' | 'policies') => href(`progress/${group}/`),
  progressGroupsPage: (group: 'departments' | 'policies', n: number) => href(`progress/${group}/page/${n}/`),
  /** Every indicator and region still without data (page n from 2); `indicator` goes to its first row. */
  progressMissing: (n = 1, indicator?: string) => href(`progress/missing/${n > 1 ? `page/${n}/` : ''}${indicator ? `#missing-${indicator}` : ''}`),
  progressCsv: () => href('progress.csv'),
  progressJson: () => href('progress.json'),
  searchManifest: () => href('search/manifest.json'),
  /** Search index files (search/index-format.ts); `n` may be the pattern "{n}". */
  searchTerms: (n: number | string) => href(`search/t/${n}.bin`),
  searchList: (n: number | string) => href(`search/l/${n}.bin`),
  searchDocs: (n: number | string) => href(`search/d/${n}.json`),
  searchPages: () => href('search/pages.bin'),
  searchNames: () => href('search/names.json'),
};

/** URL on the deployed site for downloads: absolute when the public URL is set (site/public-url.ts), else the path. */
export function absolute(path: string, site: string | URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
