// Read a generated file the way the site build does: Astro's frontmatter parser, then
// Sätteri (the engine of @astrojs/mdx 8) with Astro's default features, smart
// punctuation included.
import { parseFrontmatter as astroParseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { evaluate, mdxToJs, mdxToMdast, type MdastNode } from 'satteri';
import type { Segment } from '../../../src/schema/document.ts';

const features = { gfm: true, smartPunctuation: true } as const;

/** Frontmatter as Astro reads it, and the module @astrojs/mdx would compile (throws on any MDX error). */
export function compileLikeAstro(source: string): { frontmatter: Record<string, unknown>; code: string } {
  const { frontmatter, content } = astroParseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  const { code } = mdxToJs(content, { features, jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
  return { frontmatter, code };
}

export interface RecoveredBlock {
  /** `heading:2` or `paragraph`; anything else means the text turned into syntax. */
  kind: string;
  anchor?: string;
  segments: Segment[];
}

/** Parse the output back and read each block's text and <Target> ids. */
export function recoverBlocks(source: string): RecoveredBlock[] {
  const { content } = astroParseFrontmatter(source, { frontmatter: 'remove' });
  const root = mdxToMdast(content, { features, position: false });
  return children(root).map(recoverBlock);
}

function recoverBlock(node: MdastNode): RecoveredBlock {
  const kind = node.type === 'heading' ? `heading:${String(field(node, 'depth'))}` : node.type;
  const inner = children(node);
  // A paragraph written as <p>…</p> so that MDX keeps it a paragraph.
  if (node.type === 'mdxJsxFlowElement' && field(node, 'name') === 'p') return { kind: 'paragraph', segments: segmentsOf(inner) };
  const first = inner[0];
  if (kind.startsWith('heading') && first && field(first, 'name') === 'Anchor') {
    return { kind, anchor: attribute(first, 'id') as string, segments: segmentsOf(inner.slice(1)) };
  }
  return { kind, segments: segmentsOf(inner) };
}

function segmentsOf(nodes: MdastNode[]): Segment[] {
  return nodes.map((node): Segment => {
    if (node.type === 'text' || isAutolink(node)) return { text: textOf(node), targets: [] };
    if (node.type === 'mdxJsxTextElement' && field(node, 'name') === 'Target') {
      return { text: children(node).map(textOf).join(''), targets: attribute(node, 'ids') as string[] };
    }
    // Anything else (emphasis, a link, a tag…) is text that became syntax.
    return { text: `«${node.type}:${textOf(node)}»`, targets: [] };
  });
}

function textOf(node: MdastNode): string {
  if (node.type === 'text') return String(field(node, 'value'));
  const inner = children(node).map(textOf).join('');
  return isAutolink(node) ? inner : `«${node.type}:${inner}»`;
}

/**
 * GFM links bare URLs, `www.` names and e-mail addresses found in text, escaped or
 * not; the text stays the same, so for reading the page they are text.
 */
function isAutolink(node: MdastNode): boolean {
  if (node.type !== 'link') return false;
  const text = children(node).map(textOf).join('');
  const url = String(field(node, 'url'));
  return [text, `http://${text}`, `mailto:${text}`].includes(url);
}

/** A string attribute, or the value of a JSON expression attribute. */
function attribute(node: MdastNode, name: string): unknown {
  const attributes = field(node, 'attributes');
  if (!Array.isArray(attributes)) return undefined;
  for (const a of attributes as Array<{ name?: string; value?: unknown }>) {
    if (a.name !== name) continue;
    if (typeof a.value === 'string') return a.value;
    if (a.value && typeof a.value === 'object' && 'value' in a.value) return JSON.parse(String(a.value.value));
  }
  return undefined;
}

function children(node: MdastNode): MdastNode[] {
  const value = field(node, 'children');
  return Array.isArray(value) ? (value as MdastNode[]) : [];
}

function field(node: MdastNode, name: string): unknown {
  return (node as unknown as Record<string, unknown>)[name];
}

/**
 * Run the compiled module with a stub JSX runtime and print the element tree as
 * HTML, components by name: what the page will be made of.
 */
export function renderLikeAstro(source: string): string {
  const { content } = astroParseFrontmatter(source, { frontmatter: 'remove' });
  const Fragment = Symbol('Fragment');
  const jsx = (type: unknown, props: unknown): Element => ({ type, props: props as Props });
  const module = evaluate(content, { features, Fragment, jsx, jsxs: jsx }) as { default: (props: object) => unknown };
  const Target = (): null => null;
  const Anchor = (): null => null;
  return html(module.default({ components: { Target, Anchor } }), Fragment);
}

interface Props {
  children?: unknown;
  [name: string]: unknown;
}
interface Element {
  type: unknown;
  props: Props;
}

function html(node: unknown, fragment: symbol): string {
  if (node === null || node === undefined || node === false) return '';
  if (typeof node === 'string') return node.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  if (Array.isArray(node)) return node.map((child) => html(child, fragment)).join('');
  const { type, props } = node as Element;
  const inner = html(props.children, fragment);
  if (type === fragment) return inner;
  const name = typeof type === 'function' ? type.name : String(type);
  const attributes = Object.entries(props)
    .filter(([key]) => key !== 'children')
    .map(([key, value]) => ` ${key}='${JSON.stringify(value)}'`)
    .join('');
  return `<${name}${attributes}>${inner}</${name}>`;
}
