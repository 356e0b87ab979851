// Consistency of one policy record beyond its schema: ids unique, targets pointing
// at sections and units that exist, its source still present.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyRecord } from '../schema/record.ts';

export function checkPolicy(record: PolicyRecord, file: string, root: string): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const sections = new Set(record.sections.map((s) => s.id));
  const units = new Set(record.units.flatMap((u) => [u.name, ...u.aliases]));
  const ids = new Set<string>();
  for (const t of record.targets) {
    const where = `${file}: target ${t.id}`;
    if (ids.has(t.id)) errors.push(`${where}: the id is used twice; give one of them another id`);
    ids.add(t.id);
    if (t.section && !sections.has(t.section)) errors.push(`${where}: section "${t.section}" does not exist in this policy`);
    for (const u of t.responsible) if (!units.has(u)) warnings.push(`${where}: responsible unit "${u}" is not in the policy's units list (add it there so its department page lists this target)`);
    if (t.kind === 'quantity' && (t.value === null || t.unit === null)) errors.push(`${where}: a quantity target needs a value and a unit (or change its kind to milestone)`);
  }
  if (file.replace(/^.*\//, '') !== `${record.slug}.mdx`) errors.push(`${file}: slug "${record.slug}" does not match the file name; rename the file or the slug`);
  if (!existsSync(join(root, record.source.file))) warnings.push(`${file}: its source ${record.source.file} is missing, so it cannot be ingested again`);
  return { errors, warnings };
}
