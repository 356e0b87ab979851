// The search shards, built once per build from the cached site data.
import { perSite } from './policies.ts';
import { buildSearchRecords } from '../search/records.ts';
import { buildShards, buildManifest } from '../search/shards.ts';
import { urls } from '../site/urls.ts';

export const loadSearch = perSite((site) => {
  const shards = buildShards(buildSearchRecords(site));
  return { shards, manifest: buildManifest(shards, urls.searchShard) };
});
