// The bytes of a WebAssembly module of four functions over its memory, for word-ops.ts:
//   and(dst, src, n), or(dst, src, n), andNot(dst, src, n): dst[i] = dst[i] OP src[i], 8 bytes a step
//   popcount(at, n): bits set in n bytes from `at`
// n is a multiple of 8. Written out here from named opcodes (the binary format's own names) rather
// than compiled from a text file: four loops do not warrant a toolchain in the build.

const I32 = 0x7f;
const I64 = 0x7e;
const FUNC = 0x60;
const EMPTY = 0x40;
const OP = {
  block: 0x02,
  loop: 0x03,
  br: 0x0c,
  brIf: 0x0d,
  end: 0x0b,
  localGet: 0x20,
  localSet: 0x21,
  i32Const: 0x41,
  i64Const: 0x42,
  i32GeU: 0x4f,
  i32Add: 0x6a,
  i64Load: 0x29,
  i64Store: 0x37,
  i64Popcnt: 0x7b,
  i64Add: 0x7c,
  i64And: 0x83,
  i64Or: 0x84,
  i64Xor: 0x85,
  i32WrapI64: 0xa7,
} as const;
/** Memory access of 8 bytes: alignment 2^3, offset 0. */
const WORD = [3, 0];
/** -1 as a signed LEB128 (all ones). */
const MINUS_ONE = 0x7f;
const SECTION = { type: 1, function: 3, memory: 5, export: 7, code: 10 } as const;
const EXPORT_FUNC = 0x00;
const EXPORT_MEMORY = 0x02;

/** Unsigned LEB128. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const name = (s: string) => vec([...s].map((c) => [c.charCodeAt(0)]));
const section = (id: number, content: number[]) => [id, ...uleb(content.length), ...content];
/** A function body: its locals as [count, type] runs, then its code. */
const body = (locals: number[][], code: number[]) => {
  const bytes = [...vec(locals), ...code, OP.end];
  return [...uleb(bytes.length), ...bytes];
};

/** `while (i < n) { step; i += 8 }`, i and n being the locals numbered `i` and `n`. */
const loopTo = (i: number, n: number, step: number[]) => [
  OP.block,
  EMPTY,
  OP.loop,
  EMPTY,
  ...[OP.localGet, i, OP.localGet, n, OP.i32GeU, OP.brIf, 1],
  ...step,
  ...[OP.localGet, i, OP.i32Const, 8, OP.i32Add, OP.localSet, i],
  ...[OP.br, 0, OP.end, OP.end],
];

/** The 8 bytes at local `base` + local `i`. */
const load = (base: number, i: number) => [OP.localGet, base, OP.localGet, i, OP.i32Add, OP.i64Load, ...WORD];

/** and, or, andNot: parameters dst, src, n; one local, i. */
const [DST, SRC, N, I] = [0, 1, 2, 3];
const combine = (ops: number[]) =>
  body([[1, I32]], loopTo(I, N, [OP.localGet, DST, OP.localGet, I, OP.i32Add, ...load(DST, I), ...load(SRC, I), ...ops, OP.i64Store, ...WORD]));

/** popcount: parameters at, n; locals i and the sum. */
const [AT, COUNT_N, COUNT_I, SUM] = [0, 1, 2, 3];
const popcount = body(
  [
    [1, I32],
    [1, I64],
  ],
  [...loopTo(COUNT_I, COUNT_N, [OP.localGet, SUM, ...load(AT, COUNT_I), OP.i64Popcnt, OP.i64Add, OP.localSet, SUM]), OP.localGet, SUM, OP.i32WrapI64],
);

const FUNCTIONS = ['and', 'or', 'andNot', 'popcount'] as const;

export const WORD_OPS_MODULE = new Uint8Array([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
  ...section(
    SECTION.type,
    vec([
      // 0: (dst, src, n) → nothing; 1: (at, n) → count
      [FUNC, ...vec([[I32], [I32], [I32]]), ...vec([])],
      [FUNC, ...vec([[I32], [I32]]), ...vec([[I32]])],
    ]),
  ),
  // the type of each function, in FUNCTIONS order
  ...section(SECTION.function, vec([[0], [0], [0], [1]])),
  ...section(SECTION.memory, vec([[0x00, ...uleb(1)]])),
  ...section(SECTION.export, vec([[...name('memory'), EXPORT_MEMORY, 0], ...FUNCTIONS.map((f, i) => [...name(f), EXPORT_FUNC, ...uleb(i)])])),
  ...section(
    SECTION.code,
    vec([
      combine([OP.i64And]),
      combine([OP.i64Or]),
      // a & ~b: b xor all ones, then and
      combine([OP.i64Const, MINUS_ONE, OP.i64Xor, OP.i64And]),
      popcount,
    ]),
  ),
]);
