import { describe, expect, it, vi } from 'vitest';
import { copies, docs, site, urls } from '../support/search-records.ts';
import { unitNames } from '../../src/search/records.ts';
import { buildIndex } from '../../src/search/index-build.ts';
import { SearchEngine, queryTerms } from '../../src/search/engine.ts';
import type { SearchDoc } from '../../src/search/index-format.ts';

const fixtureIndex = buildIndex(docs, unitNames(site), urls);
const bigIndex = buildIndex(copies(300).flat(), unitNames(site), urls);

/** An engine over a built index, counting what it fetches. */
function engine(index = fixtureIndex) {
  const fetched: string[] = [];
  const files = new Map<string, unknown>([
    ['names', index.names],
    ['pages', index.pageMap],
  ]);
  index.termShards.forEach((s, n) => files.set(`t/${n}`, s));
  index.longLists.forEach((l, n) => files.set(`l/${n}`, l));
  index.docPages.forEach((c, n) => files.set(`d/${n}`, c));
  const get = async (url: string) => {
    fetched.push(url);
    if (!files.has(url)) throw new Error(`no file ${url}`);
    return structuredClone(files.get(url));
  };
  const e = new SearchEngine(index.manifest, { json: get, bytes: get as (url: string) => Promise<Uint8Array> });
  return { e, fetched };
}
const titles = async (q: string, type?: string) => (await engine().e.search(q, 50)).hits.filter((h) => !type || h.doc.y === type);

