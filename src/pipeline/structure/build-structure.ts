// The section tree and the body blocks of a cleaned policy text.
import type { Section } from '../../schema/record.ts';
import type { Block } from '../../schema/document.ts';
import { fold } from '../text/fold.ts';
import { parseChineseNumeral } from '../numbers/chinese-numeral.ts';
import { numberingAt, type Numbering, type NumberingStyle } from './numbering.ts';
import { segmentLine } from './segment-lines.ts';
import { splitTitle } from './heading-title.ts';
import { assignRoles } from './section-roles.ts';
import { rebuildFlattenedTables } from '../tables/flattened-table.ts';

export interface Structure {
  sections: Section[];
  /** Blocks with one plain segment each; targets are marked later. */
  blocks: Block[];
}

/**
 * Unnumbered headings: 主要目标, 重点任务, and a work report's parts (2008年工作回顾,
 * ２００９年主要工作任务): a short line without sentence punctuation that ends with the
 * name of a part.
 */
const BARE_HEADING = /^(?:\d{4}\s*年)?[\p{Script=Han}“”"]{0,14}(目标|任务|措施|要求|思想|原则|保障|步骤|回顾|总结|思路|形势|成绩|成就|分工|安排)$/u;
const BARE_HEADING_MAX = 24;
const ATTACHMENTS = /^附\s*件\s*[:：\d]/;
/** Where an attachment itself starts: 附件1 or 附件： alone (its title on the next line), or 附件：《…》有关指标及名词解释. */
const ATTACHMENT_START = /^附\s*件\s*(\d{0,2})\s*[:：]?\s*(.{0,60})$/;
/** 附件：1.…名单 2.…分解表: the list of attachments at the end of the body. */
const ATTACHMENT_LIST = /^附\s*件\s*[:：]\s*\d+\s*[.、．]/;

export function buildStructure(lines: string[]): Structure {
  const sections: Section[] = [];
  const blocks: Block[] = [];
  // The open sections, outermost first, with the numbering style of each level.
  const stack: Array<{ style: NumberingStyle | 'bare' | 'row'; section: Section; count: number }> = [];
  const topCount = { n: 0 };
  let inAttachments = false;
  let skipTitle = false;

  const current = () => (stack.length ? stack[stack.length - 1].section.id : null);
  const paragraph = (text: string) => {
    if (text.trim()) blocks.push({ kind: 'paragraph', section: current(), segments: [{ text: text.trim(), targets: [] }] });
  };

  const open = (style: NumberingStyle | 'bare' | 'row', number: string, title: string, headingText: string, rest = '') => {
    let at = stack.findIndex((s) => s.style === style);
    if (style === 'bare') at = 0;
    if (at >= 0) stack.length = at;
    const parent = stack.length ? stack[stack.length - 1] : null;
    const ordinal = parent ? ++parent.count : ++topCount.n;
    const id = parent ? `${parent.section.id}-${ordinal}` : `s${ordinal}`;
    const section: Section = {
      id,
      number,
      title: displayTitle(title, rest, headingText),
      level: stack.length + 1,
      parent: parent?.section.id ?? null,
      role: 'body',
    };
    sections.push(section);
    stack.push({ style, section, count: 0 });
    blocks.push({ kind: 'heading', section: id, level: section.level, segments: [{ text: headingText.trim(), targets: [] }] });
  };

  // 2.3 and 2.3.1 belong to chapter 二: a number that does not is a figure at a line start (8.5 平方米).
  const continuesOutline = (numbering: Numbering): boolean => {
    if (!numbering.style.startsWith('decimal')) return true;
    const chapter = stack.find((s) => s.style === 'cn' || s.style === 'chapter');
    const first = Number(/^\d+/.exec(fold(numbering.marker))?.[0]);
    return chapter ? parseChineseNumeral(chapter.section.number.replace(/[第章、.\s]/g, '')) === first : true;
  };

  // Attachments are sections of their own (a1, a2 …) so that their role is known: a
  // task list carries targets, a glossary does not. Their inner numbering stays text.
  let attachments = 0;
  const openAttachment = (marker: string, title: string) => {
    const id = `a${++attachments}`;
    const section: Section = { id, number: marker, title, level: 1, parent: null, role: 'body' };
    sections.push(section);
    stack.length = 0;
    stack.push({ style: 'bare', section, count: 0 });
    blocks.push({ kind: 'heading', section: id, level: 1, segments: [{ text: `${marker}${title}`.trim(), targets: [] }] });
  };

  const tables = rebuildFlattenedTables(lines);
  for (const [i, line] of tables.lines.entries()) {
    const view = fold(line);
    // A row of a table by unit (罗店镇： / its targets) is an item of its own.
    if (tables.rowStarts.has(i)) {
      open('row', '', line.trim().replace(/[：:]$/, ''), line);
      continue;
    }
    if (ATTACHMENTS.test(view)) inAttachments = true;
    if (inAttachments) {
      const next = fold(tables.lines[i + 1] ?? '').trim();
      const list = ATTACHMENT_LIST.test(view.trim()) || (/^附\s*件\s*[:：]?$/.test(view.trim()) && /^1\s*[.、．]/.test(next));
      const start = list ? null : ATTACHMENT_START.exec(view.trim());
      if (start) {
        const titleOnNext = start[2].trim() === '';
        const marker = line
          .trim()
          .slice(0, line.trim().length - start[2].length)
          .trim();
        openAttachment(marker, titleOnNext ? (tables.lines[i + 1]?.trim() ?? '') : line.trim().slice(marker.length).trim());
        if (!titleOnNext) continue;
        skipTitle = true;
        continue;
      }
      if (skipTitle) {
        skipTitle = false;
        continue;
      }
      // Before the first attachment starts, 附件：1.…2.… is the list of them: text.
      if (!attachments) {
        paragraph(line);
        continue;
      }
    }
    const bare = view.replace(/\s/g, '');
    if (bare.length <= BARE_HEADING_MAX && BARE_HEADING.test(bare) && !/\S\s+\S/.test(line.trim()) && !numberingAt(line)) {
      open('bare', '', line.trim(), line);
      continue;
    }
    for (const part of segmentLine(line)) {
      const numbering = numberingAt(part);
      if (!numbering || !continuesOutline(numbering)) {
        paragraph(part);
        continue;
      }
      const content = part.slice(numbering.marker.length);
      const [title, rest] = splitTitle(content);
      open(numbering.style, numbering.marker.trim(), title, numbering.marker + title, rest);
      paragraph(rest);
    }
  }
  return { sections: assignRoles(sections, blocks), blocks };
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
