import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/index-build.ts';
import { indexDigest, withDigest } from '../../src/search/index-digest.ts';
import { docs, urls } from '../support/search-records.ts';

describe('the digest of a search index', () => {
  const index = buildIndex(docs, ['县教育体育局'], urls);

  it('is the same for the same records, and differs when one record does', () => {
    expect(indexDigest(buildIndex(docs, ['县教育体育局'], urls))).toBe(indexDigest(index));
    const edited = docs.map((d, i) => (i === docs.length - 1 ? { ...d, x: `${d.x}。` } : d));
    expect(indexDigest(buildIndex(edited, ['县教育体育局'], urls))).not.toBe(indexDigest(index));
    expect(indexDigest(buildIndex(docs, ['县教育局'], urls))).not.toBe(indexDigest(index));
  });

  it('is carried by every file URL of the manifest, nothing else changed', () => {
    const digest = indexDigest(index);
    const { manifest } = withDigest(index);
    expect([manifest.termUrl, manifest.listUrl, manifest.docUrl, manifest.pagesUrl, manifest.namesUrl]).toEqual(
      Object.values(urls).map((u) => `${u}?v=${digest}`),
    );
    expect({ ...manifest, termUrl: '', listUrl: '', docUrl: '', pagesUrl: '', namesUrl: '' }).toEqual({
      ...index.manifest,
      termUrl: '',
      listUrl: '',
      docUrl: '',
      pagesUrl: '',
      namesUrl: '',
    });
  });
});
