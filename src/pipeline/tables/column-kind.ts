// What a table column holds, read from its label (牵头部门, 2025年目标值, 属性 …), and
// whether a cell looks like it belongs there. Tables flattened to one cell per line
// lose their columns; these kinds put the cells back.
import { fold } from '../text/fold.ts';

export type ColumnKind =
  /** 序号: the row's number. */
  | 'number'
  /** 牵头部门, 配合单位, 责任单位, 实施主体, and 街镇 in a per-town table: who does the row. */
  | 'unit'
  /** 时间节点, 完成时限: when the row is due. */
  | 'time'
  /** 2024年工作项目, 2025年计划: the row's work in that year. */
  | 'year'
  /** 2025年目标值, 目标值: an indicator's target. */
  | 'value'
  /** 单位, 指标单位: an indicator's measure (万平方米, %, 处). */
  | 'measure'
  /** 属性: 约束性 or 预期性. */
  | 'attribute'
  /** 任务, 任务内容, 指标名称, 类型 …: words. */
  | 'text';

const UNIT_LABEL = /(牵头|配合|责任|协办|参与|主责|实施)(单位|部门|主体)|^(责任主体|街镇|街镇、园区|地区|区县|县市区|单位名称)$/;
const TIME_LABEL = /(时间节点|完成时限|完成时间|时限|时间要求|进度安排)/;
const YEAR_LABEL = /^(到)?\s*\d{4}\s*年(底|末)?(工作项目|计划|任务|工作|目标任务)?$/;
const VALUE_LABEL = /(目标值|\d{4}\s*年目标|^\d{4}\s*年$|预期值)/;
const MEASURE_LABEL = /^(指标)?(计量)?单位$/;
const NUMBER_LABEL = /^(序号|编号|序)$/;
const ATTRIBUTE_LABEL = /^(指标)?属性$/;

export function columnKind(label: string): ColumnKind {
  const l = fold(label).replace(/\s+/g, '');
  if (NUMBER_LABEL.test(l)) return 'number';
  if (ATTRIBUTE_LABEL.test(l)) return 'attribute';
  if (MEASURE_LABEL.test(l)) return 'measure';
  if (UNIT_LABEL.test(l)) return 'unit';
  if (TIME_LABEL.test(l)) return 'time';
  if (YEAR_LABEL.test(l)) return 'year';
  if (VALUE_LABEL.test(l)) return 'value';
  return 'text';
}

/** Words a column label is made of: a header split over lines (牵头 / 部门) is put back together with them. */
export const LABEL_END = /^(部门|单位|主体|分类|时限|节点|名称|内容|方向|任务|类型|属性|序号|目标值?)$/;

/** A label of a keyed column: a table that has one is worth reading cell by cell. */
export const isKeyedLabel = (label: string) => columnKind(label) !== 'text' && columnKind(label) !== 'number';

const BODY_SUFFIX =
  /(处|室|科|局|委|办|部|厅|院|所|站|队|中心|公司|集团|单位|部门|政府|办事处|街道|镇|乡|园区|各区|区|县|市|机构|机关|协会|妇联|残联|侨联|文联|工商联|科协|工会|团委|红十字会|商会|学校|高校|医院|管委会|领导小组|联席会议成员单位|成员单位)(（[^（）]{1,20}）|\([^()]{1,20}\))?$/;
const DATE_LIKE = /(\d{4}\s*年|[一二三四1-4]\s*季度|上半年|下半年|年底|年内|长期|持续|常态化|每[年月季周])/;
const MEASURE_LIKE = /^(%|％|‰|—|-|[\p{Script=Han}]{1,5}(\/[\p{Script=Han}]{1,3})?)$/u;
const VALUE_LIKE = /^([<>≤≥]|约|\[)?\s*[\d.]+|^(基本|全面|全部|完成|实现|消除|确保)/;

/** How well a cell fits a column of a kind: 2 fits, 1 may fit, 0 does not. */
export function fitness(cell: string, kind: ColumnKind): number {
  const c = fold(cell).trim();
  switch (kind) {
    case 'number':
      return /^\d{1,3}$/.test(c) ? 2 : 0;
    case 'unit': {
      // A list of bodies can be long; each of its names ends as a body does, offices in brackets aside.
      const names = c.replace(/（[^（）]*）|\([^()]*\)/g, '');
      return !/[。；;]/.test(c) && [...names].length <= 80 && names.split(/[、，,]/).every((n) => BODY_SUFFIX.test(n.trim())) ? 2 : 0;
    }
    case 'time':
      return [...c].length <= 24 && DATE_LIKE.test(c) ? 2 : 0;
    case 'attribute':
      return /^(约束性|预期性)$/.test(c) ? 2 : 0;
    case 'measure':
      return MEASURE_LIKE.test(c) ? 2 : 0;
    case 'value':
      return [...c].length <= 20 && VALUE_LIKE.test(c) ? 2 : 0;
    case 'year':
      return [...c].length >= 4 ? 1 : 0;
    case 'text':
      return /^\d{1,3}$/.test(c) ? 0 : 1;
  }
}
