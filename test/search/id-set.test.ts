import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IdSet } from '../../src/search/id-set.ts';

const setOf = (total: number, ids: number[]) => {
  const s = new IdSet(total);
  for (const id of ids) s.add(id);
  return s;
};

describe('sets of record ids', () => {
  const total = 1000;
  const ids = fc.uniqueArray(fc.integer({ min: 0, max: total - 1 }), { maxLength: 300 });

  it('intersect, join and subtract as sets do', () => {
    fc.assert(
      fc.property(ids, ids, (a, b) => {
        const x = setOf(total, a);
        const y = setOf(total, b);
        const members = (s: IdSet) => Array.from({ length: total }, (_, i) => i).filter((i) => s.has(i));
        const sorted = (l: number[]) => [...new Set(l)].sort((p, q) => p - q);
        expect(members(x.and(y))).toEqual(sorted(a.filter((i) => b.includes(i))));
        expect(members(x.or(y))).toEqual(sorted([...a, ...b]));
        expect(members(x.andNot(y))).toEqual(sorted(a.filter((i) => !b.includes(i))));
      }),
    );
  });

  it('counts and lists the ids of any range, in order', () => {
    fc.assert(
      fc.property(ids, fc.integer({ min: 0, max: total }), fc.integer({ min: 0, max: total }), fc.integer({ min: 1, max: 50 }), (a, p, q, limit) => {
        const [from, to] = p <= q ? [p, q] : [q, p];
        const s = setOf(total, a);
        const inRange = [...a].sort((x, y) => x - y).filter((i) => i >= from && i < to);
        expect(s.count(from, to)).toBe(inRange.length);
        expect(s.first(from, to, limit)).toEqual(inRange.slice(0, limit));
      }),
    );
  });

  it('takes a set given twice once: the same set, no new one', () => {
    const x = setOf(total, [1, 5, 900]);
    const y = setOf(total, [5]);
    expect(IdSet.all([x, x])).toBe(x);
    expect(IdSet.any([x, x])).toBe(x);
    expect(IdSet.all([x, y, x]).count()).toBe(1);
    expect(IdSet.any([y, x, y]).count()).toBe(3);
  });

  it('knows when it is empty', () => {
    expect(new IdSet(70).isEmpty()).toBe(true);
    expect(setOf(70, [69]).isEmpty()).toBe(false);
    expect(setOf(70, [69]).count()).toBe(1);
    // whole words of ids counted at once
    const all = setOf(
      200,
      Array.from({ length: 200 }, (_, i) => i),
    );
    expect([all.count(), all.count(0, 96), all.count(3, 199)]).toEqual([200, 96, 196]);
  });
});
