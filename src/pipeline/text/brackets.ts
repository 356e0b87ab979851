// Which offsets of a text stand inside brackets or quotes. Only pairs that close
// count: one stray “ must not swallow the rest of a paragraph.

const PAIRS: Record<string, string> = { '《': '》', '“': '”', '「': '」', '(': ')', '（': '）', '〈': '〉', '‘': '’' };
const CLOSE_OF = new Map(Object.entries(PAIRS).map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)]));
const CLOSERS = new Set(CLOSE_OF.values());
const openerSets = new Map<string, Set<number>>();

/** inside[i] is true when offset i lies within a closed pair of the given openers. */
export function insideBrackets(text: string, openers = '《“「(（〈'): boolean[] {
  let opens = openerSets.get(openers);
  if (!opens) openerSets.set(openers, (opens = new Set([...openers].map((c) => c.charCodeAt(0)))));
  const inside = new Array<boolean>(text.length).fill(false);
  const stack: Array<{ at: number; close: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (opens.has(c)) {
      stack.push({ at: i, close: CLOSE_OF.get(c)! });
      continue;
    }
    // Most characters close nothing.
    if (stack.length === 0 || !CLOSERS.has(c)) continue;
    const top = stack.findLastIndex((s) => s.close === c);
    if (top < 0) continue;
    const open = stack[top];
    stack.length = top;
    for (let k = open.at; k <= i; k++) inside[k] = true;
  }
  return inside;
}
