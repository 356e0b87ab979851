// A small, stable, non-cryptographic string hash (cyrb53, public domain):
// 53 bits, enough for ASCII slugs of a few hundred thousand names without a
// realistic chance of collision (collisions are still checked where slugs are made).
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** 11 lower-case base-36 characters (zero-padded). */
export function shortHash(text: string): string {
  return hash53(text).toString(36).padStart(11, '0');
}
