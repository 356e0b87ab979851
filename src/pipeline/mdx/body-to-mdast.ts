// The policy body as an mdast tree: headings carry a stable <Anchor>, and text that
// states a target is wrapped in <Target ids={[…]}> so the site can link the two.
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttributeValueExpression, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Block, Segment } from '../../schema/document.ts';
import { jsonExpression } from './estree.ts';

export function bodyToMdast(blocks: readonly Block[]): Root {
  return { type: 'root', children: blocks.flatMap(blockToMdast) };
}

function blockToMdast(block: Block): RootContent[] {
  const phrasing = block.segments.flatMap(segmentToPhrasing);
  if (block.kind === 'heading') {
    const heading: Heading = {
      type: 'heading',
      // Level 1 sections sit under the page title, the site's only h1.
      depth: Math.min(block.level + 1, 6) as Heading['depth'],
      children: [anchor(block.section), ...phrasing],
    };
    return [heading];
  }
  // A paragraph with nothing to read would vanish from the markdown or show as a gap.
  if (block.segments.every((segment) => segment.text.trim() === '')) return [];
  const paragraph: Paragraph = { type: 'paragraph', children: onlyElements(phrasing) ? [htmlParagraph(phrasing)] : phrasing };
  return [paragraph];
}

/** True when the paragraph has no text of its own, only <Target>s (and white space between them). */
function onlyElements(phrasing: readonly PhrasingContent[]): boolean {
  return phrasing.every((node) => node.type !== 'text' || node.value.trim() === '');
}

// MDX reads a line made only of tags as block-level JSX: a paragraph that is one
// whole target sentence would lose its <p> and its inter-tag white space. Written
// as `<p><Target …>…</Target></p>` on one line it compiles to exactly that markup.
function htmlParagraph(children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'p', attributes: [], children };
}

function segmentToPhrasing(segment: Segment): PhrasingContent[] {
  // Nothing to show: an empty <Target></Target> would only add markup.
  if (segment.text === '') return [];
  const text: PhrasingContent = { type: 'text', value: segment.text };
  return segment.targets.length === 0 ? [text] : [target(segment.targets, text)];
}

function anchor(id: string): MdxJsxTextElement {
  // JSX attribute strings have no escapes (an `&` or a line break would not survive):
  // an id other than letters, digits, `-` and `_` goes in as a JSON expression.
  const value = /^[\w-]+$/.test(id) ? id : expressionValue(id);
  return { type: 'mdxJsxTextElement', name: 'Anchor', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value }], children: [] };
}

function target(ids: readonly string[], text: PhrasingContent): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'Target',
    attributes: [{ type: 'mdxJsxAttribute', name: 'ids', value: expressionValue(ids) }],
    children: [text],
  };
}

function expressionValue(json: string | readonly string[]): MdxJsxAttributeValueExpression {
  const { value, estree } = jsonExpression(json);
  return { type: 'mdxJsxAttributeValueExpression', value, data: { estree } };
}
