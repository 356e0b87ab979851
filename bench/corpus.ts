// A corpus of any size for benchmarks, recombined from the sample sources: each
// document keeps one sample's header and notice, and takes its body paragraphs from
// several samples, so extraction does real work on real sentences. Each document is of
// one of REGIONS made-up regions (the samples' place names replaced): a real batch comes
// from many counties, and what is made per place set (its name patterns) is paid per
// region. Seeded: the same size always gives the same corpus.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { placesIn } from '../src/pipeline/meta/places.ts';

const REGIONS = 250;
/** Characters of made-up place names (安平, 永丰 …). */
const PLACE_CHARACTERS = '安平阳山江河宁兴城华昌丰永新长武泰和顺庆定远清明嘉春峰桥源林';

/** The stems of the places a text names (镇康县 → 镇康, 恩施州 → 恩施), longest first. */
function placeStems(lines: string[]): string[] {
  const stems = placesIn(lines).map((p) => (/[省市州县区]$/.test(p) ? p.slice(0, -1) : p));
  return [...new Set(stems)].filter((s) => s.length >= 2).sort((a, b) => b.length - a.length);
}

/** Region r's name for the k-th stem of the samples: two characters, the same in every document of r. */
function regionStem(r: number, k: number): string {
  const n = PLACE_CHARACTERS.length;
  const a = (r * 7 + k * 3) % n;
  return PLACE_CHARACTERS[a] + PLACE_CHARACTERS[(a + 1 + ((r * 13 + k * 5) % (n - 1))) % n];
}

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
  const stems = placeStems(samples.flat());
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
    const region = Math.floor(next() * REGIONS);
    const text = stems.reduce((t, stem, k) => t.split(stem).join(regionStem(region, k)), [...head, ...body].join('\n'));
    const gb = i % 5 === 0;
    const data = gb ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8');
    writeFileSync(join(dir, `bench-${String(i).padStart(5, '0')}.txt`), data);
    bytes += data.length;
  }
  return { documents: count, bytes };
}
