// Load the policies collection ONCE per build and derive all site data from it.
// Pages call loadSite() in getStaticPaths / frontmatter; the promise is cached at
// module level, so 10k pages do not each run getCollection (withastro/astro#16297).
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildSite, type SiteData } from './site.ts';
import { buildDate } from './build-info.ts';

export type PolicyEntry = CollectionEntry<'policies'>;

export interface LoadedSite extends SiteData {
  entries: Map<string, PolicyEntry>;
}

let cached: Promise<LoadedSite> | undefined;

async function load(): Promise<LoadedSite> {
  const entries = await getCollection('policies');
  const bySlug = new Map<string, PolicyEntry>();
  for (const entry of entries) {
    const file = entry.filePath ?? entry.id;
    if (entry.data.slug !== entry.id) {
      throw new Error(`${file}: slug "${entry.data.slug}" must equal the file name "${entry.id}.mdx"`);
    }
    if (bySlug.has(entry.id)) throw new Error(`${file}: duplicate policy slug "${entry.id}"`);
    bySlug.set(entry.id, entry);
  }
  const site = buildSite(
    entries.map((e) => e.data),
    buildDate,
  );
  return { ...site, entries: bySlug };
}

export function loadSite(): Promise<LoadedSite> {
  cached ??= load();
  return cached;
}
