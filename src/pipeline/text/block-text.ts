// The text of a body block as printed: its segments joined.
import type { Block } from '../../schema/document.ts';

export function blockText(block: Block): string {
  return block.segments.map((s) => s.text).join('');
}
