// The notes plans put after a task: （责任单位：市卫生健康委、市民政局）, （市人社局牵头，
// 市财政局配合）, 牵头单位：…；配合单位：…；完成时限：2024年6月底前. They assign the
// whole numbered item, so they win over what a sentence of the item says.
import type { PartialDate, Recurrence } from '../../schema/record.ts';
import { findDatePhrases } from '../dates/date-phrases.ts';
import { findRecurrences } from '../dates/recurrence.ts';
import { columnKind, fitness } from '../tables/column-kind.ts';

export interface ItemAnnotation {
  /** Where the annotation text is, so its names can be read as units. */
  unitText: string[];
  /** Undefined when the item states no time limit; null for 长期坚持/持续推进. */
  deadline?: PartialDate | null;
  recurring?: Recurrence | null;
}

/** A note's names run to its end; a name may hold brackets of its own: 各县（市、区）人民政府. */
const UNIT_LABEL =
  /(?:责任单位|牵头单位|配合单位|协办单位|责任部门|牵头部门|配合部门|主责单位|参与单位|实施主体|责任主体)\s*[:：]\s*((?:[^；;。（(）)\n]|[（(][^（(）)\n]*[）)])+)/g;
const LEAD_NOTE = /[(（]([^()（）]{2,80}?)(?:牵头|负责)(?:[，,、]([^()（）]{2,80}?)(?:配合|参与|按职责分工负责|协同))?[)）]/g;
const TIME_LABEL = /(?:完成时限|完成时间|时间节点|时限要求|办结时限|时间安排)\s*[:：]\s*([^；;。\n]+)/;

/** A bracket of names at the end of a sentence. */
const TRAILING_UNITS = /[(（]([^()（）:：]{2,80})[)）]\s*[。；;]?\s*$/;

/** 罗店镇：…, 市教育局：负责…: a body named before a colon is given what follows. */
const LEADING_UNIT = /^\s*([\p{Script=Han}（）()、]{2,24}?)\s*[:：]/u;

/** A body's name (罗店镇, 市教育局), not a column label (牵头部门, 责任单位). */
const isBodyName = (name: string) => fitness(name, 'unit') === 2 && columnKind(name) === 'text';

/** The annotation a (folded) sentence makes, or null when it is an ordinary sentence. */
export function readAnnotation(view: string): ItemAnnotation | null {
  const unitText: string[] = [];
  const leading = LEADING_UNIT.exec(view);
  if (leading && isBodyName(leading[1])) unitText.push(leading[1]);
  // （基教处、装备信息中心、教科院、各区市）closing a task: its offices, named without 负责.
  const trailing = TRAILING_UNITS.exec(view);
  // A single name in brackets after a name is part of it: 各街镇（园区）, 区委组织部（区公务员局）.
  if (
    trailing &&
    !/(负责|牵头|配合)/.test(trailing[1]) &&
    /[、，,]/.test(trailing[1]) &&
    trailing[1].split(/[、，,]/).every((name) => fitness(name.trim(), 'unit') === 2)
  )
    unitText.push(trailing[1]);
  for (const m of view.matchAll(UNIT_LABEL)) unitText.push(m[1]);
  for (const m of view.matchAll(LEAD_NOTE)) unitText.push(m[1], ...(m[2] ? [m[2]] : []));
  const time = TIME_LABEL.exec(view);
  if (!unitText.length && !time) return null;
  const annotation: ItemAnnotation = { unitText };
  if (time) {
    const date = findDatePhrases(time[1]).find((d) => d.role !== 'base');
    const recurrence = findRecurrences(time[1])[0]?.recurrence ?? null;
    annotation.deadline = recurrence ? null : (date?.value ?? null);
    annotation.recurring = recurrence;
  }
  return annotation;
}

/** True when the whole sentence is such a note, so it states no target of its own. */
export function isAnnotationOnly(view: string): boolean {
  const rest = view
    .replace(LEADING_UNIT, (m, name: string) => (isBodyName(name) ? '' : m))
    .replace(UNIT_LABEL, '')
    .replace(LEAD_NOTE, '')
    .replace(TIME_LABEL, '')
    .replace(/[\s；;。，,()（）]/g, '');
  return rest.length < 4;
}
