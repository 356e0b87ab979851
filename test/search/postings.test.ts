import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodePair, decodeShard, encodePair, encodeShard, readPair } from '../../src/search/postings.ts';

const sortedIds = (max: number) => fc.uniqueArray(fc.integer({ min: 0, max: max - 1 }), { maxLength: 400 }).map((a) => a.sort((x, y) => x - y));

describe('id lists of a pair', () => {
  it('round-trips any two sorted lists, sparse or dense', () => {
    fc.assert(
      fc.property(sortedIds(5000), sortedIds(5000), (own, context) => {
        expect(decodePair(encodePair(own, context), 5000)).toEqual([own, context]);
        expect(readPair(encodePair(own, context), new Uint8Array(625), new Uint8Array(625))).toEqual([own.length, context.length]);
      }),
    );
  });

  it('writes a pair found in nearly every record as a bitmap: about one bit a record', () => {
    const every = Array.from({ length: 80_000 }, (_, i) => i).filter((i) => i % 7);
    const bytes = encodePair(every, []).length;
    expect(bytes).toBeLessThan(80_000 / 8 + 16);
    expect(decodePair(encodePair(every, []), 80_000)[0]).toEqual(every);
  });

  it('writes a rare pair as gaps: a few bytes an id', () => {
    const rare = [3, 1000, 70_000, 79_999];
    expect(encodePair(rare, []).length).toBeLessThan(16);
  });

  it('rejects a list that names records beyond the index, or that is cut short', () => {
    const list = encodePair([5, 900], [901]);
    expect(() => decodePair(list, 100)).toThrow(/records the manifest does not have/);
    expect(() => readPair(list.subarray(0, list.length - 1), new Uint8Array(200), new Uint8Array(200))).toThrow(/ends in the middle|shorter/);
    expect(() => readPair(Uint8Array.of(...list, 0), new Uint8Array(200), new Uint8Array(200))).toThrow(/after its two lists/);
  });
});

describe('term shards', () => {
  it('pack the lists of several pairs, Han, digits and astral characters alike', () => {
    const lists: [string, Uint8Array][] = [
      ['毛入', encodePair([1, 2, 3], [9])],
      ['20', encodePair([0], [])],
      ['𠀋学', encodePair([], [4])],
    ];
    const back = decodeShard(encodeShard(lists));
    expect([...back.keys()]).toEqual(['毛入', '20', '𠀋学']);
    expect(decodePair(back.get('毛入')!, 10)).toEqual([[1, 2, 3], [9]]);
    expect(decodePair(back.get('𠀋学')!, 10)).toEqual([[], [4]]);
    expect(decodeShard(new Uint8Array(0)).size).toBe(0);
  });
});
