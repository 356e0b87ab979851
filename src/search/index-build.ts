// Builds the served search index (index-format.ts) from the records, at build time.
import { foldText } from './match.ts';
import { bigramsOf, DOCS_PER_CHUNK, shardOf, TYPE_ORDER, type SearchDoc, type SearchManifest, type TermShard } from './index-format.ts';

/** About this many ids per term shard: a shard stays near 100 KB of JSON (30 KB gzipped). */
const IDS_PER_SHARD = 24_000;

export interface BuiltIndex {
  manifest: SearchManifest;
  termShards: TermShard[];
  docChunks: SearchDoc[][];
  names: string[];
}

/** What a record is searched by: title, keywords, context and text, folded. */
export function searchedText(doc: SearchDoc): string {
  return foldText(`${doc.t}\u0000${doc.k}\u0000${doc.c}\u0000${doc.x}`);
}

export interface IndexUrls {
  termUrl: string;
  docUrl: string;
  namesUrl: string;
}

/** `docs` in any order; they are numbered type by type (TYPE_ORDER), keeping their order within a type. */
export function buildIndex(docs: readonly SearchDoc[], unitNames: readonly string[], urls: IndexUrls): BuiltIndex {
  const ordered: SearchDoc[] = [];
  const types: SearchManifest['types'] = [];
  for (const type of TYPE_ORDER) {
    const from = ordered.length;
    for (const d of docs) if (d.y === type) ordered.push(d);
    if (ordered.length > from) types.push([type, from, ordered.length]);
  }
  const postings = new Map<string, number[]>();
  ordered.forEach((doc, id) => {
    for (const bigram of bigramsOf(searchedText(doc))) {
      const list = postings.get(bigram);
      if (list) list.push(id);
      else postings.set(bigram, [id]);
    }
  });
  let total = 0;
  for (const list of postings.values()) total += list.length;
  let shards = 1;
  while (shards * IDS_PER_SHARD < total && shards < 8192) shards *= 2;
  const termShards: TermShard[] = Array.from({ length: shards }, () => ({}));
  for (const [bigram, ids] of postings) {
    // ids are ascending (pushed in id order): store the gaps
    termShards[shardOf(bigram, shards)][bigram] = ids.map((id, i) => (i ? id - ids[i - 1] : id));
  }
  const docChunks: SearchDoc[][] = [];
  for (let i = 0; i < ordered.length; i += DOCS_PER_CHUNK) docChunks.push(ordered.slice(i, i + DOCS_PER_CHUNK));
  return {
    manifest: { v: 2, types, total: ordered.length, shards, ...urls },
    termShards,
    docChunks,
    names: [...new Set(unitNames.map(foldText))].sort(),
  };
}
