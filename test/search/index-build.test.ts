import { describe, expect, it } from 'vitest';
import { copies, docs, site, urls } from '../support/search-records.ts';
import { unitNames } from '../../src/search/records.ts';
import { buildIndex } from '../../src/search/index-build.ts';
import { decodePage, type SearchDoc } from '../../src/search/index-format.ts';
import { PageMap } from '../../src/search/page-map.ts';

const many = copies(40).flat();
const index = buildIndex(many, unitNames(site), urls);
const pages = index.docPages.map(decodePage);
const siteUrl = (d: SearchDoc) => d.u.replace(/#.*/, '');

describe('pages of records', () => {
  it('serves every record once, where the page map says, numbered type by type', () => {
    const map = PageMap.decode(index.pageMap);
    expect(map.ranges).toEqual(index.manifest.types);
    expect(index.manifest.pages).toBe(pages.length);
    const served = Array.from({ length: index.manifest.total }, (_, id) => {
      const at = map.locate(id)!;
      return pages[at.page][at.at];
    });
    expect(served.map((d) => d.u).sort()).toEqual(many.map((d) => d.u).sort());
    for (const [type, from, to] of index.manifest.types) expect(served.slice(from, to).every((d) => d.y === type)).toBe(true);
  });

  it('keeps the parts of a site page (its targets, paragraphs, headings) together, in few pages', () => {
    const parts = new Map<string, Set<number>>();
    pages.forEach((page, n) => {
      for (const d of page) if (d.u.includes('#')) parts.set(siteUrl(d), (parts.get(siteUrl(d)) ?? new Set()).add(n));
    });
    const bytes = new Map<string, number>();
    for (const d of many) if (d.u.includes('#')) bytes.set(siteUrl(d), (bytes.get(siteUrl(d)) ?? 0) + JSON.stringify([d.t, d.x, d.k]).length * 3);
    for (const [url, held] of parts) {
      const n = [...held].sort((a, b) => a - b);
      // consecutive pages, no more than its size asks for
      expect(n.at(-1)! - n[0] + 1).toBe(n.length);
      expect(n.length).toBeLessThanOrEqual(Math.ceil(bytes.get(url)! / 32_768) + 1);
    }
    // a small policy's parts fit one page, with those of other policies
    const small = [...parts.values()].filter((held) => held.size === 1);
    expect(small.length).toBeGreaterThan(parts.size / 2);
    expect(pages.filter((page) => new Set(page.filter((d) => d.u.includes('#')).map(siteUrl)).size > 1).length).toBeGreaterThan(0);
  });

  it('cuts a long site page in the order of its text: a target stays on the page of the paragraph holding its sentence', () => {
    // twenty rounds of the fixture's parts as one long site page
    const long = Array.from({ length: 20 }, (_, k) =>
      docs.filter((d) => d.u.includes('#')).map((d) => ({ ...d, u: d.u.replace(/^[^#]*#/, `/policies/long/#c${k}-`) })),
    ).flat();
    const cut = buildIndex(long, unitNames(site), urls).docPages.map(decodePage);
    expect(cut.length).toBeGreaterThan(3);
    const round = (d: SearchDoc) => /#c(\d+)-/.exec(d.u)![1];
    let checked = 0;
    for (const page of cut) {
      for (const target of page.filter((d) => d.y === 'target')) {
        const holders = long.filter((d) => d.y === 'paragraph' && round(d) === round(target) && d.x.includes(target.x));
        if (!holders.length) continue;
        checked++;
        expect(holders.some((h) => page.some((d) => d.u === h.u))).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(20 * 20);
  });

  it('puts the records that stand for a whole site page (policies, units, indicators) with others of their type', () => {
    for (const page of pages) {
      const whole = page.filter((d) => !d.u.includes('#'));
      if (whole.length) expect(new Set(page.map((d) => d.y)).size).toBe(1);
    }
    const policyPages = pages.filter((page) => page[0].y === 'policy');
    expect(policyPages.length).toBeLessThan(many.filter((d) => d.y === 'policy').length / 10);
  });

  it('keeps pages near their size, and fills them', () => {
    const sizes = index.docPages.map((page) => Buffer.byteLength(JSON.stringify(page)));
    for (const size of sizes) expect(size).toBeLessThan(1.25 * 32_768);
    // most pages of parts are more than half full
    const parts = index.docPages.filter((page, n) => pages[n][0].u.includes('#')).map((page) => Buffer.byteLength(JSON.stringify(page)));
    expect(parts.filter((size) => size > 16_384).length).toBeGreaterThan(parts.length / 2);
    // the fixture is one page's worth of parts or more
    expect(buildIndex(docs, unitNames(site), urls).docPages.length).toBeGreaterThan(1);
  });
});
