// Apply a person's corrections to a freshly extracted record.
import { target as targetSchema, unit as unitSchema, type PolicyRecord, type Section, type Target, type Unit } from '../../schema/record.ts';
import type { Corrections } from './corrections-schema.ts';
import { addedTargetId } from './target-id.ts';

export interface Applied {
  record: PolicyRecord;
  /**
   * Corrections that found nothing to correct, as their key in the corrections
   * file (`targets.t-1a2b3c4d`, `units.县教育局`): the text changed under them.
   * They stay in the file; ingest should warn.
   */
  stale: string[];
}

export function applyCorrections(policy: PolicyRecord, corrections: Corrections): Applied {
  const stale: string[] = [];
  const targets = correctTargets(policy.targets, policy.sections, corrections, stale);
  const units = correctUnits(policy.units, corrections.units ?? {}, stale);
  return { record: { ...policy, meta: { ...policy.meta, ...corrections.meta }, targets, units, flags: unreviewedFlags(policy, corrections) }, stale };
}

/** A flag is cleared when a person corrected its subject or wrote it under `reviewed`. */
function unreviewedFlags(policy: PolicyRecord, corrections: Corrections): PolicyRecord['flags'] {
  const cleared = new Set<string>([
    ...(corrections.reviewed ?? []),
    ...Object.keys(corrections.meta ?? {}).map((field) => `meta.${field}`),
    ...Object.keys(corrections.targets ?? {}),
    ...Object.keys(corrections.units ?? {}).map((name) => `units.${name}`),
  ]);
  return policy.flags.filter((f) => !cleared.has(f.subject));
}

function correctTargets(extracted: readonly Target[], sections: readonly Section[], corrections: Corrections, stale: string[]): Target[] {
  const targets = [...extracted];
  // Additions first, so that `targets` entries can correct added targets too.
  for (const added of corrections.add ?? []) {
    // Parsing fills defaults and puts the fields in schema order.
    const full = targetSchema.parse({ ...added, id: addedTargetId(added) });
    const existing = targets.findIndex((t) => t.id === full.id);
    // The extractor found it after all: the person's version wins.
    if (existing !== -1) targets[existing] = full;
    else targets.splice(insertionIndex(targets, full, sections), 0, full);
  }
  for (const [id, correction] of Object.entries(corrections.targets ?? {})) {
    const index = targets.findIndex((t) => t.id === id);
    if (index === -1) stale.push(`targets.${id}`);
    else if (correction === 'remove') targets.splice(index, 1);
    else targets[index] = { ...targets[index], ...correction };
  }
  return targets;
}

/** After the last target of the same or an earlier section: added targets read in document order. */
function insertionIndex(targets: readonly Target[], added: Target, sections: readonly Section[]): number {
  const rank = (section: string | null): number => {
    if (section === null) return -1;
    const index = sections.findIndex((s) => s.id === section);
    return index === -1 ? Infinity : index;
  };
  const addedRank = rank(added.section);
  let index = 0;
  targets.forEach((t, i) => {
    if (rank(t.section) <= addedRank) index = i + 1;
  });
  return index;
}

function correctUnits(extracted: readonly Unit[], corrections: NonNullable<Corrections['units']>, stale: string[]): Unit[] {
  const units = [...extracted];
  for (const [name, correction] of Object.entries(corrections)) {
    const index = units.findIndex((u) => u.name === name);
    if (index !== -1) {
      if (correction === 'remove') units.splice(index, 1);
      else units[index] = { ...units[index], ...correction };
      continue;
    }
    const added = correction === 'remove' ? undefined : unitSchema.safeParse({ name, ...correction });
    if (added?.success) units.push(added.data);
    else stale.push(`units.${name}`);
  }
  return units;
}
