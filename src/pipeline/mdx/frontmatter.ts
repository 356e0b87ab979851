// The MDX frontmatter: the whole policy record, plus a stamp saying luoshi wrote it.
// The site's content collection validates entries with `policyFrontmatter`.
import { z } from 'astro/zod';
import { record } from '../../schema/record.ts';
import { dumpYaml, loadYaml } from './yaml.ts';

/** Written by the generator; a file whose content no longer matches `hash` was edited by hand. */
export const generatedStamp = z.object({
  by: z.literal('luoshi'),
  hash: z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected the 16 hex digits luoshi wrote' }),
});

export const policyFrontmatter = record.extend({ generated: generatedStamp.optional() }).superRefine((data, ctx) => {
  // Corrections and anchors address targets, units and sections by these keys.
  const keyed = [
    { list: data.targets.map((t) => t.id), field: 'targets', key: 'id', what: 'target id' },
    { list: data.units.map((u) => u.name), field: 'units', key: 'name', what: 'unit name' },
    { list: data.sections.map((s) => s.id), field: 'sections', key: 'id', what: 'section id' },
  ];
  for (const { list, field, key, what } of keyed) {
    list.forEach((value, index) => {
      const first = list.indexOf(value);
      if (first === index) return;
      ctx.addIssue({
        code: 'custom',
        path: [field, index, key],
        message: `${what} ${value} is already used by ${field}[${first}]; give this one its own ${key}`,
      });
    });
  }
});

export type GeneratedStamp = z.infer<typeof generatedStamp>;
export type PolicyFrontmatter = z.infer<typeof policyFrontmatter>;

/** YAML text of the frontmatter (without the `---` lines). */
export function dumpFrontmatter(data: object): string {
  return dumpYaml(data);
}

/** Read frontmatter YAML the way Astro will; `firstLine` is its line in `file`. */
export function parseFrontmatter(yaml: string, file = '(frontmatter)', firstLine = 1): unknown {
  return loadYaml(yaml, file, firstLine);
}
