import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsWordOps, wasmWordOps, wordOps, type Combine } from '../../src/search/word-ops.ts';

const words = (length: number) => fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: length, maxLength: length }).map((w) => Uint32Array.from(w));

/** The result of one op, bit by bit, from first principles. */
function expected(op: Combine, sets: Uint32Array[]): number[] {
  return Array.from(sets[0], (_, i) =>
    sets.slice(1).reduce((acc, s) => (op === 'and' ? acc & s[i] : op === 'or' ? acc | s[i] : acc & ~s[i]) >>> 0, sets[0][i]),
  );
}

const bits = (w: Uint32Array) => Array.from(w).reduce((n, x) => n + x.toString(2).replaceAll('0', '').length, 0);

describe('passes over the words of id sets', () => {
  const wasm = wasmWordOps();

  it('run in WebAssembly where it is available (Node has it)', () => {
    expect(wasm).not.toBeNull();
    expect(wordOps).not.toBe(jsWordOps);
  });

  for (const [name, ops] of [
    ['WebAssembly', wasm!],
    ['JavaScript', jsWordOps],
  ] as const) {
    it(`${name}: and, or, and-not of several sets, of any length (odd ones too)`, () => {
      fc.assert(
        fc.property(
          fc
            .integer({ min: 1, max: 40 })
            .chain((n) => fc.tuple(fc.constantFrom<Combine>('and', 'or', 'andNot'), fc.array(words(n), { minLength: 1, maxLength: 4 }))),
          ([op, sets]) => {
            const out = new Uint32Array(sets[0].length);
            ops.fold(op, sets, out);
            expect(Array.from(out)).toEqual(expected(op, sets));
          },
        ),
      );
    });

    it(`${name}: counts bits, whatever the last result left in its memory`, () => {
      fc.assert(
        fc.property(words(7), words(5), (a, b) => {
          ops.fold('or', [a, a], new Uint32Array(7));
          expect(ops.popcount(b)).toBe(bits(b));
          expect(ops.popcount(b.subarray(1, 4))).toBe(bits(b.subarray(1, 4)));
        }),
      );
    });
  }

  it('grows its memory for sets larger than any before (50,000 policies: 4.4 million records)', () => {
    const n = (4_400_000 + 31) >>> 5;
    const a = new Uint32Array(n).fill(0xf0f0f0f0);
    const b = new Uint32Array(n).fill(0xff00ff00);
    a[n - 1] = 1;
    b[n - 1] = 3;
    const out = new Uint32Array(n);
    wasm!.fold('and', [a, b], out);
    expect([out[0], out[n - 1]]).toEqual([0xf000f000, 1]);
    expect(wasm!.popcount(out)).toBe((n - 1) * 8 + 1);
  });
});
