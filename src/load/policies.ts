// Load the policies ONCE per build and derive all site data from them.
// Pages call loadSite() in getStaticPaths / frontmatter; the promise is cached at
// module level, so 10k pages do not each run getCollection (withastro/astro#16297).
// The collection holds an index entry per policy; the validated records and the
// rendered bodies are read from the policy cache the content loader wrote
// (src/content/policy-cache.ts).
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildSite, type SiteData } from '../site/site-data.ts';
import { buildDate } from './build-info.ts';
import { readCachedHtml, readCachedRecord, sitePolicyCacheDir } from '../content/policy-cache.ts';
import type { PolicyRecord } from '../schema/record.ts';

export type LoadedSite = SiteData;

/** The ids in the rendered text of a policy (content/policy-body.ts: id="t-…" on target sentences, id="s…" on headings). */
function bodyIds(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(/ id="([^"]+)"/g), (m) => m[1]));
}

let cached: { key: string | undefined; site: Promise<LoadedSite> } | undefined;

function load(entries: CollectionEntry<'policies'>[]): LoadedSite {
  const dir = sitePolicyCacheDir();
  // The loader checked file names, slugs and duplicates.
  const records = entries.map((entry) => readCachedRecord<PolicyRecord>(dir, entry.id, entry.digest === undefined ? undefined : String(entry.digest)));
  const ids = new Map<string, Set<string>>();
  return buildSite(records, buildDate, (slug) => {
    let set = ids.get(slug);
    if (!set) ids.set(slug, (set = bodyIds(readCachedHtml(dir, slug))));
    return set;
  });
}

export async function loadSite(): Promise<LoadedSite> {
  if (!import.meta.env.DEV) {
    cached ??= { key: undefined, site: getCollection('policies').then(load) };
    return cached.site;
  }
  // `astro dev`: the loader updates the collection when a policy file changes, but no
  // module of ours is reloaded (policy files are not modules): rebuild when it changed.
  const entries = await getCollection('policies');
  const key = entries.map((entry) => `${entry.id} ${entry.digest}`).join('\n');
  if (cached?.key !== key) cached = { key, site: Promise.resolve().then(() => load(entries)) };
  return cached.site;
}

/**
 * A value derived from the site, computed once per site: once per build, and again in
 * `astro dev` after a policy changed. For the caches of other site-wide data.
 */
export function perSite<T>(compute: (site: LoadedSite) => T | Promise<T>): () => Promise<T> {
  const memo = new WeakMap<LoadedSite, Promise<T>>();
  return async () => {
    const site = await loadSite();
    let value = memo.get(site);
    if (!value) memo.set(site, (value = Promise.resolve().then(() => compute(site))));
    return value;
  };
}

/** The policy's body as HTML (what its MDX renders to, with the Target and Anchor markup). */
export function policyBodyHtml(slug: string): string {
  return readCachedHtml(sitePolicyCacheDir(), slug);
}
