// A policy as an MDX file: the record as YAML frontmatter, the text as the body.
import type { Root, Yaml } from 'mdast';
import type { Block } from '../../schema/document.ts';
import type { PolicyRecord } from '../../schema/record.ts';
import { bodyToMdast } from './body-to-mdast.ts';
import { contentHash } from './fingerprint.ts';
import { policyFrontmatter, type GeneratedStamp } from './frontmatter.ts';
import { serializeMdx } from './serialize.ts';
import { dumpYaml } from './yaml.ts';

export function writeMdx(policy: PolicyRecord, blocks: readonly Block[]): string {
  // Parsing puts keys in schema order and refuses to write a record the site would
  // reject; the old stamp, if any, goes.
  const { generated: _old, ...data } = policyFrontmatter.parse(policy);
  // The body is serialized once: its text is both hashed into the stamp and written.
  const body = serializeMdx(bodyToMdast(blocks));
  const generated: GeneratedStamp = { by: 'luoshi', hash: contentHash(data, body) };
  const frontmatter: Root = { type: 'root', children: [{ type: 'yaml', value: dumpYaml({ ...data, generated }).replace(/\n$/, '') } satisfies Yaml] };
  // Flow blocks are separated by a blank line, the frontmatter included.
  return body.trim() ? `${serializeMdx(frontmatter)}\n${body}` : serializeMdx(frontmatter);
}
