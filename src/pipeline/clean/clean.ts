// Web boilerplate out, page splits mended, the page header set aside for metadata.
// Nothing is dropped silently: every removed line is listed with its reason.
import type { CleanText } from '../../schema/document.ts';
import type { Removal } from '../../schema/record.ts';
import { HEADER_RULES, LINE_RULES, TAIL_RULES, type BoilerplateRule } from './boilerplate-rules.ts';
import { mendPageSplits } from './page-splits.ts';
import { undoPdfLayout } from './pdf-layout.ts';
import { splitLongLines } from './split-long-lines.ts';

const ruleFor = (rules: BoilerplateRule[], line: string) => rules.find((r) => r.test.test(line));

/** Table borders that pages leave at line ends: "…通知 |". */
function stripBorders(line: string, removed: Removal[]): string {
  const m = /^(.*?\S)\s*[|｜]+\s*$/.exec(line);
  if (!m || m[1].length === 0) return line;
  removed.push({ reason: 'stray table border', text: line.slice(m[1].length).trim() });
  return m[1];
}

export function clean(text: string): CleanText {
  const removed: Removal[] = [];
  const raw = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    // Control characters carry no text and cannot be written into MDX.
    .map((l) =>
      l
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .replace(/[\u00a0\u200b\ufeff]/g, ' ')
        .trim(),
    )
    .filter((l) => l !== '')
    .map((l) => stripBorders(l, removed));

  const mended = mendPageSplits(raw);
  removed.push(...mended.removed);
  const unpaged = undoPdfLayout(mended.lines);
  removed.push(...unpaged.removed);
  const lines = splitLongLines(unpaged.lines);

  const header: string[] = [];
  const body: string[] = [];
  let inTail = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (inTail) {
      removed.push({ reason: 'page footer', text: line });
      continue;
    }
    const head = ruleFor(HEADER_RULES, line);
    if (head && body.length < 3) {
      header.push(line);
      removed.push({ reason: head.reason, text: line });
      continue;
    }
    if (body.length > 0 && ruleFor(TAIL_RULES, line)) {
      inTail = true;
      removed.push({ reason: 'page footer', text: line });
      continue;
    }
    const rule = ruleFor(LINE_RULES, line);
    if (rule) {
      removed.push({ reason: rule.reason, text: line });
      continue;
    }
    // A page's own headline stands above its metadata lines (来源, 时间 …).
    if (body.length === 0 && header.length === 0 && isHeadline(lines, i)) {
      header.push(line);
      removed.push({ reason: 'page headline (the policy keeps its own title)', text: line });
      continue;
    }
    body.push(line);
  }
  return { lines: body, header, removed };
}

function isHeadline(lines: string[], i: number): boolean {
  return lines.slice(i + 1, i + 4).some((l) => ruleFor(HEADER_RULES, l));
}
