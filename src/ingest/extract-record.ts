// One source → its record, as `luoshi extract` shows it and `luoshi ingest` writes it
// before corrections: read and decoded, extracted, quantity targets linked to the
// indicator catalogue. The one function both commands call, so their records agree.
import { relative, resolve } from 'node:path';
import type { Block } from '../schema/document.ts';
import type { PolicyRecord } from '../schema/record.ts';
import { buildRecord } from '../pipeline/build-record.ts';
import { readSource } from '../pipeline/read-source.ts';
import type { SourceLimits } from '../pipeline/decode/limits.ts';
import type { UnitDirectory } from '../pipeline/units/directory.ts';
import type { IndicatorCatalogue } from '../data/indicators-schema.ts';
import { linkIndicator } from '../data/link-indicator.ts';
import { slugFor } from './slug.ts';

export interface ExtractSettings {
  /** Repository root: the record names its source relative to it. */
  root: string;
  directory: UnitDirectory;
  /** Targets are linked to indicators only when there is a catalogue. */
  catalogue: IndicatorCatalogue | null;
  /** Size and depth limits of what is read (decode/limits.ts). */
  limits: SourceLimits;
}

export interface Extracted {
  slug: string;
  record: PolicyRecord;
  blocks: Block[];
  /** Of the source's bytes. */
  sha256: string;
}

export async function extractRecord(file: string, settings: ExtractSettings): Promise<Extracted> {
  const { catalogue } = settings;
  const source = await readSource(file, settings.limits);
  const slug = slugFor(file);
  const built = buildRecord(
    {
      // The path from the project root, whatever way it was typed (the manifest keys on it too).
      source: { file: relative(settings.root, resolve(file)), format: source.format, encoding: source.encoding, sha256: source.sha256 },
      text: source.text,
      sourceUrl: source.sourceUrl,
      fallbackTitle: source.htmlTitle,
    },
    slug,
    settings.directory,
  );
  const record: PolicyRecord = catalogue
    ? { ...built.record, targets: built.record.targets.map((t) => (t.kind === 'quantity' ? { ...t, indicatorId: linkIndicator(t, catalogue) } : t)) }
    : built.record;
  return { slug, record, blocks: built.blocks, sha256: source.sha256 };
}
