// Text in, record out: the whole extraction for one decoded source, as a pure function.
import type { Block } from '../schema/document.ts';
import type { PolicyRecord, Source, Target } from '../schema/record.ts';
import { clean } from './clean/clean.ts';
import { timeFrameOf } from './dates/time-frame.ts';
import { isWorkReport } from './meta/document-kind.ts';
import { extractMeta } from './meta/extract-meta.ts';
import { POLICY_KIND } from './meta/title.ts';
import { leadingPlaces, placesIn, shortForms } from './meta/places.ts';
import { findReferences } from './references/find-references.ts';
import { buildStructure } from './structure/build-structure.ts';
import { extractTargets } from './targets/extract-targets.ts';
import { fold } from './text/fold.ts';
import { InputError } from './errors.ts';
import { knownNames, lookUp, type UnitDirectory } from './units/directory.ts';
import { resolveUnits } from './units/resolve-units.ts';
import { isBuiltName } from './units/find-mentions.ts';
import { reviewFlags } from './review/review-flags.ts';
import { blockText } from './text/block-text.ts';

export interface DecodedSource {
  source: Source;
  text: string;
  sourceUrl: string | null;
  /** The HTML page title or the docx file name: a last resort for the policy title. */
  fallbackTitle: string | null;
}

export interface Built {
  record: PolicyRecord;
  blocks: Block[];
}

/** A policy names itself as one (…方案, …意见, …批复), or is laid out in numbered sections. */
const POLICY_TITLE = new RegExp(`${POLICY_KIND}|规则`);
/** A government (潜江市人民政府), not one of its offices. */
const GOVERNMENT = /人民政府$/;

export function buildRecord(input: DecodedSource, slug: string, directory: UnitDirectory): Built {
  const cleaned = clean(input.text);
  if (!cleaned.lines.length) {
    throw new InputError(
      { file: input.source.file },
      'nothing is left once the page furniture is removed: there is no policy text in it',
      'check that the file is the policy itself, not a list or search page',
    );
  }
  const removedUrl = cleaned.removed.map((r) => /(https?:\/\/\S+)/.exec(r.text)?.[1]).find(Boolean) ?? null;
  const meta = extractMeta({
    clean: cleaned,
    fallbackTitle: input.fallbackTitle ?? cleaned.header[0] ?? null,
    sourceUrl: input.sourceUrl ?? removedUrl,
    isNationalBody: (name) => lookUp(directory, name, true)?.level === 'national',
  });
  const structure = buildStructure(cleaned.lines);
  if (structure.sections.length < 2 && !POLICY_TITLE.test(fold(meta.title)) && !isWorkReport(cleaned.lines)) {
    throw new InputError(
      { file: input.source.file },
      `no policy was found: "${meta.title}" does not name a plan, opinion or measure, and the text has no numbered sections (一、 (一) 1.)`,
      'if this is a news item or an index page, save the policy document itself instead',
    );
  }
  const places = [
    ...new Set([
      ...(meta.region ? shortForms(meta.region) : []),
      ...meta.issuers.flatMap(leadingPlaces).flatMap(shortForms),
      ...placesIn([...cleaned.header, ...cleaned.lines.slice(0, 10)]).flatMap(shortForms),
    ]),
  ].filter((p) => p.length >= 2);
  const workReport = isWorkReport(cleaned.lines);
  const frame = timeFrameOf(meta, structure.sections, workReport);
  const extraction = extractTargets(structure.blocks, structure.sections, {
    slug,
    places,
    since: meta.planPeriod?.start ?? frame.year,
    frame,
    workReport,
    region: meta.region,
    known: knownNames(directory),
  });
  // A work report's tasks are the government's own (我们): the government the speaker reports for leads them all.
  const leads = workReport ? [...extraction.leads, ...meta.issuers.filter((name) => GOVERNMENT.test(name))] : extraction.leads;
  const { units, canonical } = resolveUnits(
    [...extraction.mentions, ...leads.map((name) => ({ name, written: name, role: 'actor' as const }))].map((m) => ({
      written: m.name,
      shown: m.written,
      partner: m.role === 'partner',
    })),
    places,
    meta.region,
    directory,
  );
  const targets: Target[] = extraction.targets.map(({ target, responsible }) => ({
    ...target,
    responsible: [...new Set(responsible.map(canonical))],
  }));
  const blocks = markTargets(structure.blocks, targets);
  const warnings: string[] = [];
  const national = meta.region === '全国';
  if (!targets.length) warnings.push('no targets or milestones were found: check that this is a plan with commitments');
  if (!meta.date) warnings.push('no issue date was found');
  const record: Omit<PolicyRecord, 'flags'> = {
    slug,
    meta,
    source: input.source,
    sections: structure.sections,
    targets,
    units,
    references: findReferences(cleaned.lines, meta),
    leads: [...new Set(leads.map(canonical))],
    removed: cleaned.removed,
    warnings,
  };
  const isKnownUnit = (name: string) => lookUp(directory, name, national) !== undefined || isBuiltName(name, places);
  return { record: { ...record, flags: reviewFlags({ record, blocks, isKnownUnit }) }, blocks };
}

/** Splits each block so that every target sentence is a segment carrying its ids. */
export function markTargets(blocks: Block[], targets: Target[]): Block[] {
  const bySentence = new Map<string, string[]>();
  for (const t of targets) bySentence.set(t.text, [...(bySentence.get(t.text) ?? []), t.id]);
  return blocks.map((block) => {
    const text = blockText(block);
    const segments: Block['segments'] = [];
    let cursor = 0;
    const hits = [...bySentence.entries()]
      .map(([sentence, ids]) => ({ at: text.indexOf(sentence), sentence, ids }))
      .filter((h) => h.at >= 0)
      .sort((a, b) => a.at - b.at);
    for (const h of hits) {
      if (h.at < cursor) continue;
      if (h.at > cursor) segments.push({ text: text.slice(cursor, h.at), targets: [] });
      segments.push({ text: h.sentence, targets: h.ids });
      cursor = h.at + h.sentence.length;
      bySentence.delete(h.sentence);
    }
    if (cursor < text.length) segments.push({ text: text.slice(cursor), targets: [] });
    return { ...block, segments: segments.length ? segments : block.segments };
  });
}

/** Folded text of a record's body, for tests that check nothing was lost. */
export function bodyText(blocks: Block[]): string {
  return fold(blocks.map(blockText).join('\n'));
}
