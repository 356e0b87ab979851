// The unit directory (data/units.yaml): canonical names and the aliases texts use.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { unitLevel } from '../../schema/record.ts';
import { InputError } from '../errors.ts';

export const unitKind = z.enum(['government', 'party', 'department', 'agency', 'school', 'partner', 'people-group']);

export const directoryEntry = z.object({
  name: z.string().min(1),
  level: unitLevel,
  kind: unitKind,
  aliases: z.array(z.string()).default([]),
});

export type DirectoryEntry = z.infer<typeof directoryEntry>;
export type UnitKind = z.infer<typeof unitKind>;

export interface UnitDirectory {
  entries: DirectoryEntry[];
  /** Every name and alias → its entry. */
  byName: Map<string, DirectoryEntry>;
}

export function buildDirectory(entries: DirectoryEntry[]): UnitDirectory {
  const byName = new Map<string, DirectoryEntry>();
  for (const e of entries) for (const n of [e.name, ...e.aliases]) byName.set(n, e);
  return { entries, byName };
}

export function parseDirectory(text: string, file: string): UnitDirectory {
  let data: unknown;
  try {
    data = load(text);
  } catch (e) {
    const mark = (e as { mark?: { line: number; column: number } }).mark;
    throw new InputError({ file, line: mark ? mark.line + 1 : undefined, column: mark ? mark.column + 1 : undefined }, `the unit directory is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = z.array(directoryEntry).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError({ file }, `unit directory entry ${issue.path.join('.')}: ${issue.message}`, 'each entry needs name, level, kind and aliases (see the comment at the top of the file)');
  }
  return buildDirectory(parsed.data);
}

export async function loadDirectory(root: string): Promise<UnitDirectory> {
  const file = join(root, 'data', 'units.yaml');
  return parseDirectory(await readFile(file, 'utf8'), file);
}
