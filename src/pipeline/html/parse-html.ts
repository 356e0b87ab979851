// Parses a page with parse5 (as cheerio does), refusing to nest elements deeper than
// a limit. parse5 walks its stack of open elements at many start tags, so its time
// grows with the number of elements times their depth: 100,000 nested <div>s took
// minutes, and unclosed formatting elements (<p><b id=1></p><p><b id=2></p>…) are
// reopened at every paragraph. With the depth bounded, parsing stays linear.
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, ParentNode } from 'domhandler';
import { adapter } from 'parse5-htmlparser2-tree-adapter';

export class NestingTooDeep extends Error {
  readonly limit: number;
  constructor(limit: number) {
    super(`elements nested more than ${limit} deep`);
    this.name = 'NestingTooDeep';
    this.limit = limit;
  }
}

export function parseHtml(html: string, maxDepth: number): CheerioAPI {
  // Depth of each element when it was inserted (a node moved later keeps its old
  // depth: close enough for a guard, and it needs no walk up the tree).
  const depth = new WeakMap<AnyNode, number>();
  const place = (parent: ParentNode, node: AnyNode) => {
    if (!('attribs' in node)) return;
    const d = (depth.get(parent) ?? 0) + 1;
    if (d > maxDepth) throw new NestingTooDeep(maxDepth);
    depth.set(node, d);
  };
  const treeAdapter: typeof adapter = {
    ...adapter,
    appendChild(parent, node) {
      place(parent, node);
      adapter.appendChild(parent, node);
    },
    insertBefore(parent, node, reference) {
      place(parent, node);
      adapter.insertBefore(parent, node, reference);
    },
  };
  return load(html, { treeAdapter });
}
