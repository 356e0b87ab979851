// ESTree for the JSON expressions passed to MDX components as attributes. The
// serializer only prints `value`, but tools that compile an mdast tree directly
// (remark-mdx, @mdx-js/mdx) read the expression from `data.estree`.
import type { Program } from 'estree-jsx';

/** `["a","b"]` as source text and as an ESTree program holding that one expression. */
export function stringArrayExpression(items: readonly string[]): { value: string; estree: Program } {
  return {
    value: JSON.stringify(items),
    estree: {
      type: 'Program',
      sourceType: 'module',
      comments: [],
      body: [
        {
          type: 'ExpressionStatement',
          expression: {
            type: 'ArrayExpression',
            elements: items.map((item) => ({ type: 'Literal', value: item, raw: JSON.stringify(item) })),
          },
        },
      ],
    },
  };
}
