// Public API of the MDX writer and reader.
export { writeMdx } from './write-mdx.ts';
export { readMdx, readPolicyMdx, splitMdx } from './read-mdx.ts';
export { fingerprint, isHandEdited } from './fingerprint.ts';
export { dumpFrontmatter, generatedStamp, parseFrontmatter, policyFrontmatter } from './frontmatter.ts';
export type { GeneratedStamp, PolicyFrontmatter } from './frontmatter.ts';
export { dumpYaml, loadYaml, parseYamlWith } from './yaml.ts';
