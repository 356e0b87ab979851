// The search shards, built once per build from the cached site data.
import { loadSite } from './load-policies.ts';
import { buildSearchRecords, buildShards, buildManifest, type SearchShard, type SearchManifest } from './search-index.ts';
import { urls } from './urls.ts';

let cached: Promise<{ shards: SearchShard[]; manifest: SearchManifest }> | undefined;

export function loadSearch() {
  cached ??= loadSite().then((site) => {
    const shards = buildShards(buildSearchRecords(site));
    return { shards, manifest: buildManifest(shards, urls.searchShard) };
  });
  return cached;
}
