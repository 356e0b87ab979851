// Shared by the pipeline, golden, ingest and CLI tests: the sample sources, the unit
// directory, and a record built the way `luoshi extract` builds it.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRecord, type Built } from '../../src/pipeline/build-record.ts';
import { DIRECTORY_FILES, parseDirectory, type UnitDirectory } from '../../src/pipeline/units/directory.ts';
import { fold } from '../../src/pipeline/text/fold.ts';
import type { Source } from '../../src/schema/record.ts';
import { readSource } from '../../src/pipeline/read-source.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SOURCES = join(ROOT, 'content', 'sources');

export const SAMPLES = [
  'basic-education-action-plan',
  'chuanhui-compulsory-balance-2019',
  'dezhou-county-high-school-2023',
  'enshi-county-alliance-2022-2025',
  'zhenkang-education-2023-2025',
] as const;
export type SampleName = (typeof SAMPLES)[number];

const cache = new Map<string, string>();

/** The text of a sample source (content/sources/<name>.txt). */
export function sample(name: SampleName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(SOURCES, `${name}.txt`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** `snippet`, after checking it is copied exactly from the sample (so tests use real text). */
export function real(name: SampleName, snippet: string): string {
  if (!sample(name).includes(snippet)) throw new Error(`not in ${name}.txt: ${snippet}`);
  return snippet;
}

/** The folded view of a snippet: what the stages after clean() read. */
export const view = (text: string): string => fold(text);

let directory: UnitDirectory | null = null;

/** data/units.yaml of this repository. */
export function unitDirectory(): UnitDirectory {
  directory ??= parseDirectory(...DIRECTORY_FILES.map((name) => ({ text: readFileSync(join(ROOT, 'data', name), 'utf8'), file: join(ROOT, 'data', name) })));
  return directory;
}

/** A source description that depends on no path or hash: golden records stay put. */
export function fixedSource(file: string): Source {
  return { file: `content/sources/${file}`, format: 'text', encoding: 'utf-8', sha256: '0'.repeat(64) };
}

/** The record of a text, built as `luoshi extract` builds it. */
export function extract(text: string, slug = 'test-policy', fallbackTitle: string | null = null): Built {
  return buildRecord({ source: fixedSource(`${slug}.txt`), text, sourceUrl: null, fallbackTitle }, slug, unitDirectory());
}

/** The record of a sample source. */
export function extractSample(name: SampleName): Built {
  return buildRecord({ source: fixedSource(`${name}.txt`), text: sample(name), sourceUrl: null, fallbackTitle: null }, name, unitDirectory());
}

const CORPUS_REAL = join(ROOT, 'test', 'fixtures', 'corpus-real');

/** `snippet`, after checking it is copied exactly from a text of the real corpus fixture (test/fixtures/corpus-real). */
export function realCorpus(file: string, snippet: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(join(CORPUS_REAL, file), 'utf8');
    cache.set(file, text);
  }
  if (!text.includes(snippet)) throw new Error(`not in corpus-real/${file}: ${snippet}`);
  return snippet;
}

/** As realCorpus, for a text read as ingest reads it (a .docx, say). */
export async function realCorpusRead(file: string, snippet: string): Promise<string> {
  let text = cache.get(`read:${file}`);
  if (text === undefined) {
    text = (await readSource(join(CORPUS_REAL, file))).text;
    cache.set(`read:${file}`, text);
  }
  if (!text.includes(snippet)) throw new Error(`not in corpus-real/${file}: ${snippet}`);
  return snippet;
}
