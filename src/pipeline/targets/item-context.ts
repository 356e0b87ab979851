// What a numbered item says for all of its sentences: who it gives work to, and the
// deadline its heading states.
import type { Block } from '../../schema/document.ts';
import type { Section } from '../../schema/record.ts';
import type { Mention } from '../units/find-mentions.ts';
import type { AnalysedSentence } from './analyse-body.ts';
import { clauseBounds } from '../text/sentences.ts';

export const isActor = (m: Mention) => m.role === 'actor' || m.role === 'partner';

/** Each item's actors: those of its first sentence that names any (4.强化县(区)主责意识。). */
export function itemActors(sentences: readonly AnalysedSentence[]): (section: string | null) => Mention[] {
  const actors = new Map<string, Mention[]>();
  for (const a of sentences) {
    if (!a.section || actors.has(a.section) || a.note) continue;
    const found = a.mentions.filter(isActor);
    if (found.length) actors.set(a.section, found);
  }
  return (section) => (section ? (actors.get(section) ?? []) : []);
}

/** A deadline a heading states ((一)试点建设阶段(2022年12月底前)) holds for its section and below. */
export function headingDeadlines(
  blocks: readonly Block[],
  sentences: readonly AnalysedSentence[],
  sections: readonly Section[],
): (section: string | null) => string | null {
  const parentOf = new Map(sections.map((s) => [s.id, s.parent]));
  const stated = new Map<string, string>();
  for (const a of sentences) {
    const block = blocks[a.block];
    if (block.kind !== 'heading' || stated.has(block.section)) continue;
    const d = a.dates.find((x) => x.role !== 'base' && x.role !== 'recurring');
    if (d) stated.set(block.section, d.value);
  }
  return (section) => {
    for (let s = section; s; s = parentOf.get(s) ?? null) {
      const d = stated.get(s);
      if (d) return d;
    }
    return null;
  };
}

/**
 * The units a target at `at` is assigned to: the item's notes if it has any, else
 * the actors of its clause, of its sentence, or of its item.
 */
export function responsibleAt(a: AnalysedSentence, at: number, noteUnits: readonly Mention[], item: readonly Mention[]): string[] {
  if (noteUnits.length) return [...new Set(noteUnits.map((m) => m.name))];
  const actors = a.mentions.filter(isActor);
  const [start, end] = clauseBounds(a.view, at);
  const inClause = actors.filter((m) => m.start >= start && m.end <= end);
  const chosen = inClause.length ? inClause : actors.length ? actors : item;
  return [...new Set(chosen.map((m) => m.name))];
}
