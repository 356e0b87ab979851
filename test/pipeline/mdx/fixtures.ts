// A hand-built record for the 镇康 plan (content/sources/zhenkang-education-2023-2025.txt),
// shared by the MDX and corrections tests.
import type { Block } from '../../../src/schema/document.ts';
import { record, type PolicyRecord, type Target } from '../../../src/schema/record.ts';

export const preschoolSentence = '到2025年,全县学前教育三年毛入园率达95%以上,公办幼儿园占比保持在70%以上,学前教育实现普及普惠。';
export const compulsorySentence = '到2025年,全县70%以上义务教育学校要达到优质均衡标准。';
export const highSchoolSentence =
  '到2025年,高考本科上线率达65%以上,一本上线率达23%以上,600分以上人数保持在全市前列,培养“名学生”300名以上,高中阶段毛入学率达95.5%以上。';

const targetDefaults = {
  indicatorId: null,
  recurring: null,
  change: null,
  baseYear: null,
  modality: 'binding',
  optional: false,
} as const;

export const preschoolEnrolment: Target = {
  id: 't-3f9a1c2e',
  kind: 'quantity',
  text: preschoolSentence,
  phrase: '全县学前教育三年毛入园率达95%以上',
  indicator: '学前教育三年毛入园率',
  value: 95,
  unit: '%',
  comparator: '>=',
  deadline: '2025',
  responsible: ['县教育体育局'],
  section: 's3-2-1',
  ...targetDefaults,
};

export const publicKindergartens: Target = {
  id: 't-7b20d4e1',
  kind: 'quantity',
  text: preschoolSentence,
  phrase: '公办幼儿园占比保持在70%以上',
  indicator: '公办幼儿园占比',
  value: 70,
  unit: '%',
  comparator: '>=',
  deadline: '2025',
  responsible: ['县教育体育局'],
  section: 's3-2-1',
  ...targetDefaults,
};

export const balancedSchools: Target = {
  id: 't-c41e88a0',
  kind: 'quantity',
  text: compulsorySentence,
  phrase: '全县70%以上义务教育学校要达到优质均衡标准',
  indicator: '达到优质均衡标准的义务教育学校占比',
  value: 70,
  unit: '%',
  comparator: '>=',
  deadline: '2025',
  responsible: ['县教育体育局'],
  section: 's3-3-2',
  ...targetDefaults,
};

export const highSchoolEnrolment: Target = {
  id: 't-0d5b6f93',
  kind: 'quantity',
  text: highSchoolSentence,
  phrase: '高中阶段毛入学率达95.5%以上',
  indicator: '高中阶段毛入学率',
  value: 95.5,
  unit: '%',
  comparator: '>=',
  deadline: '2025',
  responsible: ['县教育体育局', '县一中'],
  section: 's3-4-3',
  ...targetDefaults,
};

export const zhenkang: PolicyRecord = record.parse({
  slug: 'zhenkang-education-2023-2025',
  meta: {
    title: '镇康县教育高质量发展三年行动计划实施方案(2023—2025年)',
    issuers: ['中共镇康县委办公室', '镇康县人民政府办公室'],
    date: '2023-11-07',
    docNumber: null,
    region: '云南省临沧市镇康县',
    validity: null,
    indexNumber: null,
    planPeriod: { start: 2023, end: 2025 },
    attachments: ['镇康县领导干部挂钩联系学校名单', '镇康县教育高质量发展三年行动目标任务分解表', '镇康县教育高质量发展三年行动建设项目清单'],
    sourceUrl: null,
    sector: '教育',
  },
  source: {
    file: 'content/sources/zhenkang-education-2023-2025.txt',
    format: 'text',
    encoding: 'utf-8',
    sha256: '9b4e2f0c1d7a6e5b3c2a1f0e9d8c7b6a5f4e3d2c1b0a99887766554433221100',
  },
  sections: [
    { id: 's3', number: '三、', title: '重点任务', level: 1, parent: null },
    { id: 's3-2', number: '(二)', title: '抓实学前教育普及普惠工作', level: 2, parent: 's3' },
    { id: 's3-2-1', number: '1.', title: '扩大学前教育学位供给', level: 3, parent: 's3-2' },
    { id: 's3-3', number: '(三)', title: '抓实义务教育优质均衡工作', level: 2, parent: 's3' },
    { id: 's3-3-2', number: '2.', title: '加快校际均衡发展', level: 3, parent: 's3-3' },
    { id: 's3-4', number: '(四)', title: '抓实普通高中扩容提质工作', level: 2, parent: 's3' },
    { id: 's3-4-3', number: '3.', title: '提升高中教育质量', level: 3, parent: 's3-4' },
  ],
  targets: [preschoolEnrolment, publicKindergartens, balancedSchools, highSchoolEnrolment],
  units: [
    { name: '县教育体育局', aliases: ['县教体局', '镇康县教育体育局'], level: 'county', region: '镇康县', optional: false },
    { name: '县一中', aliases: ['镇康县第一中学'], level: 'county', region: '镇康县', optional: true },
  ],
  references: [
    { title: '云南省教育高质量发展三年行动计划(2023—2025年)', docNumber: '云办发〔2023〕7号', policy: null },
    { title: '临沧市教育高质量发展三年行动计划实施方案(2023—2025年)', docNumber: '临办发〔2023〕5号', policy: null },
  ],
  removed: [{ reason: 'site chrome', text: '来源: 作者: 时间:2023-11-07 点击率:【 打印 】【 关闭 】 |' }],
  warnings: ['附件 1–3 are listed but not part of the text'],
});

/** The body around those targets, as the block builder would hand it over. */
export const zhenkangBlocks: Block[] = [
  { kind: 'heading', section: 's3', level: 1, segments: [{ text: '三、重点任务', targets: [] }] },
  { kind: 'heading', section: 's3-2', level: 2, segments: [{ text: '(二)抓实学前教育普及普惠工作', targets: [] }] },
  { kind: 'heading', section: 's3-2-1', level: 3, segments: [{ text: '1.扩大学前教育学位供给。', targets: [] }] },
  {
    kind: 'paragraph',
    section: 's3-2-1',
    segments: [
      { text: '实施学前教育普及普惠项目,新增农村幼儿学位1080个,实现乡(镇)集镇至少有1所独立公办幼儿园,所有行政村幼儿园实现全覆盖。', targets: [] },
      { text: preschoolSentence, targets: [preschoolEnrolment.id, publicKindergartens.id] },
    ],
  },
  { kind: 'heading', section: 's3-3-2', level: 3, segments: [{ text: '2.加快校际均衡发展。', targets: [] }] },
  // A paragraph that is one whole target sentence.
  { kind: 'paragraph', section: 's3-3-2', segments: [{ text: compulsorySentence, targets: [balancedSchools.id] }] },
  { kind: 'heading', section: 's3-4-3', level: 3, segments: [{ text: '3.提升高中教育质量。', targets: [] }] },
  {
    kind: 'paragraph',
    section: 's3-4-3',
    segments: [
      { text: '全面落实《镇康县高考教学质量激励实施意见》,确保高考成绩逐年提升。', targets: [] },
      { text: highSchoolSentence, targets: [highSchoolEnrolment.id] },
    ],
  },
];
