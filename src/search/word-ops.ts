// The passes over id sets' words (id-set.ts): and, or, and-not of several sets, and bits counted.
// At 10,000 policies a set is 27,000 words and a query makes a few dozen passes. They run in a
// small WebAssembly module (word-ops-module.ts) where the browser allows it: it is compiled before
// its first call, while a JavaScript loop run for the first time on a page is interpreted (the
// passes for one abbreviation took about 30 ms so in Chromium). The same passes in JavaScript where
// WebAssembly is missing or refused (a content security policy without wasm-unsafe-eval).
import { WORD_OPS_MODULE } from './word-ops-module.ts';

export type Combine = 'and' | 'or' | 'andNot';

export interface WordOps {
  /** Writes sets[0] op sets[1] op … into `out`; every array of out's length. */
  fold(op: Combine, sets: readonly Uint32Array[], out: Uint32Array): void;
  /** Bits set in the words. */
  popcount(words: Uint32Array): number;
}

function popcount32(w: number): number {
  w -= (w >>> 1) & 0x55555555;
  w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
  return (Math.imul((w + (w >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export const jsWordOps: WordOps = {
  fold(op, sets, out) {
    out.set(sets[0]);
    for (let k = 1; k < sets.length; k++) {
      const w = sets[k];
      if (op === 'and') for (let i = 0; i < out.length; i++) out[i] &= w[i];
      else if (op === 'or') for (let i = 0; i < out.length; i++) out[i] |= w[i];
      else for (let i = 0; i < out.length; i++) out[i] &= ~w[i];
    }
  },
  popcount(words) {
    let n = 0;
    for (let i = 0; i < words.length; i++) n += popcount32(words[i]);
    return n;
  },
};

type Exports = Record<Combine, (dst: number, src: number, n: number) => void> & {
  popcount(at: number, n: number): number;
  memory: WebAssembly.Memory;
};

const PAGE = 65536;
const bytesOf = (w: Uint32Array) => new Uint8Array(w.buffer, w.byteOffset, w.byteLength);

/**
 * The module's passes: sets are copied into its memory (a native copy) and the result out. Its
 * memory holds two regions of a set each, rounded up to whole 8-byte steps: the result, and the
 * next set combined with it.
 */
export function wasmWordOps(): WordOps | null {
  let fns: Exports;
  try {
    fns = new WebAssembly.Instance(new WebAssembly.Module(WORD_OPS_MODULE)).exports as unknown as Exports;
  } catch {
    return null;
  }
  const { memory } = fns;
  /** The memory as bytes, `size` at least (grown when a set is larger than any before). */
  const room = (size: number) => {
    if (memory.buffer.byteLength < size) memory.grow(Math.ceil((size - memory.buffer.byteLength) / PAGE));
    return new Uint8Array(memory.buffer);
  };
  return {
    fold(op, sets, out) {
      const n = out.byteLength;
      const region = (n + 7) & ~7;
      const mem = room(2 * region);
      mem.set(bytesOf(sets[0]), 0);
      for (let k = 1; k < sets.length; k++) {
        mem.set(bytesOf(sets[k]), region);
        fns[op](0, region, region);
      }
      bytesOf(out).set(mem.subarray(0, n));
    },
    popcount(words) {
      const n = words.byteLength;
      const region = (n + 7) & ~7;
      const mem = room(region);
      mem.set(bytesOf(words), 0);
      mem.fill(0, n, region);
      return fns.popcount(0, region);
    },
  };
}

/** The passes the engine uses: WebAssembly's where it runs. */
export const wordOps: WordOps = (typeof WebAssembly === 'object' && wasmWordOps()) || jsWordOps;
