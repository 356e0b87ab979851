// The digest of a built search index: the site adds it to every file URL of the manifest
// (/search/d/3.json?v=<digest>), so that a browser never reads a file it cached from another
// build with this build's manifest (a page of other records, a shard of other ids).
import { createHash } from 'node:crypto';
import type { BuiltIndex } from './index-build.ts';

/** 16 hex digits of SHA-256 over every file of the index, in a fixed order. */
export function indexDigest(index: Omit<BuiltIndex, 'manifest'>): string {
  const hash = createHash('sha256');
  const part = (data: Uint8Array | string) => hash.update(data).update('\u0000');
  for (const shard of index.termShards) part(shard);
  for (const list of index.longLists) part(list);
  for (const page of index.docPages) part(JSON.stringify(page));
  part(index.pageMap);
  part(JSON.stringify(index.names));
  return hash.digest('hex').slice(0, 16);
}

/** The index with its manifest's file URLs carrying its digest. */
export function withDigest(index: BuiltIndex): BuiltIndex {
  const v = `?v=${indexDigest(index)}`;
  const { termUrl, listUrl, docUrl, pagesUrl, namesUrl } = index.manifest;
  return {
    ...index,
    manifest: { ...index.manifest, termUrl: termUrl + v, listUrl: listUrl + v, docUrl: docUrl + v, pagesUrl: pagesUrl + v, namesUrl: namesUrl + v },
  };
}
