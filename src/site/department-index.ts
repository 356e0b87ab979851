// The departments index: every unit, grouped by region. A site with few units lists them all
// on one page; past DEPARTMENTS_ON_INDEX the index lists the regions, each linking to a page of
// its own units, REGIONS_PAGE regions a page, so that no page grows with the whole site
// (thousands of counties, dozens of bureaus each).
import { hash53 } from './hash.ts';

export const DEPARTMENTS_ON_INDEX = 400;
/** Regions a page of the index lists (thousands of counties are pages, not one long table). */
export const REGIONS_PAGE = 100;

export interface RegionGroup<D> {
  region: string;
  /** ASCII, stable: the id of the region's heading and its page's slug. */
  slug: string;
  departments: D[];
}

export function regionSlug(region: string): string {
  return `r-${hash53(region).toString(36)}`;
}

/** Units grouped by region in the order they come; a unit with no region goes under `noRegion`. */
export function regionGroups<D extends { region: string | null }>(departments: readonly D[], noRegion: string): RegionGroup<D>[] {
  const groups = new Map<string, RegionGroup<D>>();
  for (const d of departments) {
    const region = d.region ?? noRegion;
    let group = groups.get(region);
    if (!group) groups.set(region, (group = { region, slug: regionSlug(region), departments: [] }));
    group.departments.push(d);
  }
  return [...groups.values()];
}

/** True when the index lists regions, each with a page of its units. */
export function indexByRegion(departments: number): boolean {
  return departments > DEPARTMENTS_ON_INDEX;
}
