// ESTree for the JSON expressions passed to MDX components as attributes. The
// serializer only prints `value`, but tools that compile an mdast tree directly
// (remark-mdx, @mdx-js/mdx) read the expression from `data.estree`.
import type { Expression, Literal, Program } from 'estree-jsx';

/** `"a"` or `["a","b"]` as source text, and as an ESTree program holding that one expression. */
export function jsonExpression(value: string | readonly string[]): { value: string; estree: Program } {
  const expression: Expression = typeof value === 'string' ? literal(value) : { type: 'ArrayExpression', elements: value.map(literal) };
  return {
    value: JSON.stringify(value),
    estree: { type: 'Program', sourceType: 'module', comments: [], body: [{ type: 'ExpressionStatement', expression }] },
  };
}

function literal(value: string): Literal {
  return { type: 'Literal', value, raw: JSON.stringify(value) };
}
