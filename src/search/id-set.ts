// A set of record ids as one bit a record (id → byte id >> 3, bit id & 7): what the engine combines
// the lists of a query's character pairs with. At 10,000 policies (870,000 records) a set is about
// 110 KB, and intersecting or joining two is one pass over 27,000 words (word-ops.ts).
import { wordOps, type Combine } from './word-ops.ts';

/** The sets without repeats of the same set (the engine never changes a set once made). */
function distinct(sets: readonly IdSet[]): readonly IdSet[] {
  const unique = new Set(sets);
  return unique.size < sets.length ? [...unique] : sets;
}

export class IdSet {
  /** Bytes of the set; its length is a multiple of 4. */
  readonly bytes: Uint8Array;
  private readonly words: Uint32Array;

  readonly total: number;

  constructor(total: number) {
    this.total = total;
    this.bytes = new Uint8Array(((total + 31) >>> 5) * 4);
    this.words = new Uint32Array(this.bytes.buffer);
  }

  /** A new set of `op` over the sets' words, in order. */
  private static fold(op: Combine, sets: readonly IdSet[]): IdSet {
    const out = new IdSet(sets[0].total);
    const words = sets.map((s) => s.words);
    wordOps.fold(op, words, out.words);
    return out;
  }

  and(other: IdSet): IdSet {
    return IdSet.fold('and', [this, other]);
  }

  or(other: IdSet): IdSet {
    return IdSet.fold('or', [this, other]);
  }

  andNot(other: IdSet): IdSet {
    return IdSet.fold('andNot', [this, other]);
  }

  /** Ids in all the sets (one new set, whatever their number; the set itself when there is one). */
  static all(sets: readonly IdSet[]): IdSet {
    sets = distinct(sets);
    return sets.length === 1 ? sets[0] : IdSet.fold('and', sets);
  }

  /** Ids in any of the sets (one new set, whatever their number; the set itself when there is one). */
  static any(sets: readonly IdSet[]): IdSet {
    sets = distinct(sets);
    return sets.length === 1 ? sets[0] : IdSet.fold('or', sets);
  }

  has(id: number): boolean {
    return (this.bytes[id >>> 3] & (1 << (id & 7))) !== 0;
  }

  add(id: number): void {
    this.bytes[id >>> 3] |= 1 << (id & 7);
  }

  /** Ids in [from, to). */
  count(from = 0, to = this.total): number {
    let n = 0;
    let id = from;
    for (; id < to && id & 31; id++) if (this.has(id)) n++;
    const whole = to > id ? (to - id) >>> 5 : 0;
    if (whole) n += wordOps.popcount(this.words.subarray(id >>> 5, (id >>> 5) + whole));
    id += whole * 32;
    for (; id < to; id++) if (this.has(id)) n++;
    return n;
  }

  /** The first `limit` ids in [from, to), ascending; zero words are skipped whole. */
  first(from: number, to: number, limit: number): number[] {
    const out: number[] = [];
    let id = from;
    while (id < to && out.length < limit) {
      if ((id & 31) === 0 && this.words[id >>> 5] === 0) {
        id += 32;
        continue;
      }
      if (this.has(id)) out.push(id);
      id++;
    }
    return out;
  }

  isEmpty(): boolean {
    return wordOps.popcount(this.words) === 0;
  }
}
