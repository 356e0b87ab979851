// mdast → MDX text. Never build MDX by concatenating strings: the serializer knows
// which characters would turn text into syntax and escapes them.
import type { Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';

const textUnsafe: Unsafe[] = [
  // A paragraph starting with `import ` or `export ` would be read as ESM.
  { atBreak: true, character: 'i', after: 'mport\\b' },
  { atBreak: true, character: 'e', after: 'xport\\b' },
  // One line per block: a line break inside text is written as `&#xA;`, so no line
  // of a paragraph can start with something that reads as syntax (a tag, `- `…).
  { character: '\n', inConstruct: 'phrasing' },
  { character: '\r', inConstruct: 'phrasing' },
  // White space at the edge of a heading or paragraph is written as `&#x9;`/`&#x20;`
  // after escaping is done; a backslash before it would then escape the `&`.
  { character: '\\', after: '[\\t ]', inConstruct: 'phrasing' },
  // Astro turns on smart punctuation by default: escaped, quotes and dashes stay as
  // the policy printed them.
  { character: '"', inConstruct: 'phrasing' },
  { character: "'", inConstruct: 'phrasing' },
  { character: '-', after: '-', inConstruct: 'phrasing' },
  { character: '-', before: '-', inConstruct: 'phrasing' },
  { character: '.', after: '\\.', inConstruct: 'phrasing' },
  { character: '.', before: '\\.', inConstruct: 'phrasing' },
];

// Made once: the serializer compiles each unsafe pattern on first use and keeps it on the pattern.
const extensions = [mdxToMarkdown(), gfmToMarkdown(), frontmatterToMarkdown(['yaml']), { unsafe: textUnsafe }];

export function serializeMdx(tree: Root): string {
  return toMarkdown(tree, { extensions });
}
