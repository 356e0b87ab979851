// mdast → MDX text. Never build MDX by concatenating strings: the serializer knows
// which characters would turn text into syntax and escapes them.
import type { Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { defaultHandlers, toMarkdown, type Handle, type State, type Unsafe } from 'mdast-util-to-markdown';

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

/** A character some unsafe pattern of this serializer escapes, or a backslash (escaped before punctuation). */
const escapable = new WeakMap<State['unsafe'], RegExp>();

function escapableIn(state: State): RegExp {
  let re = escapable.get(state.unsafe);
  if (!re) {
    const characters = new Set([...state.unsafe.map((p) => p.character), '\\']);
    re = new RegExp(`[${[...characters].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`);
    escapable.set(state.unsafe, re);
  }
  return re;
}

/**
 * The serializer escapes only at a match of an unsafe pattern, which is at that
 * pattern's character: text with none of them (most Chinese text) is written as it
 * is, without scanning it once per pattern.
 */
const text: Handle = (node, parent, state, info) =>
  escapableIn(state).test(node.value) || state.stack.includes('autolink') ? defaultHandlers.text(node, parent, state, info) : node.value;

// Made once: the serializer compiles each unsafe pattern on first use and keeps it on the pattern.
export const extensions = [mdxToMarkdown(), gfmToMarkdown(), frontmatterToMarkdown(['yaml']), { unsafe: textUnsafe, handlers: { text } }];

export function serializeMdx(tree: Root): string {
  return toMarkdown(tree, { extensions });
}
