// The binary form of the index's id lists (which records hold a character pair), and of the term
// shards that pack the short ones. A pair has two lists back to back: the records holding it in
// their own title, text or keywords, then those holding it only in their context (the policy they
// belong to), since a record is found by its own words. A list is written whichever way is smaller:
//   0 · count · first id · gaps          (varints: a rare pair)
//   1 · count · first byte · byte length · bits   (a bitmap from id 8 × first byte: a common pair)
// so that the list of a pair found in every record of a 10,000-policy site is one bit a record
// (about 110 KB), not a JSON array of millions of digits. A shard is a run of
//   key length · key (UTF-8) · list length · list
// entries. Varints are LEB128 (varint.ts).
import { ByteReader, ByteWriter, varintSize } from './varint.ts';

const VARINT = 0;
const BITMAP = 1;

/** A sorted list of distinct record ids, in its smaller binary form. */
function encodeIds(ids: readonly number[]): Uint8Array {
  const w = new ByteWriter();
  if (!ids.length) {
    w.varint(VARINT);
    w.varint(0);
    return w.done();
  }
  const firstByte = ids[0] >>> 3;
  const byteLength = (ids[ids.length - 1] >>> 3) - firstByte + 1;
  let gaps = 0;
  for (let i = 1; i < ids.length; i++) gaps += varintSize(ids[i] - ids[i - 1]);
  if (byteLength + varintSize(firstByte) + varintSize(byteLength) < gaps + varintSize(ids[0])) {
    const bits = new Uint8Array(byteLength);
    for (const id of ids) bits[(id >>> 3) - firstByte] |= 1 << (id & 7);
    w.varint(BITMAP);
    w.varint(ids.length);
    w.varint(firstByte);
    w.varint(byteLength);
    w.raw(bits);
  } else {
    w.varint(VARINT);
    w.varint(ids.length);
    w.varint(ids[0]);
    for (let i = 1; i < ids.length; i++) w.varint(ids[i] - ids[i - 1]);
  }
  return w.done();
}

/** A pair's two lists: records holding it in their own fields, and only in their context. */
export function encodePair(own: readonly number[], contextOnly: readonly number[]): Uint8Array {
  const a = encodeIds(own);
  const b = encodeIds(contextOnly);
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * Writes the list at `r` into `bits`, which holds no id yet (one bit a record: id → byte id >> 3,
 * bit id & 7); a bitmap is copied whole. Ids at or past `bits.length * 8` are an index that does
 * not fit its manifest: an error.
 */
function readList(r: ByteReader, bits: Uint8Array): number {
  const kind = r.varint();
  const count = r.varint();
  if (kind === BITMAP) {
    const firstByte = r.varint();
    const data = r.take(r.varint());
    if (firstByte + data.length > bits.length) throw new Error('search index: a list names records the manifest does not have');
    bits.set(data, firstByte);
    return count;
  }
  if (kind !== VARINT) throw new Error(`search index: unknown list kind ${kind}`);
  let id = 0;
  for (let i = 0; i < count; i++) {
    id += r.varint();
    if (id >>> 3 >= bits.length) throw new Error('search index: a list names records the manifest does not have');
    bits[id >>> 3] |= 1 << (id & 7);
  }
  return count;
}

/** Writes a pair's two lists (encodePair) into `own` and `context`, both empty; returns their lengths. */
export function readPair(pair: Uint8Array, own: Uint8Array, context: Uint8Array): [number, number] {
  const r = new ByteReader(pair);
  const counts: [number, number] = [readList(r, own), readList(r, context)];
  if (r.at !== pair.length) throw new Error('search index: a pair has bytes after its two lists');
  return counts;
}

/** The ids of a pair's two lists, ascending (for tests and tools; the engine uses readPair). */
export function decodePair(pair: Uint8Array, total: number): [number[], number[]] {
  const own = new Uint8Array((total + 7) >>> 3);
  const context = new Uint8Array(own.length);
  readPair(pair, own, context);
  const ids = (bits: Uint8Array) => {
    const out: number[] = [];
    for (let i = 0; i < bits.length; i++) if (bits[i]) for (let b = 0; b < 8; b++) if (bits[i] & (1 << b)) out.push(i * 8 + b);
    return out;
  };
  return [ids(own), ids(context)];
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** Packs the lists of several keys into one shard file. */
export function encodeShard(lists: Iterable<[string, Uint8Array]>): Uint8Array {
  const w = new ByteWriter();
  for (const [key, list] of lists) {
    const k = utf8.encode(key);
    w.varint(k.length);
    w.raw(k);
    w.varint(list.length);
    w.raw(list);
  }
  return w.done();
}

/** The lists of a shard file by key (views into `shard`, not copies). */
export function decodeShard(shard: Uint8Array): Map<string, Uint8Array> {
  const r = new ByteReader(shard);
  const out = new Map<string, Uint8Array>();
  while (!r.done) {
    const key = fromUtf8.decode(r.take(r.varint()));
    out.set(key, r.take(r.varint()));
  }
  return out;
}
