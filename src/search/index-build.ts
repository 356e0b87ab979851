// Builds the served search index (index-format.ts) from the records, at build time.
import { foldText } from './match.ts';
import { bigramsOf, encodeChunk, shardOf, TYPE_ORDER, type DocChunk, type SearchDoc, type SearchManifest, type TypeRange } from './index-format.ts';
import { encodePair, encodeShard } from './postings.ts';

/** A list longer than this (bytes) is a file of its own: a query for a common pair fetches only it. */
const LONG_LIST_BYTES = 4096;
/** Term shards hold about this many bytes of short lists. */
const SHARD_BYTES = 16_384;
/** Doc chunks hold about this many bytes of JSON: a shown record costs little more than itself. */
const CHUNK_BYTES = 6144;
const MAX_PER_CHUNK = 200;

export interface BuiltIndex {
  manifest: SearchManifest;
  termShards: Uint8Array[];
  longLists: Uint8Array[];
  docChunks: DocChunk[];
  names: string[];
}

/** What a record is found by: its own title, keywords and text, folded. */
export function ownText(doc: SearchDoc): string {
  return foldText(`${doc.t}\u0000${doc.k}\u0000${doc.x}`);
}

export interface IndexUrls {
  termUrl: string;
  listUrl: string;
  docUrl: string;
  namesUrl: string;
}

/** Records of one type per chunk, so that a chunk is about CHUNK_BYTES. */
function perChunk(docs: readonly SearchDoc[]): number {
  const bytes = new TextEncoder().encode(JSON.stringify(encodeChunk(docs))).length;
  return Math.max(1, Math.min(MAX_PER_CHUNK, Math.floor((CHUNK_BYTES * docs.length) / Math.max(1, bytes))));
}

/** `docs` in any order; they are numbered type by type (TYPE_ORDER), keeping their order within a type. */
export function buildIndex(docs: readonly SearchDoc[], unitNames: readonly string[], urls: IndexUrls): BuiltIndex {
  const ordered: SearchDoc[] = [];
  const types: TypeRange[] = [];
  const docChunks: DocChunk[] = [];
  for (const type of TYPE_ORDER) {
    const mine = docs.filter((d) => d.y === type);
    if (!mine.length) continue;
    const per = perChunk(mine);
    types.push([type, ordered.length, ordered.length + mine.length, per, docChunks.length]);
    for (const d of mine) ordered.push(d);
    for (let i = 0; i < mine.length; i += per) docChunks.push(encodeChunk(mine.slice(i, i + per)));
  }
  // ids are pushed in id order: each list is ascending
  const postings = new Map<string, { own: number[]; context: number[] }>();
  const add = (bigram: string, id: number, own: boolean) => {
    let p = postings.get(bigram);
    if (!p) postings.set(bigram, (p = { own: [], context: [] }));
    (own ? p.own : p.context).push(id);
  };
  ordered.forEach((doc, id) => {
    const own = bigramsOf(ownText(doc));
    for (const bigram of own) add(bigram, id, true);
    for (const bigram of bigramsOf(foldText(doc.c))) if (!own.has(bigram)) add(bigram, id, false);
  });
  const long: [string, Uint8Array, number][] = [];
  const short: [string, Uint8Array][] = [];
  let shortBytes = 0;
  for (const [bigram, { own, context }] of postings) {
    const list = encodePair(own, context);
    if (list.length > LONG_LIST_BYTES) long.push([bigram, list, own.length + context.length]);
    else {
      short.push([bigram, list]);
      shortBytes += list.length + 8;
    }
  }
  long.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let shards = 1;
  while (shards * SHARD_BYTES < shortBytes && shards < 65_536) shards *= 2;
  const byShard: [string, Uint8Array][][] = Array.from({ length: shards }, () => []);
  for (const entry of short) byShard[shardOf(entry[0], shards)].push(entry);
  return {
    manifest: {
      v: 3,
      types,
      total: ordered.length,
      shards,
      long: long.map(([b]) => b).join(' '),
      longSizes: long.map(([, , n]) => String.fromCharCode(48 + Math.ceil(Math.log2(n + 1)))).join(''),
      ...urls,
    },
    termShards: byShard.map(encodeShard),
    longLists: long.map(([, list]) => list),
    docChunks,
    names: [...new Set(unitNames.map(foldText))].sort(),
  };
}
