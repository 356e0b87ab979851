import { describe, expect, it } from 'vitest';
import { laterPages, pageCount, pagerPages, pageSlice } from '../../src/site/pagination.ts';

describe('pages of a long list', () => {
  it('counts pages, one (empty) when there is nothing', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(10, 10)).toBe(1);
    expect(pageCount(11, 10)).toBe(2);
    expect(laterPages(0, 10)).toEqual([]);
    expect(laterPages(25, 10)).toEqual([2, 3]);
  });

  it('slices page n from 1', () => {
    const list = Array.from({ length: 25 }, (_, i) => i);
    expect(pageSlice(list, 1, 10)).toEqual(list.slice(0, 10));
    expect(pageSlice(list, 3, 10)).toEqual([20, 21, 22, 23, 24]);
    expect(pageSlice(list, 4, 10)).toEqual([]);
  });

  it('links the first, the last and two either side of the current page, with gaps', () => {
    expect(pagerPages(1, 1)).toEqual([1]);
    expect(pagerPages(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerPages(1, 100)).toEqual([1, 2, 3, null, 100]);
    expect(pagerPages(50, 100)).toEqual([1, null, 48, 49, 50, 51, 52, null, 100]);
    expect(pagerPages(100, 100)).toEqual([1, null, 98, 99, 100]);
    expect(pagerPages(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
