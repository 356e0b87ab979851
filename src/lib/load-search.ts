// The search shards, built once per build from the cached site data.
import { perSite } from './load-policies.ts';
import { buildSearchRecords, buildShards, buildManifest } from './search-index.ts';
import { urls } from './urls.ts';

export const loadSearch = perSite((site) => {
  const shards = buildShards(buildSearchRecords(site));
  return { shards, manifest: buildManifest(shards, urls.searchShard) };
});
