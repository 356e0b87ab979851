// Turn hand edits of an MDX file's frontmatter into corrections, so that they
// survive the next ingest instead of being overwritten.
import { isDeepStrictEqual } from 'node:util';
import type { PolicyRecord, Target, Unit } from '../../schema/record.ts';
import { applyCorrections } from './apply.ts';
import type { AddedTarget, Corrections, MetaPatch, TargetPatch, UnitPatch } from './corrections-schema.ts';
import { addedTargetId } from './target-id.ts';

/**
 * The corrections that turn `regenerated` (the extractor's output for the current
 * source, before corrections) into `edited` (the frontmatter as the person left
 * it), starting from `existing`. Only what the person changed relative to the file
 * luoshi would write now is added; existing corrections they did not touch stay as
 * they are, stale ones included.
 *
 * `applyCorrections(regenerated, liftEdits(edited, regenerated, existing)).record`
 * equals `edited` in meta, targets and units, except for order: an added target
 * goes after the last target of its section, an added unit at the end.
 *
 * Two-way: if the source or the extractor changed since the file was written,
 * values the person never touched differ too and are lifted as well. Ingest
 * reports what it lifted so a person can check.
 */
export function liftEdits(edited: PolicyRecord, regenerated: PolicyRecord, existing: Corrections): Corrections {
  const current = applyCorrections(regenerated, existing).record;
  return withoutEmpty({
    meta: liftMeta(edited, current, existing.meta ?? {}),
    ...liftTargets(edited.targets, current.targets, regenerated.targets, existing),
    units: liftUnits(edited.units, current.units, regenerated.units, existing.units ?? {}),
    reviewed: liftReviewed(edited, current, existing.reviewed ?? []),
  });
}

/** A review flag the person deleted from the frontmatter: they checked its subject. */
function liftReviewed(edited: PolicyRecord, current: PolicyRecord, existing: readonly string[]): string[] {
  const kept = new Set(edited.flags.map((f) => f.subject));
  const removed = current.flags.map((f) => f.subject).filter((subject) => !kept.has(subject));
  return [...new Set([...existing, ...removed])];
}

/**
 * Top-level fields the person changed that corrections cannot carry (sections,
 * references, …): the next ingest regenerates them from the source, so ingest must
 * say that these edits will be lost. `source` is left out: it changes with the file.
 */
export function editsOutsideCorrections(edited: PolicyRecord, regenerated: PolicyRecord): string[] {
  const fields = ['slug', 'sections', 'references', 'leads', 'removed', 'warnings'] as const;
  return fields.filter((field) => !isDeepStrictEqual(edited[field], regenerated[field]));
}

function liftMeta(edited: PolicyRecord, current: PolicyRecord, existing: MetaPatch): MetaPatch {
  const changed = Object.entries(edited.meta).filter(([key, value]) => !isDeepStrictEqual(value, current.meta[key as keyof typeof current.meta]));
  return { ...existing, ...Object.fromEntries(changed) };
}

function liftTargets(
  edited: readonly Target[],
  current: readonly Target[],
  extracted: readonly Target[],
  existing: Corrections,
): Pick<Corrections, 'targets' | 'add'> {
  const editedById = new Map(edited.map((t) => [t.id, t]));
  const currentIds = new Set(current.map((t) => t.id));
  const extractedIds = new Set(extracted.map((t) => t.id));
  const patches = new Map(Object.entries(existing.targets ?? {}));
  const adds = new Map((existing.add ?? []).map((a): [string, AddedTarget] => [addedTargetId(a), a]));

  for (const before of current) {
    const after = editedById.get(before.id);
    if (after && isDeepStrictEqual(after, before)) continue;
    if (adds.has(before.id)) {
      // An added target: the person's version replaces the addition as a whole.
      if (after) adds.set(before.id, after);
      else adds.delete(before.id);
      if (!after && extractedIds.has(before.id)) patches.set(before.id, 'remove');
      else patches.delete(before.id);
    } else if (!after) {
      patches.set(before.id, 'remove');
    } else {
      const previous = patches.get(before.id);
      patches.set(before.id, { ...(typeof previous === 'object' ? previous : {}), ...changedFields(before, after) });
    }
  }
  for (const target of edited) {
    if (currentIds.has(target.id)) continue;
    // A patch for an id that is no longer in the text: the file still shows the old
    // target. That is a stale correction (ingest reports it), not an addition.
    if (typeof patches.get(target.id) === 'object') continue;
    patches.delete(target.id);
    adds.set(target.id, target);
  }
  return { targets: Object.fromEntries(patches), add: [...adds.values()] };
}

function changedFields(before: Target, after: Target): TargetPatch {
  const { id: _id, ...fields } = after;
  return Object.fromEntries(Object.entries(fields).filter(([key, value]) => !isDeepStrictEqual(value, before[key as keyof Target])));
}

function liftUnits(
  edited: readonly Unit[],
  current: readonly Unit[],
  extracted: readonly Unit[],
  existing: NonNullable<Corrections['units']>,
): NonNullable<Corrections['units']> {
  const editedByName = new Map(edited.map((u) => [u.name, u]));
  const currentNames = new Set(current.map((u) => u.name));
  const extractedNames = new Set(extracted.map((u) => u.name));
  const corrections = new Map(Object.entries(existing));

  for (const before of current) {
    const after = editedByName.get(before.name);
    if (after && isDeepStrictEqual(after, before)) continue;
    if (!extractedNames.has(before.name)) {
      // A unit added by a correction: keep it whole, or drop the addition.
      if (after) corrections.set(before.name, unitFields(after));
      else corrections.delete(before.name);
    } else if (!after) {
      corrections.set(before.name, 'remove');
    } else {
      const previous = corrections.get(before.name);
      const changed = Object.entries(unitFields(after)).filter(([key, value]) => !isDeepStrictEqual(value, before[key as keyof Unit]));
      corrections.set(before.name, { ...(typeof previous === 'object' ? previous : {}), ...Object.fromEntries(changed) });
    }
  }
  for (const unit of edited) {
    // As for targets: a patch of a unit no longer extracted is stale, not an addition.
    if (currentNames.has(unit.name) || typeof corrections.get(unit.name) === 'object') continue;
    corrections.set(unit.name, unitFields(unit));
  }
  return Object.fromEntries(corrections);
}

function unitFields({ name: _name, ...fields }: Unit): UnitPatch {
  return fields;
}

/** Leave out empty sections so the corrections file shows only what is corrected. */
function withoutEmpty(corrections: Corrections): Corrections {
  return Object.fromEntries(Object.entries(corrections).filter(([, value]) => (Array.isArray(value) ? value.length > 0 : Object.keys(value ?? {}).length > 0)));
}
