// The labelled fields of a page header or an archive export: the gov.cn metadata table
// (索 引 号： … 发文机关： … 成文日期： …), 北大法宝's 【发文字号】 boxes and the front
// matter of archive exports (标题: … 文号: …). Labels are printed with spaces inside
// (标  题) and several fields share a line; each field's value runs to the next label.

export type FieldName = 'title' | 'issuer' | 'docNumber' | 'written' | 'published' | 'effective' | 'index' | 'validity' | 'topic';

const LABELS: Array<[FieldName, string[]]> = [
  ['title', ['标题', '文件名称', '名称']],
  ['issuer', ['发文机关', '发文单位', '发布单位', '发布机关', '发布部门', '制定机关', '发文部门']],
  ['docNumber', ['发文字号', '文号']],
  ['written', ['成文日期', '发文日期', '印发日期', '签发日期', '成文时间']],
  ['published', ['发布日期', '发布时间', '公布日期', '公开日期', '时间', '日期']],
  ['effective', ['实施日期', '施行日期', '生效日期']],
  ['index', ['索引号']],
  ['validity', ['效力状态', '时效性', '有效性', '状态']],
  ['topic', ['主题分类', '主题词', '分类', '层级', '类型', '效力级别', '体裁分类', '公开方式', '官方链接', '法宝引证码']],
];

/** A label as printed: any white space between its characters (索 引 号, 标  题). */
const spaced = (label: string) => [...label].join('[\\s\\u3000]*');
const ALL = LABELS.flatMap(([field, labels]) => labels.map((label) => ({ field, label }))).sort((a, b) => b.label.length - a.label.length);
const LABEL = new RegExp(
  `(?:【\\s*(${ALL.map((l) => spaced(l.label)).join('|')})\\s*】\\s*[:：]?|(?<![\\p{Script=Han}])(${ALL.map((l) => spaced(l.label)).join('|')})[\\s\\u3000]*[:：])`,
  'gu',
);

const fieldOf = (printed: string): FieldName | null => {
  const bare = printed.replace(/[\s\u3000]/g, '');
  return ALL.find((l) => l.label === bare)?.field ?? null;
};

/** A line that holds at least one labelled field, for the cleaning rules. */
export const LABELLED_FIELD = new RegExp(LABEL.source, 'u');

/** The labelled fields of `lines`, first value of each field kept. */
export function labelledFields(lines: readonly string[]): Partial<Record<FieldName, string>> {
  const fields: Partial<Record<FieldName, string>> = {};
  for (const line of lines) {
    const labels = [...line.matchAll(LABEL)];
    labels.forEach((m, i) => {
      const field = fieldOf(m[1] ?? m[2]);
      const end = labels[i + 1]?.index ?? line.length;
      const value = line.slice(m.index + m[0].length, end).trim();
      if (field && value && fields[field] === undefined) fields[field] = value;
    });
  }
  return fields;
}
