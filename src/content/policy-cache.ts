// The policy cache: for each policy, its validated record (<id>.json) and its body
// rendered to HTML (<id>.html), in a directory beside Astro's content cache
// (<cacheDir>/luoshi-policies/, cacheDir = node_modules/.astro by default).
//
// Why not Astro's data store: Astro writes the whole store into one JS module of the
// server bundle (`export default JSON.parse("…")`), and V8 reads a string literal of
// that size in super-linear time: 14 s for the store of 10,000 policies, against 0.6 s
// to JSON.parse the same text from a file; the store is also serialized with devalue
// (6 s) and held twice in memory. Astro's chunked storage (experimental) writes it in
// five minutes. So the store keeps a small index entry per policy (slug, title,
// digest) and the records and bodies are read from here by src/load/policies.ts.
//
// Written only by the content loader (src/content/policy-loader.ts), during the
// content sync that precedes every build and dev server start.
import { mkdirSync, openSync, readFileSync, readSync, closeSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The policy cache inside Astro's cache directory (`config.cacheDir`). */
export function policyCacheDir(cacheDir: URL | string): string {
  return join(typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir), 'luoshi-policies');
}

// Set by the `luoshi-policy-cache` integration in astro.config.mjs (Vite `define`),
// from the same `config.cacheDir` the loader is given.
declare const __LUOSHI_POLICY_CACHE__: string | undefined;

/** The policy cache of this build (pages and endpoints). */
export function sitePolicyCacheDir(): string {
  if (typeof __LUOSHI_POLICY_CACHE__ !== 'string') throw new Error('the luoshi-policy-cache integration is missing from astro.config.mjs');
  return __LUOSHI_POLICY_CACHE__;
}

function writeAtomic(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** Stores a policy. The record is written last, with the digest that vouches for both files. */
export function writeCachedPolicy(dir: string, id: string, digest: string, record: unknown, html: string): void {
  mkdirSync(dir, { recursive: true });
  writeAtomic(join(dir, `${id}.html`), html);
  writeAtomic(join(dir, `${id}.json`), `{"digest":${JSON.stringify(digest)},"record":${JSON.stringify(record)}}`);
}

/** True when the cache holds this policy as of `digest` (reads the first bytes only). */
export function hasCachedPolicy(dir: string, id: string, digest: string): boolean {
  const prefix = Buffer.from(`{"digest":${JSON.stringify(digest)},`);
  let fd: number;
  try {
    fd = openSync(join(dir, `${id}.json`), 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(prefix.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(prefix);
  } finally {
    closeSync(fd);
  }
}

/** The validated record of a policy; throws when the cache does not hold it as of `digest`. */
export function readCachedRecord<T>(dir: string, id: string, digest: string | undefined): T {
  const path = join(dir, `${id}.json`);
  let cached: { digest: string; record: T };
  try {
    cached = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`policy cache: cannot read ${path} (${(error as Error).message}); build again`, { cause: error });
  }
  if (digest !== undefined && cached.digest !== digest) throw new Error(`policy cache: ${path} is not the version the content layer loaded (another build wrote it?); build again`);
  return cached.record;
}

/** The rendered body of a policy. */
export function readCachedHtml(dir: string, id: string): string {
  return readFileSync(join(dir, `${id}.html`), 'utf8');
}

export function removeCachedPolicy(dir: string, id: string): void {
  rmSync(join(dir, `${id}.json`), { force: true });
  rmSync(join(dir, `${id}.html`), { force: true });
}
