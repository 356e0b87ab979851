// Consistency of one policy record beyond its schema: ids unique, targets pointing
// at sections and units that exist, its source still present. Each problem is located
// at the field it is about.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PolicyRecord } from '../schema/record.ts';
import type { Problem, Severity } from '../problems/problem.ts';
import type { Position } from '../pipeline/mdx/yaml-locate.ts';
import { flagMessage, flagPath } from '../pipeline/review/flag-text.ts';

export interface PolicyFileRef {
  /** The policy file, relative to `root`. */
  file: string;
  root: string;
  /** Where in the file the frontmatter value at a path is written. */
  locate(path: readonly PropertyKey[]): Position;
}

export function checkPolicy(record: PolicyRecord, at: PolicyFileRef): Problem[] {
  const problems: Problem[] = [];
  const add = (severity: Severity, path: PropertyKey[], message: string) => problems.push({ severity, file: at.file, ...at.locate(path), message });
  const sections = new Set(record.sections.map((s) => s.id));
  const units = new Set(record.units.flatMap((u) => [u.name, ...u.aliases]));
  const ids = new Set<string>();
  record.targets.forEach((t, i) => {
    const path = ['targets', i];
    if (ids.has(t.id)) add('error', [...path, 'id'], `target id ${t.id} is used twice; give one of them another id`);
    ids.add(t.id);
    if (t.section && !sections.has(t.section)) add('error', [...path, 'section'], `target ${t.id}: section "${t.section}" does not exist in this policy`);
    t.responsible.forEach((u, k) => {
      if (!units.has(u))
        add(
          'warning',
          [...path, 'responsible', k],
          `target ${t.id}: responsible unit "${u}" is not in the policy's units list (add it there so its department page lists this target)`,
        );
    });
    if (t.kind === 'quantity' && t.value === null)
      add('error', [...path, 'value'], `target ${t.id} is a quantity without a value: give the number, or make its kind a milestone`);
    if (t.kind === 'quantity' && t.unit === null) add('error', [...path, 'unit'], `target ${t.id} is a quantity without a unit (%, 个, 人 …)`);
  });
  // Doubts of the extraction: listed for review, never an error.
  for (const flag of record.flags) add('review', flagPath(record, flag), flagMessage(flag));
  const fileName = basename(at.file);
  if (fileName !== `${record.slug}.mdx`)
    add('error', ['slug'], `slug "${record.slug}" does not match the file name ${fileName}; rename the file or change the slug`);
  if (!existsSync(join(at.root, record.source.file)))
    add('warning', ['source', 'file'], `the source ${record.source.file} is missing, so this policy cannot be ingested again`);
  return problems;
}
