// Tasks dated by their table rather than their own words: a row of a 分工 table whose
// 时间节点 says when (召开全区动员大会 … 时间节点：2019年3月), and the sentences of a
// year's cell in a task list (2025年计划：完成…。完成…。). Each concrete sentence is a
// milestone for that time; a cell that only keeps going (持续推进, 巩固提升) is optional.
import { fitness } from '../../tables/column-kind.ts';
import { milestoneTarget, type SentenceScope, type TargetKind } from './kind.ts';
import { blockText } from '../../text/block-text.ts';
import { BINDING_ASIDE } from '../find-quantities.ts';
import { COMPLETES } from '../find-milestone.ts';

/** 2024年工作项目：…, 2025年计划：…: a year's cell of a task list, as the table reader writes it. */
const YEAR_CELL = /^\s*(\d{4})\s*年[\p{Script=Han}]{0,6}[:：]/u;
const ONGOING = /^(持续|继续|不断|进一步|巩固|深化|推进|推动|优化|增强|完善|加强|做好|保持)/;
const MIN_WORDS = 4;
/** An item heading this short names its task: 1.压缩企业开办时间。 */
const TITLE_WORDS = 16;
const REMARK = /^\s*(注|备注|说明)\s*[:：]/;

/** 区绿化市容局、区民政局 区委宣传部（区文明办）: only the names of bodies. */
const isUnitList = (view: string) =>
  view
    .split(/[\s、，,]+/)
    .filter(Boolean)
    .every((part) => fitness(part, 'unit') === 2);

const words = (text: string) => text.replace(/[^\p{Script=Han}A-Za-z]/gu, '');

export const dueTaskKind: TargetKind = {
  name: 'due-task',
  prepare: (blocks) => (scope: SentenceScope) => {
    const { a, note, quantities, earlier } = scope;
    // 建立健全…志愿者队伍（原则上按500户配1名）: the figure of a binding aside is the aside's own.
    const asides = [...a.view.matchAll(BINDING_ASIDE)].map((m) => [m.index, m.index + m[0].length]);
    const own = (at: number) => !asides.some(([from, to]) => at >= from && at < to);
    // the quantities found before are these figures'; a milestone found before is the sentence's
    const measured = quantities.some((q) => own(q.start));
    if (earlier.some((e) => e.target.kind !== 'quantity') || a.undated || a.dates.some((d) => d.role !== 'base')) return { targets: [] };
    // An item's heading names its task (1.压缩企业开办时间); a remark (注：…) and a cell of unit names commit to nothing.
    const isTitle = scope.block.kind === 'heading' && (!/[。；;]\s*$/.test(a.view) || words(a.view).length <= TITLE_WORDS);
    if (isTitle || REMARK.test(a.view) || isUnitList(a.view)) return { targets: [] };
    const cell = YEAR_CELL.exec(blockText(blocks[a.block]));
    const deadline = cell ? cell[1] : note?.deadline;
    if (!deadline) return { targets: [] };
    // Beside the cell's figures, only a clause with none that completes something is a task of its
    // own (居住区…垃圾分类完成全覆盖，…将70%以上的源头实效分解至…).
    const clause = measured ? a.view.split(/[，,；;]/).find((c) => !/\d/.test(c) && COMPLETES.test(c) && words(c).length >= MIN_WORDS) : a.view;
    if (clause === undefined) return { targets: [] };
    const at = a.view.indexOf(clause);
    const text = a.sentence.text.slice(at, at + clause.length).replace(/[。；;]\s*$/, '');
    const content = words(clause.replace(YEAR_CELL, ''));
    if (content.length < MIN_WORDS) return { targets: [] };
    const ongoing = ONGOING.test(content);
    return { targets: [{ target: milestoneTarget(scope.id('milestone', text, deadline), a, text, deadline, null, ongoing), responsible: scope.assigned(0) }] };
  },
};
