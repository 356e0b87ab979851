import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/pipeline/clean/clean.ts';
import { buildStructure } from '../../../src/pipeline/structure/build-structure.ts';
import { numberingAt } from '../../../src/pipeline/structure/numbering.ts';
import { segmentLine } from '../../../src/pipeline/structure/segment-lines.ts';
import { splitTitle } from '../../../src/pipeline/structure/heading-title.ts';
import type { Section } from '../../../src/schema/record.ts';
import { sample, type SampleName } from '../support.ts';

const structureOf = (name: SampleName) => buildStructure(clean(sample(name)).lines);
const outline = (sections: Section[]) => sections.map((s) => `${s.id} ${s.number}${s.title}`);

describe('buildStructure on the sample plans', () => {
  it('gives the one-line 镇康 text its section tree', () => {
    const { sections } = structureOf('zhenkang-education-2023-2025');
    expect(sections.filter((s) => s.level === 1).map((s) => `${s.number}${s.title}`)).toEqual(['一、指导思想', '二、工作目标', '三、重点任务', '四、保障措施']);
    const tasks = sections.filter((s) => s.parent === 's3');
    expect(tasks).toHaveLength(11);
    expect(tasks[10]).toEqual({ id: 's3-11', number: '(十一)', title: '抓实尊师重教良好氛围营造工作', level: 2, parent: 's3', role: 'tasks' });
    expect(sections.filter((s) => s.parent === 's3-2').map((s) => s.title)).toEqual(['扩大学前教育学位供给', '扶持民办幼儿园', '整体提升幼儿保育质量']);
    expect(sections.find((s) => s.id === 's3-1-1')).toEqual({
      id: 's3-1-1',
      number: '1.',
      title: '加强党对教育工作的全面领导',
      level: 3,
      parent: 's3-1',
      role: 'tasks',
    });
    expect(sections.filter((s) => s.parent === 's4').map((s) => s.title)).toEqual(['加强组织领导', '落实资金保障', '强化考核监督']);
  });

  it('the attachment list of 镇康 is text, not sections', () => {
    const { sections, blocks } = structureOf('zhenkang-education-2023-2025');
    expect(sections.some((s) => s.title.includes('挂钩联系学校名单'))).toBe(false);
    const at = blocks.findIndex((b) => b.segments[0].text.startsWith('附件:'));
    expect(at).toBeGreaterThan(0);
    const attachments = blocks.slice(at);
    expect(attachments.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(attachments.map((b) => b.segments[0].text)).toEqual([
      '附件:1.镇康县领导干部挂钩联系学校名单',
      '2.镇康县教育高质量发展三年行动目标任务分解表',
      '3.镇康县教育高质量发展三年行动建设项目清单',
    ]);
  });

  it('cuts lines that ran several numbered items together (the document-sharing copy)', () => {
    const { sections } = structureOf('basic-education-action-plan');
    expect(outline(sections).slice(4, 7)).toEqual(['s3 三、工作措施', 's3-1 (一)压实县(区)主体责任', 's3-1-1 1.逐步理顺教育管理体制']);
    expect(sections.filter((s) => s.level === 1).map((s) => s.title)).toEqual(['总体要求', '行动目标', '工作措施']);
  });

  it('bare headings 主要目标 and 重点任务 open sections (德州)', () => {
    const { sections, blocks } = structureOf('dezhou-county-high-school-2023');
    expect(sections.filter((s) => s.level === 1)).toEqual([
      { id: 's1', number: '', title: '主要目标', level: 1, parent: null, role: 'goals' },
      { id: 's2', number: '', title: '重点任务', level: 1, parent: null, role: 'tasks' },
    ]);
    expect(sections.filter((s) => s.parent === 's2')).toHaveLength(8);
    // The news lead before the plan belongs to no section.
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', section: null });
  });

  it('a heading with a date in brackets keeps it in its title: (一)试点建设阶段(2022年12月底前)', () => {
    const { sections } = structureOf('enshi-county-alliance-2022-2025');
    expect(sections.find((s) => s.id === 's5-1')).toEqual({
      id: 's5-1',
      number: '(一)',
      title: '试点建设阶段(2022年12月底前)',
      level: 2,
      parent: 's5',
      role: 'tasks',
    });
  });

  it('loses no text: the blocks hold every line of the body', () => {
    for (const name of ['zhenkang-education-2023-2025', 'basic-education-action-plan', 'dezhou-county-high-school-2023'] as const) {
      const { lines } = clean(sample(name));
      const { blocks } = buildStructure(lines);
      const text = blocks.map((b) => b.segments.map((s) => s.text).join('')).join('');
      expect(text.replace(/\s/g, ''), name).toBe(lines.join('').replace(/\s/g, ''));
    }
  });
});

describe('buildStructure on other numbering styles', () => {
  it('第一章 / 第一条', () => {
    const { sections } = buildStructure([
      '第一章 总则',
      '第一条 为了规范管理，制定本办法。',
      '第二条 本办法适用于全市。',
      '第二章 目标任务',
      '第三条 到2025年，建成10所学校。',
    ]);
    expect(outline(sections)).toEqual(['s1 第一章总则', 's1-1 第一条为了规范管理', 's1-2 第二条本办法适用于全市', 's2 第二章目标任务', 's2-1 第三条到2025年']);
    expect(sections.map((s) => s.level)).toEqual([1, 2, 2, 1, 2]);
  });

  it('一、 (一) 1. （1） ① nest in the order they appear, and a sibling closes deeper levels', () => {
    const { sections } = buildStructure([
      '一、主要目标',
      '（一）学前教育',
      '1.扩大供给。新增学位990个。',
      '（1）城区。新建幼儿园3所。',
      '①第一项。',
      '②第二项。',
      '2.提升质量。',
      '二、保障措施',
    ]);
    expect(sections.map((s) => [s.id, s.number, s.level, s.parent])).toEqual([
      ['s1', '一、', 1, null],
      ['s1-1', '（一）', 2, 's1'],
      ['s1-1-1', '1.', 3, 's1-1'],
      ['s1-1-1-1', '（1）', 4, 's1-1-1'],
      ['s1-1-1-1-1', '①', 5, 's1-1-1-1'],
      ['s1-1-1-1-2', '②', 5, 's1-1-1-1'],
      ['s1-1-2', '2.', 3, 's1-1'],
      ['s2', '二、', 1, null],
    ]);
  });

  it('full-width numbering: （１） and １．', () => {
    const { sections } = buildStructure(['一、目标', '（１）第一项', '１．全角一', '２．全角二']);
    expect(sections.map((s) => [s.number, s.title, s.level])).toEqual([
      ['一、', '目标', 1],
      ['（１）', '第一项', 2],
      ['１．', '全角一', 3],
      ['２．', '全角二', 3],
    ]);
  });

  it('a long item without a short title shows its first clause in the table of contents', () => {
    const { sections, blocks } = buildStructure([
      '1.继续推进基于初中学业水平考试成绩、结合综合素质评价考试招生录取模式,着力构建规范有序和监督有力的招生机制。',
    ]);
    expect(sections[0].title).toBe('继续推进基于初中学业水平考试成绩、结合综合素质评…');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
  });

  it('numbers inside cited titles or quotes are not sections', () => {
    const { sections } = buildStructure(['一、目标', '落实《关于印发一、二、三的通知》要求。推行“1.0版”。']);
    expect(sections).toHaveLength(1);
  });

  it('survives hostile input', () => {
    expect(buildStructure([])).toEqual({ sections: [], blocks: [] });
    expect(buildStructure(['', '   ']).sections).toEqual([]);
    const long = '无'.repeat(10_000);
    expect(buildStructure([long]).blocks).toEqual([{ kind: 'paragraph', section: null, segments: [{ text: long, targets: [] }] }]);
    const weird = buildStructure(['import x from "y"', 'export const a = 1', '{}<>', '😀\u0000', '《未闭合 一、目标']);
    expect(weird.sections).toEqual([]);
    expect(weird.blocks.map((b) => b.segments[0].text)).toEqual(['import x from "y"', 'export const a = 1', '{}<>', '😀\u0000', '《未闭合 一、目标']);
  });
});

describe('numberingAt', () => {
  it('recognises each style, full-width forms included', () => {
    expect(numberingAt('第一章 总则')).toEqual({ style: 'chapter', marker: '第一章 ' });
    expect(numberingAt('第十二条 内容')).toEqual({ style: 'article', marker: '第十二条 ' });
    expect(numberingAt('三、重点任务')).toEqual({ style: 'cn', marker: '三、' });
    expect(numberingAt('(十一)抓实')).toEqual({ style: 'cn-paren', marker: '(十一)' });
    expect(numberingAt('（一）加强')).toEqual({ style: 'cn-paren', marker: '（一）' });
    expect(numberingAt('（1）城区')).toEqual({ style: 'arabic-paren', marker: '（1）' });
    expect(numberingAt('1 .加强')).toEqual({ style: 'arabic', marker: '1 .' });
    expect(numberingAt('①第一项')).toEqual({ style: 'circled', marker: '①' });
  });

  it('is null for text that only starts with a number', () => {
    expect(numberingAt('2023年重点建机制')).toBeNull();
    expect(numberingAt('1.5万人次')).toBeNull();
    expect(numberingAt('一体化办学')).toBeNull();
    expect(numberingAt('')).toBeNull();
  });
});

describe('segmentLine and splitTitle', () => {
  it('cuts a line at markers after a sentence end or a short heading', () => {
    expect(segmentLine('三、工作措施(一)压实县(区)主体责任1.逐步理顺教育管理体制。调整优化。2.建立机制。')).toEqual([
      '三、工作措施',
      '(一)压实县(区)主体责任',
      '1.逐步理顺教育管理体制。调整优化。',
      '2.建立机制。',
    ]);
    expect(segmentLine('达到1.5万人,其中2.理由不算')).toEqual(['达到1.5万人,其中2.理由不算']);
  });

  it('splits a title from the text after it', () => {
    expect(splitTitle('加强党对教育工作的全面领导。坚持党管教育。')).toEqual(['加强党对教育工作的全面领导。', '坚持党管教育。']);
    expect(splitTitle('指导思想')).toEqual(['指导思想', '']);
    expect(splitTitle('总体要求贯彻教育方针,落实立德树人根本任务,坚持问题导向、目标导向、结果导向,注重分类实施')).toEqual([
      '总体要求',
      '贯彻教育方针,落实立德树人根本任务,坚持问题导向、目标导向、结果导向,注重分类实施',
    ]);
  });
});