describe('search over the text of the policies', () => {
  it('finds words of the body text at paragraph level, linking to the paragraph', async () => {
    const hits = await titles('张桂梅', 'paragraph');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0].doc.u).toMatch(/^\/policies\/zhenkang-education-2023-2025\/#p-\d+$/);
    expect(hits[0].doc.x.slice(hits[0].text[0][0], hits[0].text[0][1])).toBe('张桂梅');
  });

  it('matches a query without spaces across words: 镇康教育 finds 镇康县教育…', async () => {
    const hits = await titles('镇康教育', 'policy');
    expect(hits.map((h) => h.doc.t)).toContain('镇康县教育高质量发展三年行动计划实施方案(2023—2025年)');
    // longer terms too: each character needs one of its pairs (镇康 · 教育 · 育高 of 镇康县教育高…)
    expect((await titles('镇康教育高', 'policy')).map((h) => h.doc.t)).toContain('镇康县教育高质量发展三年行动计划实施方案(2023—2025年)');
    expect(await titles('镇康教康高', 'policy')).toEqual([]);
  });

  it('still finds a term of three or more characters with one wrong character', async () => {
    const exact = await titles('毛入学率');
    const typo = await titles('毛入学律');
    expect(typo.length).toBeGreaterThan(0);
    expect(new Set(typo.map((h) => h.doc.u))).toEqual(new Set(exact.map((h) => h.doc.u)));
    expect(await titles('毛入习律')).toEqual([]);
    // the term as typed is found: no one-character-off noise (少年入学率) beside it
    expect(exact.every((h) => `${h.doc.t} ${h.doc.x} ${h.doc.k} ${h.doc.c}`.includes('毛入学率'))).toBe(true);
  });

  it('finds indicators and units, and units by abbreviation', async () => {
    expect((await titles('毛入园率', 'indicator')).length).toBeGreaterThan(0);
    const deps = (await titles('教体局', 'department')).map((h) => h.doc.t);
    expect(deps).toEqual(expect.arrayContaining(['镇康县 · 县教育体育局', '德州市 · 市教育和体育局']));
    expect((await titles('人社局', 'department')).map((h) => h.doc.t)).toContain('镇康县 · 县人力资源和社会保障局');
  });

  it('finds a unit by abbreviation among many paragraphs holding the pairs its names share', async () => {
    // 教育局 and 体育 in one paragraph hold 教育, 体育 and 育局, not 县教育体育局
    const near = Array.from({ length: 200 }, (_, i): SearchDoc => ({
      y: 'paragraph',
      t: '',
      c: '某县方案',
      x: `县教育局组织学生开展体育活动${i}次`,
      k: '',
      u: `/policies/a/#p-${i}`,
    }));
    const units: SearchDoc[] = [
      { y: 'paragraph', t: '', c: '某县方案', x: '由县教育体育局牵头', k: '', u: '/policies/b/#p-1' },
      { y: 'paragraph', t: '', c: '某市方案', x: '市教育和体育局负责', k: '', u: '/policies/c/#p-1' },
    ];
    const { e } = engine(buildIndex([...near, ...units], ['县教育体育局', '市教育和体育局', '县教育局'], urls));
    const found = await e.search('教体局', 5);
    expect(found.hits.map((h) => h.doc.x).sort()).toEqual(['由县教育体育局牵头', '市教育和体育局负责'].sort());
    expect(found.counts.paragraph).toBe(2);
  });

  it('fetches ahead the pairs an abbreviation one character longer needs (教体 → 教体局): its own and its unit names’', async () => {
    const lists = (files: string[]) => files.filter((f) => /^[tl]\//.test(f));
    const plain = engine();
    await plain.e.search('教体', 5);
    plain.fetched.length = 0;
    const expected = await plain.e.search('教体局', 5);
    const ahead = engine();
    await ahead.e.search('教体', 5);
    ahead.fetched.length = 0;
    ahead.e.prefetchNames('教体');
    await vi.waitFor(() => expect(lists(ahead.fetched).length).toBeGreaterThan(0));
    const prefetched = ahead.fetched.length;
    await new Promise((ok) => setTimeout(ok, 10));
    expect(ahead.fetched.length).toBe(prefetched);
    ahead.fetched.length = 0;
    const found = await ahead.e.search('教体局', 5);
    expect(found.hits.map((h) => h.doc.u)).toEqual(expected.hits.map((h) => h.doc.u));
    // the keystroke fetched no index file: its own new pair and the names' pairs were there already
    expect(lists(plain.fetched).length).toBeGreaterThan(0);
    expect(lists(ahead.fetched)).toEqual([]);
    expect(found.hits.some((h) => h.doc.y === 'department' && h.doc.t.includes('教育体育局'))).toBe(true);
    // a term that is already a unit's ending, or not Han, fetches nothing ahead
    const none = engine();
    none.e.prefetchNames('教体局');
    none.e.prefetchNames('2025');
    await new Promise((ok) => setTimeout(ok, 10));
    expect(lists(none.fetched)).toEqual([]);
  });

  it('refuses a page map that does not fit the manifest (one of another build) rather than show wrong records', async () => {
    const other = buildIndex(copies(2).flat(), unitNames(site), urls);
    const mixed = { ...fixtureIndex, pageMap: other.pageMap };
    await expect(engine(mixed).e.search('控辍保学')).rejects.toThrow(/does not fit the manifest/);
  });

  it('refuses a manifest of another index version', () => {
    const old = { ...fixtureIndex, manifest: { ...fixtureIndex.manifest, v: 3 as unknown as 4 } };
    expect(() => engine(old)).toThrow('search index: version 3, this page reads version 4; reload the page');
  });

  it('ranks generic headings below substantive hits and says which policy a result belongs to', async () => {
    const { hits } = await engine().e.search('2025', 50);
    const types = hits.map((h) => h.doc.y);
    expect(types.lastIndexOf('target')).toBeLessThan(types.indexOf('section') < 0 ? Infinity : types.indexOf('section'));
    for (const h of hits.filter((x) => x.doc.y !== 'policy' && x.doc.y !== 'department' && x.doc.y !== 'indicator')) expect(h.doc.c).toMatch(/方案|计划/);
  });

  it('needs one word in the record itself: the policy a heading is in does not make the heading a hit', async () => {
    for (const h of (await engine().e.search('2025', 50)).hits) expect(`${h.doc.t} ${h.doc.x} ${h.doc.k}`).toContain('2025');
    // 2021年1月25日 holds the pairs of 2025 but not 2025: checked records that fail are no hits
    expect((await engine().e.search('镇康 2025', 50)).hits.every((h) => `${h.doc.t} ${h.doc.x} ${h.doc.k} ${h.doc.c}`.includes('2025'))).toBe(true);
  });

  it('every word must occur: 镇康 2025 finds 镇康 targets due 2025 and nothing of other plans', async () => {
    const hits = await titles('镇康 2025', 'target');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.doc.u).toContain('zhenkang');
  });

  it('fetches only the parts of the index a query needs: the hits of several types in one policy come in one page', async () => {
    const { e, fetched } = engine(bigIndex);
    const found = await e.search('控辍保学', 5);
    // one file per pair at most (控辍, 辍保, 保学)
    expect(fetched.filter((u) => u.startsWith('t/') || u.startsWith('l/')).length).toBeLessThanOrEqual(3);
    // a paragraph and a heading of each of five copies of a policy: five pages, and one or two
    // for the candidates checked beyond them
    expect(found.hits.filter((h) => h.doc.y === 'paragraph')).toHaveLength(5);
    expect(found.hits.filter((h) => h.doc.y === 'section')).toHaveLength(5);
    const policies = new Set(found.hits.map((h) => h.doc.u.replace(/#.*/, '')));
    expect(policies.size).toBe(5);
    expect(fetched.filter((u) => u.startsWith('d/')).length).toBeLessThanOrEqual(policies.size + 2);
  });

  it('keeps the list of a common pair in a file of its own, and fetches each file once', async () => {
    // the fixture's records 300 times over: 教育 is in most of them
    const big = bigIndex;
    const common = big.manifest.long.split(' ');
    expect(common).toContain('教育');
    const { e, fetched } = engine(big);
    const first = await e.search('教育');
    expect(fetched.filter((u) => u.startsWith('l/') || u.startsWith('t/'))).toEqual([`l/${common.indexOf('教育')}`]);
    expect(first.hits.length).toBeGreaterThan(10);
    for (const h of first.hits) expect(`${h.doc.t} ${h.doc.x} ${h.doc.k}`).toContain('教育');
    // typed on: nothing fetched twice, and the same records as over the small index
    await e.search('教育高');
    await e.search('教育高质量');
    expect(new Set(fetched).size).toBe(fetched.length);
    const small = await engine().e.search('控辍保学', 50);
    const large = await e.search('控辍保学', 50);
    expect(large.counts.paragraph).toBe(small.counts.paragraph * 300);
    expect(new Set(large.hits.map((h) => h.doc.x))).toEqual(new Set(small.hits.map((h) => h.doc.x)));
  });

  it('gives as many hits of each type as asked, and more of one type on request', async () => {
    const { e } = engine();
    const first = await e.search('教育', 2);
    const byType = (r: typeof first, y: string) => r.hits.filter((h) => h.doc.y === y);
    expect(byType(first, 'paragraph')).toHaveLength(2);
    expect(first.counts.paragraph).toBeGreaterThan(2);
    const more = await e.search('教育', { paragraph: 12 });
    // only the type asked for, the first two as before, every one a hit
    expect(new Set(more.hits.map((h) => h.doc.y))).toEqual(new Set(['paragraph']));
    expect(more.hits).toHaveLength(12);
    expect(more.hits.slice(0, 2).map((h) => h.id)).toEqual(byType(first, 'paragraph').map((h) => h.id));
    for (const h of more.hits) expect(h.doc.x).toContain('教育');
    // types not asked for are still counted
    expect(more.counts.target).toBe(first.counts.target);
  });

  it('folds the query and ignores quotes and pipes', () => {
    expect(queryTerms(' ２０２５ "镇康"|教育 ')).toEqual(['2025', '镇康', '教育']);
  });
});
