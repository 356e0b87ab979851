// Consistency of one policy record beyond its schema: ids unique, targets pointing
// at sections and units that exist, its source still present. Each issue names the
// place in the record, so it can be reported with its line.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyRecord } from '../schema/record.ts';

export interface PolicyIssue {
  severity: 'error' | 'warning';
  /** Where in the frontmatter: ['targets', 3, 'value']. */
  path: PropertyKey[];
  message: string;
}

export function checkPolicy(record: PolicyRecord, fileName: string, root: string): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const error = (path: PropertyKey[], message: string) => issues.push({ severity: 'error', path, message });
  const warning = (path: PropertyKey[], message: string) => issues.push({ severity: 'warning', path, message });
  const sections = new Set(record.sections.map((s) => s.id));
  const units = new Set(record.units.flatMap((u) => [u.name, ...u.aliases]));
  const ids = new Set<string>();
  record.targets.forEach((t, i) => {
    const at = ['targets', i];
    if (ids.has(t.id)) error([...at, 'id'], `target id ${t.id} is used twice; give one of them another id`);
    ids.add(t.id);
    if (t.section && !sections.has(t.section)) error([...at, 'section'], `target ${t.id}: section "${t.section}" does not exist in this policy`);
    t.responsible.forEach((u, k) => {
      if (!units.has(u)) warning([...at, 'responsible', k], `target ${t.id}: responsible unit "${u}" is not in the policy's units list (add it there so its department page lists this target)`);
    });
    if (t.kind === 'quantity' && t.value === null) error([...at, 'value'], `target ${t.id} is a quantity without a value: give the number, or make its kind a milestone`);
    if (t.kind === 'quantity' && t.unit === null) error([...at, 'unit'], `target ${t.id} is a quantity without a unit (%, 个, 人 …)`);
  });
  if (fileName !== `${record.slug}.mdx`) error(['slug'], `slug "${record.slug}" does not match the file name ${fileName}; rename the file or change the slug`);
  if (!existsSync(join(root, record.source.file))) warning(['source', 'file'], `the source ${record.source.file} is missing, so this policy cannot be ingested again`);
  return issues;
}
