import { describe, expect, it } from 'vitest';
import { readFixtures, TODAY } from '../support/policy-fixtures.ts';
import { buildSite } from '../../src/site/site-data.ts';
import { buildSearchRecords } from '../../src/search/records.ts';
import { buildManifest, buildShards, expandShard } from '../../src/search/shards.ts';
import {
  addShard,
  createShardedSearcher,
  searchAll,
  createSearcher,
  groupHits,
  isAbbreviation,
  normalize,
  queryTerms,
  search,
} from '../../src/search/query.ts';

const records = buildSearchRecords(buildSite(readFixtures(), TODAY));
const fuse = createSearcher(records);
const find = (q: string) => search(fuse, q).map((h) => h.record);

describe('search over policies, sections, targets and departments', () => {
  it('finds an indicator typed in Chinese as a substring', () => {
    const hits = find('毛入学率');
    expect(hits.some((r) => r.y === 'target' && r.u.endsWith('/policies/zhenkang-education-2023-2025/#t-92c4e7b1'))).toBe(true);
    expect(hits.some((r) => r.y === 'target' && r.u.includes('dezhou'))).toBe(true);
    // No fuzzy noise: every hit really contains the term.
    for (const r of hits) expect(`${r.t} ${r.c} ${r.k} ${r.x}`).toContain('毛入学率');
  });

  it('finds a department by an alias', () => {
    const hits = find('教体局');
    const deps = hits.filter((r) => r.y === 'department').map((r) => r.t);
    // 县教体局 is an alias of 镇康县's 县教育体育局; 市教体局 one of 德州市's 市教育和体育局.
    expect(deps).toEqual(expect.arrayContaining(['镇康县 · 县教育体育局', '德州市 · 市教育和体育局']));
    const dep = hits.find((r) => r.t === '镇康县 · 县教育体育局');
    expect(dep?.u).toMatch(/^\/departments\/u-[0-9a-z]+\/$/);
    // Targets the unit is responsible for are found through the alias too.
    expect(hits.some((r) => r.y === 'target')).toBe(true);
  });

  it('takes a term as an abbreviation of unit names when no alias says so', () => {
    expect(isAbbreviation('教体局', '县教育体育局')).toBe(true);
    expect(isAbbreviation('人社局', '县人力资源和社会保障局')).toBe(true);
    expect(isAbbreviation('教体局', '县教育局')).toBe(false);
    expect(isAbbreviation('体教局', '县教育体育局')).toBe(false);
    expect(isAbbreviation('局', '县教育局')).toBe(false);
    expect(isAbbreviation('ab', 'axb')).toBe(false);
    // Strip every alias: 人社局 still finds the unit and the targets it is responsible for.
    const bare = records.map((r) => ({ ...r, k: r.k.replace(/县人社局/g, '') }));
    const hits = search(createSearcher(bare), '人社局').map((h) => h.record);
    expect(hits.some((r) => r.y === 'department' && r.t === '镇康县 · 县人力资源和社会保障局')).toBe(true);
    expect(hits.some((r) => r.y === 'target' && r.u.endsWith('#t-1a5c9e33'))).toBe(true);
  });

  it('finds a year and a phrase', () => {
    expect(find('2025').length).toBeGreaterThan(5);
    expect(find('优质均衡').some((r) => r.y === 'target')).toBe(true);
    expect(find('指导思想').filter((r) => r.y === 'section').length).toBe(2);
    expect(find('指导思想')[0].u).toMatch(/#s1$/);
  });

  it('requires every word, each in any field', () => {
    const both = find('镇康 2025');
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((r) => `${r.t} ${r.c} ${r.k} ${r.x}`.includes('2025'))).toBe(true);
    expect(find('镇康 恩施')).toEqual([]);
  });

  it('normalises full-width input (NFKC) and ignores operator characters', () => {
    expect(normalize('２０２５年（试行）')).toBe('2025年(试行)');
    expect(find('２０２５').length).toBe(find('2025').length);
    expect(queryTerms(' "教体局" | 2025 ')).toEqual(['教体局', '2025']);
    expect(find('!!!')).toEqual([]);
    expect(find('   ')).toEqual([]);
  });

  it('groups hits by type', () => {
    const groups = groupHits(search(fuse, '教育'));
    expect([...groups.keys()]).toEqual(['policy', 'department', 'target', 'section']);
    expect(groups.get('policy')!.length).toBeGreaterThan(0);
  });
});

describe('sharded index', () => {
  it('round-trips records through compact shards', () => {
    const shards = buildShards(records, 7);
    expect(shards.length).toBe(Math.ceil(records.length / 7));
    expect(shards.flatMap((s) => expandShard(s))).toEqual(records);
    const manifest = buildManifest(shards, (n) => `/search/${n}.json`);
    expect(manifest.total).toBe(records.length);
    expect(manifest.shards[1]).toEqual({ url: '/search/1.json', count: 7 });
    // The compact form is smaller: policy URL and title are not repeated per record.
    expect(JSON.stringify(shards).length).toBeLessThan(JSON.stringify(records).length * 0.85);
  });

  it('searches all shards as one, including abbreviations across shards', () => {
    const sharded = createShardedSearcher();
    for (const shard of buildShards(records, 10)) addShard(sharded, expandShard(shard));
    const whole = search(fuse, '毛入学率')
      .map((h) => h.record.u)
      .sort();
    expect(
      searchAll(sharded, '毛入学率')
        .hits.map((h) => h.record.u)
        .sort(),
    ).toEqual(whole);
    expect(searchAll(sharded, '人社局').hits.some((h) => h.record.y === 'target')).toBe(true);
  });

  it('keeps the best hits of every type and counts them all', () => {
    const sharded = createShardedSearcher();
    for (const shard of buildShards(records, 10)) addShard(sharded, expandShard(shard));
    const { hits, counts } = searchAll(sharded, '教育', 2);
    expect(counts.target).toBeGreaterThan(2);
    expect(counts.department).toBeGreaterThan(0);
    for (const ty of ['policy', 'section', 'target', 'department'] as const) {
      expect(hits.filter((h) => h.record.y === ty).length).toBe(Math.min(2, counts[ty]));
    }
  });

  it('copes with an empty site', () => {
    const shards = buildShards([]);
    expect(shards).toEqual([{ p: [], r: [] }]);
    expect(buildManifest(shards, String).total).toBe(0);
  });
});
