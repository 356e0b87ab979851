// Loads the sharded index and answers queries; runs in a worker for large
// indexes (search-worker.ts) or on the main thread for small ones.
import { addShard, createShardedSearcher, searchAll, type SearchResults } from '../search/query.ts';
import { expandShard, type SearchManifest, type SearchShard } from '../search/shards.ts';

export async function loadEngine(manifestUrl: string, onShard?: () => void) {
  const base = new URL(manifestUrl, globalThis.location?.href);
  const res = await fetch(base);
  if (!res.ok) throw new Error(`search manifest: ${res.status}`);
  const manifest = (await res.json()) as SearchManifest;
  const searcher = createShardedSearcher();
  // Shards load in parallel and are searchable as each arrives.
  const loading = Promise.all(
    manifest.shards.map(async (s) => {
      const r = await fetch(new URL(s.url, base));
      if (!r.ok) throw new Error(`search shard ${s.url}: ${r.status}`);
      addShard(searcher, expandShard((await r.json()) as SearchShard));
      onShard?.();
    }),
  );
  return { manifest, searcher, loading, query: (q: string, perType: number): SearchResults => searchAll(searcher, q, perType) };
}
