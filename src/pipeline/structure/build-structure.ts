// The section tree and the body blocks of a cleaned policy text.
import type { Section } from '../../schema/record.ts';
import type { Block } from '../../schema/document.ts';
import { fold } from '../text/fold.ts';
import { numberingAt, type NumberingStyle } from './numbering.ts';
import { segmentLine } from './segment-lines.ts';
import { splitTitle } from './heading-title.ts';

export interface Structure {
  sections: Section[];
  /** Blocks with one plain segment each; targets are marked later. */
  blocks: Block[];
}

/** Unnumbered headings some plans use: 主要目标, 重点任务. */
const BARE_HEADING = /^(主要目标|总体目标|工作目标|发展目标|重点任务|主要任务|工作任务|保障措施|组织保障|实施步骤|工作要求|指导思想|基本原则|总体要求)$/;
const ATTACHMENTS = /^附\s*件\s*[:：\d]/;

export function buildStructure(lines: string[]): Structure {
  const sections: Section[] = [];
  const blocks: Block[] = [];
  // The open sections, outermost first, with the numbering style of each level.
  const stack: Array<{ style: NumberingStyle | 'bare'; section: Section; count: number }> = [];
  const topCount = { n: 0 };
  let inAttachments = false;

  const current = () => (stack.length ? stack[stack.length - 1].section.id : null);
  const paragraph = (text: string) => {
    if (text.trim()) blocks.push({ kind: 'paragraph', section: current(), segments: [{ text: text.trim(), targets: [] }] });
  };

  const open = (style: NumberingStyle | 'bare', number: string, title: string, headingText: string, rest = '') => {
    let at = stack.findIndex((s) => s.style === style);
    if (style === 'bare') at = 0;
    if (at >= 0) stack.length = at;
    const parent = stack.length ? stack[stack.length - 1] : null;
    const ordinal = parent ? ++parent.count : ++topCount.n;
    const id = parent ? `${parent.section.id}-${ordinal}` : `s${ordinal}`;
    const section: Section = { id, number, title: displayTitle(title, rest, headingText), level: stack.length + 1, parent: parent?.section.id ?? null, role: 'body' };
    sections.push(section);
    stack.push({ style, section, count: 0 });
    blocks.push({ kind: 'heading', section: id, level: section.level, segments: [{ text: headingText.trim(), targets: [] }] });
  };

  for (const line of lines) {
    const view = fold(line);
    if (ATTACHMENTS.test(view)) inAttachments = true;
    if (inAttachments) {
      paragraph(line);
      continue;
    }
    if (BARE_HEADING.test(view.replace(/\s/g, ''))) {
      open('bare', '', line.trim(), line);
      continue;
    }
    for (const part of segmentLine(line)) {
      const numbering = numberingAt(part);
      if (!numbering) {
        paragraph(part);
        continue;
      }
      const content = part.slice(numbering.marker.length);
      const [title, rest] = splitTitle(content);
      open(numbering.style, numbering.marker.trim(), title, numbering.marker + title, rest);
      paragraph(rest);
    }
  }
  return { sections, blocks };
}

const TOC_TITLE = 24;

/** A title for the table of contents, even when the item has no short heading. */
function displayTitle(title: string, rest: string, headingText: string): string {
  const t = title.replace(/[。；;]$/, '').trim();
  if (t) return t;
  const clause = rest.trim().split(/[，,。；;]/)[0] ?? '';
  if (!clause) return headingText.trim();
  return clause.length > TOC_TITLE ? `${clause.slice(0, TOC_TITLE)}…` : clause;
}
