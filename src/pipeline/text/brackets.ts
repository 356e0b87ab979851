// Which offsets of a text stand inside brackets or quotes. Only pairs that close
// count: one stray “ must not swallow the rest of a paragraph.

const PAIRS: Record<string, string> = { '《': '》', '“': '”', '「': '」', '(': ')', '（': '）', '〈': '〉', '‘': '’' };

/** inside[i] is true when offset i lies within a closed pair of the given openers. */
export function insideBrackets(text: string, openers = '《“「(（〈'): boolean[] {
  const inside = new Array<boolean>(text.length).fill(false);
  const stack: Array<{ at: number; close: string }> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (openers.includes(c)) {
      stack.push({ at: i, close: PAIRS[c] });
      continue;
    }
    if (stack.length === 0) continue;
    const top = stack.findLastIndex((s) => s.close === c);
    if (top < 0) continue;
    const open = stack[top];
    stack.length = top;
    for (let k = open.at; k <= i; k++) inside[k] = true;
  }
  return inside;
}
