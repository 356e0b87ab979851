// The parts of a document and what they do, on headings and text of real work
// reports, plans and outlines (snippets of the kinds in ../shared/corpus-real).
import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../../src/pipeline/structure/build-structure.ts';
import { realCorpus } from '../support.ts';

const roles = (lines: string[]) => buildStructure(lines).sections.map((s) => `${s.number}${s.title} ${s.role}`);

describe('section roles', () => {
  it('a work report: the review and all its parts, then the year’s tasks', () => {
    expect(
      roles([
        '一、2023年工作回顾',
        '2023年是全面贯彻党的二十大精神的开局之年。',
        '（一）坚持产业立市',
        '完成地区生产总值904.92亿元，增长6.3%。',
        '二、2024年重点工作',
        '（一）着力落实“双集中”',
        '三、加强政府自身建设',
      ]),
    ).toEqual([
      '一、2023年工作回顾 review',
      '（一）坚持产业立市 review',
      '二、2024年重点工作 tasks',
      '（一）着力落实“双集中” tasks',
      '三、加强政府自身建设 body',
    ]);
  });

  it('a work report whose year ahead is named by its year: 切实抓好2007年的各项工作', () => {
    const report = '09-city-yuxi-government-work-report-2007.txt';
    expect(
      roles([
        realCorpus(report, '一、2006年工作的回顾'),
        '全市生产总值完成了413亿元，比上年增长9.5%。',
        realCorpus(report, '二、坚持科学发展，切实抓好2007年的各项工作'),
        realCorpus(report, '（一）大力发展现代农业，稳步推进社会主义新农村建设'),
        '三、加强自身建设',
      ]),
    ).toEqual([
      '一、2006年工作的回顾 review',
      '二、坚持科学发展，切实抓好2007年的各项工作 tasks',
      '（一）大力发展现代农业，稳步推进社会主义新农村建设 tasks',
      '三、加强自身建设 body',
    ]);
  });

  it('a work report copy without numbers: its bare part headings open sections', () => {
    expect(
      roles([
        '各位代表：',
        '2008年工作回顾',
        '2008年是大事多、喜事多的一年。',
        '２００９年工作总体要求和奋斗目标',
        '今年是新中国成立６０周年。',
        '２００９年主要工作任务',
        '一、坚定不移抓引领',
      ]),
    ).toEqual(['2008年工作回顾 review', '２００９年工作总体要求和奋斗目标 goals', '２００９年主要工作任务 tasks', '一、坚定不移抓引领 tasks']);
  });

  it('a plan: background and situation are review, then goals, tasks and safeguards', () => {
    expect(
      roles(['一、“十三五”发展回顾', '二、“十四五”发展环境', '三、“十四五”总体思路', '（三）发展目标', '四、“十四五”主要任务', '五、保障机制', '一、实施背景']),
    ).toEqual([
      '一、“十三五”发展回顾 review',
      '二、“十四五”发展环境 review',
      '三、“十四五”总体思路 body',
      '（三）发展目标 goals',
      '四、“十四五”主要任务 tasks',
      '五、保障机制 safeguards',
      '一、实施背景 review',
    ]);
  });

  it('a part whose heading says nothing is a review when its text reports results', () => {
    const text = '“十三五”期间，全市累计建成公园120座，圆满完成规划目标，获批国家森林城市，空气质量优良率比上年提高2个百分点，顺利完成旧区改造。';
    expect(roles(['1.1 “五个中心”建设', text, '1.2 面向未来', '到2025年，力争建成一批示范项目，加快推进改革。'])).toEqual([
      '1.1“五个中心”建设 review',
      '1.2面向未来 body',
    ]);
  });

  it('an annex that explains indicators holds definitions', () => {
    expect(roles(['一、发展目标', '附录', '《纲要》有关指标及名词解释'])).toContain('一、发展目标 goals');
    expect(buildStructure(['十、名词解释', '1.独角兽企业：估值超过10亿美元。']).sections.map((s) => s.role)).toEqual(['annex', 'annex']);
  });
});
