import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodePageMap, PageMap } from '../../src/search/page-map.ts';
import { PAGE_ORDER, TYPE_ORDER } from '../../src/search/index-format.ts';

/** Pages as lists of record types (in PAGE_ORDER within a page), as the index lays them out. */
const pagesOf = fc
  .array(fc.array(fc.constantFrom(...PAGE_ORDER), { maxLength: 12 }), { maxLength: 30 })
  .map((pages) => pages.map((types) => [...types].sort((a, b) => PAGE_ORDER.indexOf(a) - PAGE_ORDER.indexOf(b))));
const countsOf = (pages: string[][]) => pages.map((types) => PAGE_ORDER.map((type) => types.filter((t) => t === type).length));

describe('the page map: which page holds a record', () => {
  it('locates every record where a page of records holds it, ids running type by type and page by page', () => {
    fc.assert(
      fc.property(pagesOf, (pages) => {
        // the id order the index gives: each type in TYPE_ORDER, page by page
        const expected: { page: number; at: number }[] = [];
        for (const type of TYPE_ORDER) pages.forEach((types, page) => types.forEach((t, at) => t === type && expected.push({ page, at })));
        const map = PageMap.decode(encodePageMap(countsOf(pages)));
        expect(expected.map((_, id) => map.locate(id))).toEqual(expected);
        expect(map.locate(expected.length)).toBeNull();
        expect(map.locate(-1)).toBeNull();
        // the ranges of the types cover the ids in TYPE_ORDER
        expect(map.ranges.map(([type]) => type)).toEqual(TYPE_ORDER);
        expect(map.ranges.at(-1)?.[2] ?? 0).toBe(expected.length);
      }),
    );
  });

  it('a policy record, a unit and a paragraph: ranges and places', () => {
    const map = PageMap.of([
      [1, 0, 0, 0, 0, 0],
      [0, 1, 0, 2, 1, 3],
    ]);
    expect(map.ranges).toEqual([
      ['policy', 0, 1],
      ['department', 1, 2],
      ['indicator', 2, 2],
      ['target', 2, 3],
      ['paragraph', 3, 6],
      ['section', 6, 8],
    ]);
    // the second page holds: a unit, two headings, a target, three paragraphs (PAGE_ORDER)
    expect(map.locate(0)).toEqual({ page: 0, at: 0 });
    expect(map.locate(1)).toEqual({ page: 1, at: 0 });
    expect(map.locate(2)).toEqual({ page: 1, at: 3 });
    expect(map.locate(5)).toEqual({ page: 1, at: 6 });
    expect(map.locate(6)).toEqual({ page: 1, at: 1 });
  });

  it('rejects a map cut in the middle of a page', () => {
    const bytes = encodePageMap([[1, 2, 3, 4, 5, 6]]);
    expect(() => PageMap.decode(bytes.subarray(0, 4))).toThrow(/middle of a page/);
  });
});
