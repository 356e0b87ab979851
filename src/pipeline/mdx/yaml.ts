// YAML as Astro reads it, written so that every string stays a string: the MDX
// frontmatter and the corrections files both go through here.
import { CORE_SCHEMA, dump, load, mergeTag, timestampTag, YAMLException } from 'js-yaml';
import { z } from 'astro/zod';
import { InputError } from '../errors.ts';
import { locateYamlPath } from './yaml-locate.ts';

// Astro parses frontmatter with js-yaml 4's default schema: YAML 1.2 core types plus
// timestamps (an unquoted 2025-01-01 is a Date) and merge keys. Reading with the
// same rules means a file that passes here reads the same in the site build.
const astroSchema = CORE_SCHEMA.withTags(timestampTag, mergeTag);

/**
 * YAML for people to read and edit: Chinese unescaped, no folding of long lines,
 * no anchors. js-yaml's default dump schema quotes every string that a YAML 1.1 or
 * 1.2 reader would take for something else (`2025`, `2025-01-01`, `yes`, `~`, `0x10`).
 */
export function dumpYaml(value: unknown): string {
  return dump(value, { lineWidth: -1, noRefs: true });
}

/**
 * Parse YAML that starts on line `firstLine` of `file` (frontmatter starts on line 2).
 * Bad YAML is an InputError pointing at the line and column in the file.
 */
export function loadYaml(text: string, file: string, firstLine = 1): unknown {
  // js-yaml 5 refuses an empty document; for us it is an empty file: no data.
  if (/^(?:[ \t]*(?:#.*)?(?:\r?\n|$))*$/.test(text)) return null;
  try {
    return load(text, { schema: astroSchema, filename: file });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const mark = error.mark;
    throw new InputError(
      { file, line: mark ? mark.line + firstLine : undefined, column: mark ? mark.column + 1 : undefined },
      `this is not valid YAML: ${error.reason}`,
      'check the indentation and the quotes on this line (text with a colon followed by a space, or starting with - # & * ! | > % @ `, needs quotes)',
    );
  }
}

/** Parse and validate YAML; a schema error names the line of the value at fault. */
export function parseYamlWith<Schema extends z.ZodType>(schema: Schema, text: string, file: string, firstLine = 1): z.output<Schema> {
  const data = loadYaml(text, file, firstLine);
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw yamlSchemaError(result.error.issues, data, text, file, firstLine);
}

interface Problem {
  message: string;
  line: number;
  column: number;
}

function yamlSchemaError(issues: readonly z.core.$ZodIssue[], data: unknown, text: string, file: string, firstLine: number): InputError {
  const problems = issues.map((issue): Problem => {
    const { path, message } = explain(issue, data);
    const { line, column } = locateYamlPath(text, path);
    return { message: `${formatPath(path)}: ${message}`, line: line + firstLine - 1, column };
  });
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const [first, ...rest] = problems;
  const also = rest.slice(0, 5).map((p) => `line ${p.line}: ${p.message}`);
  if (rest.length > 5) also.push(`… and ${rest.length - 5} more`);
  return new InputError({ file, line: first.line, column: first.column }, first.message, also.length > 0 ? `also:\n    ${also.join('\n    ')}` : undefined);
}

/** The issue in words a person editing the file can act on. */
function explain(issue: z.core.$ZodIssue, data: unknown): { path: PropertyKey[]; message: string } {
  if (issue.code === 'invalid_union') {
    // Report the alternative the value was evidently meant to be: the one whose
    // problems lie inside the value rather than with its type.
    const meant = issue.errors.find((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0));
    if (meant) {
      const inner = explain(meant[0], valueAt(data, issue.path));
      return { path: [...issue.path, ...inner.path], message: inner.message };
    }
  }
  const value = valueAt(data, issue.path);
  if (issue.code === 'invalid_type' && value === undefined && issue.path.length > 0) {
    return { path: issue.path, message: `missing: add a line \`${String(issue.path.at(-1))}: …\` (${issue.expected} expected)` };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string' && value instanceof Date) {
    return { path: issue.path, message: `write the date in quotes, e.g. '${value.toISOString().slice(0, 10)}' (unquoted, YAML reads it as a timestamp)` };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return { path: issue.path, message: `write this in quotes: '${String(value)}' (unquoted, YAML reads it as a ${typeof value})` };
  }
  if (issue.code === 'unrecognized_keys') {
    return { path: [...issue.path, issue.keys[0]], message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (a typo?)` };
  }
  return { path: issue.path, message: issue.message };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/** `targets[3].deadline`; `(top level)` for the document itself. */
function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : `${i === 0 ? '' : '.'}${String(step)}`)).join('');
}
