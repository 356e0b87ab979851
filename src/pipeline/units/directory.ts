// The unit directory: canonical names and the aliases texts use. data/units.yaml holds
// the bodies of every level named without their place (县教育体育局, 财政部门);
// data/units-national.yaml the national bodies under their official short names.
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
  /** Every name and alias → its entry (a local entry where a national one shares the name). */
  byName: Map<string, DirectoryEntry>;
  /** Every name and alias → the national entry that goes by it. */
  national: Map<string, DirectoryEntry>;
}

export function buildDirectory(entries: DirectoryEntry[]): UnitDirectory {
  const byName = new Map<string, DirectoryEntry>();
  const national = new Map<string, DirectoryEntry>();
  for (const e of entries) {
    for (const n of [e.name, ...e.aliases]) {
      if (e.level === 'national') national.set(n, e);
      if (e.level !== 'national' || !byName.has(n)) byName.set(n, e);
    }
  }
  return { entries, byName, national };
}

/** Every name and alias of the directory, for finding them in texts (cached per directory). */
const names = new WeakMap<UnitDirectory, readonly string[]>();
export function knownNames(directory: UnitDirectory): readonly string[] {
  let known = names.get(directory);
  if (!known) {
    known = [...new Set([...directory.byName.keys(), ...directory.national.keys()])];
    names.set(directory, known);
  }
  return known;
}

/**
 * The entry a name stands for in a document. 发展改革委 is the national commission in
 * a national policy and the local one in a county's list of departments; a name with
 * a national mark (国家, 国务院, 中央, 全国, 中国, 中华) is national everywhere.
 */
export function lookUp(directory: UnitDirectory, name: string, nationalDocument: boolean): DirectoryEntry | undefined {
  const national = directory.national.get(name);
  if (national && (nationalDocument || /^(国家|国务院|中央|全国|中国|中华|中共中央)/.test(name))) return national;
  const local = directory.byName.get(name);
  return local && local.level !== 'national' ? local : nationalDocument ? national : undefined;
}

function parseEntries(text: string, file: string): DirectoryEntry[] {
  let data: unknown;
  try {
    data = load(text);
  } catch (e) {
    const mark = (e as { mark?: { line: number; column: number } }).mark;
    throw new InputError(
      { file, line: mark ? mark.line + 1 : undefined, column: mark ? mark.column + 1 : undefined },
      `the unit directory is not valid YAML: ${(e as Error).message.split('\n')[0]}`,
    );
  }
  const parsed = z.array(directoryEntry).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      { file },
      `unit directory entry ${issue.path.join('.')}: ${issue.message}`,
      'each entry needs name, level, kind and aliases (see the comment at the top of the file)',
    );
  }
  return parsed.data;
}

/** A directory from the texts of its files, each given with its path for messages. */
export function parseDirectory(...files: Array<{ text: string; file: string }>): UnitDirectory {
  return buildDirectory(files.flatMap(({ text, file }) => parseEntries(text, file)));
}

export const DIRECTORY_FILES = ['units.yaml', 'units-national.yaml'] as const;

export async function loadDirectory(root: string): Promise<UnitDirectory> {
  const files = await Promise.all(
    DIRECTORY_FILES.map(async (name) => {
      const file = join(root, 'data', name);
      return { text: await readFile(file, 'utf8'), file };
    }),
  );
  return parseDirectory(...files);
}
