// Ids for targets a person adds without one.
import { fingerprint } from '../mdx/fingerprint.ts';
import type { AddedTarget } from './corrections-schema.ts';

/** `t-` and 8 hex digits from the sentence and the words that commit: stable across ingests. */
export function deriveTargetId({ text, phrase }: Pick<AddedTarget, 'text' | 'phrase'>): string {
  return `t-${fingerprint(`${text}\n${phrase}`).slice(0, 8)}`;
}

/** The id an added target will have in the record. */
export function addedTargetId(added: AddedTarget): string {
  return added.id ?? deriveTargetId(added);
}
