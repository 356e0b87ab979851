// A corpus of any size for benchmarks, recombined from the sample sources: each
// document keeps one sample's header and notice, and takes its body paragraphs from
// several samples, so extraction does real work on real sentences. Seeded: the same
// size always gives the same corpus.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface CorpusStats {
  documents: number;
  bytes: number;
}

/** Writes `count` sources into `dir` (some GB18030-encoded) and returns their total size. */
export function makeCorpus(sourcesDir: string, dir: string, count: number, seed = 42): CorpusStats {
  const samples = readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(sourcesDir, f), 'utf8').split('\n'));
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const base = pick(samples);
    const head = base.slice(0, Math.min(12, base.length));
    const body: string[] = [];
    for (let k = 0; k < 3; k++) {
      const other = pick(samples);
      const from = 12 + Math.floor(next() * Math.max(1, other.length - 30));
      body.push(...other.slice(from, from + 10 + Math.floor(next() * 20)));
    }
    const text = [...head, ...body].join('\n');
    const gb = i % 5 === 0;
    const data = gb ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8');
    writeFileSync(join(dir, `bench-${String(i).padStart(5, '0')}.txt`), data);
    bytes += data.length;
  }
  return { documents: count, bytes };
}
