// A set of record ids as one bit a record (id → byte id >> 3, bit id & 7): what the engine combines
// the lists of a query's character pairs with. At 10,000 policies (870,000 records) a set is about
// 110 KB, and intersecting or joining two is one pass over 27,000 words.

/** Bits set in a 32-bit word (the usual SWAR count). */
function popcount(w: number): number {
  w -= (w >>> 1) & 0x55555555;
  w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
  return (Math.imul((w + (w >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

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

  and(other: IdSet): IdSet {
    const out = new IdSet(this.total);
    const a = this.words;
    const b = other.words;
    const o = out.words;
    for (let i = 0; i < o.length; i++) o[i] = a[i] & b[i];
    return out;
  }

  or(other: IdSet): IdSet {
    const out = new IdSet(this.total);
    const a = this.words;
    const b = other.words;
    const o = out.words;
    for (let i = 0; i < o.length; i++) o[i] = a[i] | b[i];
    return out;
  }

  andNot(other: IdSet): IdSet {
    const out = new IdSet(this.total);
    const a = this.words;
    const b = other.words;
    const o = out.words;
    for (let i = 0; i < o.length; i++) o[i] = a[i] & ~b[i];
    return out;
  }

  /** Ids in all the sets (one new set, whatever their number; the set itself when there is one). */
  static all(sets: readonly IdSet[]): IdSet {
    sets = distinct(sets);
    if (sets.length === 1) return sets[0];
    const out = sets[0].and(sets[1]);
    const o = out.words;
    for (let k = 2; k < sets.length; k++) {
      const w = sets[k].words;
      for (let i = 0; i < o.length; i++) o[i] &= w[i];
    }
    return out;
  }

  /** Ids in any of the sets (one new set, whatever their number; the set itself when there is one). */
  static any(sets: readonly IdSet[]): IdSet {
    sets = distinct(sets);
    if (sets.length === 1) return sets[0];
    const out = sets[0].or(sets[1]);
    const o = out.words;
    for (let k = 2; k < sets.length; k++) {
      const w = sets[k].words;
      for (let i = 0; i < o.length; i++) o[i] |= w[i];
    }
    return out;
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
    for (; id + 32 <= to; id += 32) n += popcount(this.words[id >>> 5]);
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
    const w = this.words;
    for (let i = 0; i < w.length; i++) if (w[i] !== 0) return false;
    return true;
  }
}
