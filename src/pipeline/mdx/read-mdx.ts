// Reading a generated (and perhaps hand-edited) MDX file back.
import { InputError } from '../errors.ts';
import { policyFrontmatter, type PolicyFrontmatter } from './frontmatter.ts';
import { loadYaml, parseYamlWith } from './yaml.ts';

interface SplitMdx {
  yaml: string;
  /** The markdown after the frontmatter, without the blank lines that separate them. */
  body: string;
}

const fence = /^---[ \t]*\r?$/;

/** Split `---`-fenced YAML frontmatter from the body, as Astro does. */
export function splitMdx(source: string, file: string): SplitMdx {
  const lines = source.replace(/^\uFEFF/, '').split('\n');
  if (!fence.test(lines[0])) {
    throw new InputError(
      { file, line: 1, column: 1 },
      'the file does not start with frontmatter',
      'the first line of a policy file must be `---`, opening the YAML record',
    );
  }
  const close = lines.findIndex((line, index) => index > 0 && fence.test(line));
  if (close === -1) {
    throw new InputError(
      { file, line: 1, column: 1 },
      'the frontmatter opened on line 1 is never closed',
      'add a line `---` after the last line of the YAML record',
    );
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    body: lines
      .slice(close + 1)
      .join('\n')
      .replace(/^(?:\r?\n)+/, ''),
  };
}

/** The frontmatter as plain data (not validated) and the body. */
export function readMdx(source: string, file: string): { record: unknown; body: string } {
  const { yaml, body } = splitMdx(source, file);
  return { record: loadYaml(yaml, file, 2), body };
}

/** Like readMdx, but the frontmatter must be a valid policy record; errors name its line. */
export function readPolicyMdx(source: string, file: string): { record: PolicyFrontmatter; body: string } {
  const { yaml, body } = splitMdx(source, file);
  return { record: parseYamlWith(policyFrontmatter, yaml, file, 2), body };
}
