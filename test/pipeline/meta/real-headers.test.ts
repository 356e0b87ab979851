// Metadata as real pages and exports print it: the gov.cn metadata table, 北大法宝
// exports, archive front matter, work reports without a title, outlines approved
// by a congress. The snippets are cut from ../shared/corpus-real (same kinds of text).
import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/pipeline/clean/clean.ts';
import { extractMeta } from '../../../src/pipeline/meta/extract-meta.ts';
import { labelledFields } from '../../../src/pipeline/meta/labelled-fields.ts';
import { markdownToText } from '../../../src/pipeline/markdown/markdown-to-text.ts';
import { lookUp } from '../../../src/pipeline/units/directory.ts';
import { realCorpus, unitDirectory } from '../support.ts';

const directory = unitDirectory();
const metaOf = (text: string) =>
  extractMeta({ clean: clean(text), fallbackTitle: null, sourceUrl: null, isNationalBody: (name) => lookUp(directory, name, true)?.level === 'national' });

describe('labelledFields', () => {
  it('reads the gov.cn table with spaced labels and two fields a line', () => {
    expect(
      labelledFields([
        '索 引 号： 000014349/2019-00001 主题分类： 卫生、体育\\医药管理',
        '发文机关： 国务院办公厅 成文日期： 2019年01月01日',
        '标　　题： 国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知',
        '发文字号： 国办发〔2019〕2号 发布日期： 2019年01月17日',
      ]),
    ).toEqual({
      index: '000014349/2019-00001',
      topic: '卫生、体育\\医药管理',
      issuer: '国务院办公厅',
      written: '2019年01月01日',
      title: '国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知',
      docNumber: '国办发〔2019〕2号',
      published: '2019年01月17日',
    });
  });

  it('reads 【】 boxes and leaves a label without a value out', () => {
    expect(labelledFields(['【发文字号】皖政办秘〔2021〕82号', '【发布部门】安徽省人民政府办公厅', '主 题 词：'])).toEqual({
      docNumber: '皖政办秘〔2021〕82号',
      issuer: '安徽省人民政府办公厅',
    });
  });

  it('does not read a label inside a word of running text', () => {
    expect(labelledFields(['要根据项目名称：分类建立台账'])).toEqual({});
  });
});

describe('markdownToText on an archive export', () => {
  const md = [
    '---',
    '标题: 上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知',
    '文号: 沪崇府办发〔2021〕20号',
    '发布日期: 2021-09-09',
    '官方链接: https://www.shanghai.gov.cn/zhengce/detail?businessId=3be98d42',
    '---',
    '',
    '> 本文正文由脚本自上海市官方公开页面提取，仅供检索查阅；以[官方链接](https://www.shanghai.gov.cn/x)发布版本为准。',
    '',
    '# 上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知',
    '',
    '1. 第一项',
  ].join('\n');

  it('turns the front matter into labelled lines, keeps dates as written and list numbers as printed', () => {
    const { text, sourceUrl } = markdownToText(md);
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '标题：上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知',
      '文号：沪崇府办发〔2021〕20号',
      '发布日期：2021-09-09',
    ]);
    expect(lines).toContain('上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知');
    expect(lines).toContain('1. 第一项');
    expect(text).not.toMatch(/\]\(|^#|^>/m);
    expect(sourceUrl).toBe('https://www.shanghai.gov.cn/zhengce/detail?businessId=3be98d42');
  });

  it('the archive notice is cleaned away and the fields reach the record', () => {
    const meta = metaOf(
      `${markdownToText(md).text}\n《2021年崇明区城市体检工作方案》已经区政府同意，现印发给你们，请认真按照执行。\n2021年9月9日\n一、工作内容`,
    );
    expect(meta).toMatchObject({ title: '2021年崇明区城市体检工作方案', date: '2021-09-09', docNumber: '沪崇府办发〔2021〕20号', region: '崇明区' });
    expect(clean(markdownToText(md).text).removed.map((r) => r.reason)).toContain('archive notice (the copy is for reference, the official page prevails)');
  });

  it('a block that is not YAML stays text', () => {
    expect(markdownToText('---\n: [\n---\n正文').text).toContain('正文');
  });
});

describe('extractMeta on real headers', () => {
  it('gov.cn: the plan a 通知 issues is the title even with （以下简称《方案》）; a national issuer governs 全国', () => {
    const meta = metaOf(
      [
        '索 引 号： 000014349/2019-00001 主题分类： 卫生、体育\\医药管理',
        '发文机关： 国务院办公厅 成文日期： 2019年01月01日',
        '标　　题： 国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知',
        '发文字号： 国办发〔2019〕2号 发布日期： 2019年01月17日',
        '国务院办公厅关于印发国家组织药品',
        '集中采购和使用试点方案的通知',
        '国办发〔2019〕2号',
        '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
        '《国家组织药品集中采购和使用试点方案》（以下简称《方案》）已经国务院同意，现印发给你们，请认真贯彻执行。',
        '国务院办公厅',
        '2019年1月1日',
        '（此件公开发布）',
        '国家组织药品集中采购和使用试点方案',
        '一、总体要求',
      ].join('\n'),
    );
    expect(meta).toMatchObject({
      title: '国家组织药品集中采购和使用试点方案',
      issuers: ['国务院办公厅'],
      date: '2019-01-01',
      docNumber: '国办发〔2019〕2号',
      region: '全国',
    });
  });

  it('gov.cn: a 批复 is titled by its 标题 field', () => {
    const meta = metaOf(
      [
        '发文机关： 国务院 成文日期： 2018年11月20日',
        '标　　题： 国务院关于同意建立国务院职业教育工作部际联席会议制度的批复',
        '发文字号： 国函〔2018〕144号 发布日期： 2018年11月27日',
        '国务院关于同意建立国务院职业教育工作',
        '部际联席会议制度的批复',
        '国函〔2018〕144号',
        '教育部：',
        '你部《关于提请调整完善职业教育工作部际联席会议制度的请示》（教职成〔2018〕8号）收悉。现批复如下：',
      ].join('\n'),
    );
    expect(meta).toMatchObject({ title: '国务院关于同意建立国务院职业教育工作部际联席会议制度的批复', date: '2018-11-20', region: '全国' });
  });

  it('北大法宝: the export header is set aside, the doubled title read once, the date from the signature at the end', () => {
    const meta = metaOf(
      [
        '      北大法宝【法宝引证码】 CLI.12.1497467',
        '原文链接：https://www.pkulaw.com/lar/c856bc0e798aa4829b03c7d80b849af9bdfb.html',
        '北京市昌平区人民政府办公室关于加强学校美育工作的实施意见',
        '北京市昌平区人民政府办公室关于加强学校美育工作的实施意见',
        '（昌政办发〔2018〕28号）',
        '各镇人民政府、街道办事处，区政府各委、办、局（公司）：',
        '一、总体要求',
        '（一）指导思想。全面贯彻党的教育方针。',
        '北京市昌平区人民政府办公室',
        '2018年11月8日',
      ].join('\n'),
    );
    expect(meta).toMatchObject({
      title: '北京市昌平区人民政府办公室关于加强学校美育工作的实施意见',
      issuers: ['北京市昌平区人民政府办公室'],
      date: '2018-11-08',
      docNumber: '昌政办发〔2018〕28号',
      region: '昌平区',
    });
  });

  it('a work report: its own name, the delivery date, the congress that places it, the government that reports', () => {
    const meta = metaOf(
      [
        '政府工作报告',
        '——2021年1月25日在贵州省第十三届人民代表大会第四次会议上',
        '代省长 李炳军',
        '各位代表：',
        '现在，我代表省人民政府向大会报告工作，请予审议。',
        '一、2020年和“十三五”工作回顾',
      ].join('\n'),
    );
    expect(meta).toMatchObject({ title: '政府工作报告', date: '2021-01-25', region: '贵州省', issuers: ['贵州省人民政府'] });
  });

  it('a work report copy that opens with 各位代表: a generic title, no date, the place it keeps naming at its own level', () => {
    const body = [
      '各位代表：',
      '现在，我代表市人民政府向大会报告工作，请予审议。',
      '一、2023年工作回顾',
      '我市经济运行稳健。全市上下团结奋斗，百万潜江人民共同努力。',
      '举办骑游湖北（潜江站），推进总干渠（潜江段）建设，潜江龙虾品牌更响。',
      '我市将继续努力，建设新潜江，推进汉江（潜江段）整治，全市人民共同奋斗。',
    ].join('\n');
    expect(metaOf(body)).toMatchObject({ title: '政府工作报告', date: null, region: '潜江市', issuers: ['潜江市人民政府'] });
  });

  it('an outline approved by a congress: a title broken before 和…纲要, the approval date from lines a PDF broke', () => {
    const meta = metaOf(
      [
        '上海市国民经济和社会发展第十四个五年规划',
        '和二〇三五年远景目标纲要',
        '2021 年 1 月 27 日上海市第十五届',
        '人民代表大会第五次会议批准目 录',
        '一、新阶段新起点',
      ].join('\n'),
    );
    expect(meta).toMatchObject({
      title: '上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      date: '2021-01-27',
      region: '上海市',
      issuers: ['上海市人民政府', '上海市人民代表大会'],
    });
    const national = metaOf(
      [
        '中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
        '（2021年3月11日第十三届全国人民代表大会第四次会议批准）',
        '第一篇 开启全面建设社会主义现代化国家新征程',
      ].join('\n'),
    );
    expect(national.issuers).toEqual(['国务院', '全国人民代表大会']);
  });

  it('a title that opens with its issuers names them when nothing else does: 中共上海市委、上海市人民政府关于…的意见', () => {
    const opinions = '21-provincial-shanghai-natural-disaster-prevention-opinions-2020.txt';
    const meta = metaOf(
      [
        realCorpus(opinions, '中共上海市委、上海市人民政府关于提高我市自然灾害防治能力的意见'),
        '',
        '为深入贯彻落实……，现就提高我市自然灾害防治能力提出如下意见。',
        '一、明确总体目标',
      ].join('\n'),
    );
    expect(meta.issuers).toEqual(['中共上海市委', '上海市人民政府']);
    expect(metaOf(['关于进一步加强学校体育工作的意见', '一、总体要求'].join('\n')).issuers).toEqual([]);
    expect(metaOf(['推进教育现代化关于若干问题的说明', '一、总体要求'].join('\n')).issuers).toEqual([]);
  });

  it('a notice that issues two documents keeps its own headline', () => {
    const meta = metaOf(
      [
        '南通市政府办公室印发《关于全面加强和改进中小学美育工作的实施意见》《关于强化中小学体育促进学生身心健康全面发展的实施意见》的通知',
        '（通政办发〔2018〕25号）',
        '各县（市）、区人民政府，市各部门、各直属单位：',
        '经市政府同意，现将《关于全面加强和改进中小学美育工作的实施意见》和《关于强化中小学体育促进学生身心健康全面发展的实施意见》印发给你们，请认真贯彻实施。',
        '南通市人民政府办公室',
        '2018年3月22日',
      ].join('\n'),
    );
    expect(meta.title).toBe('南通市政府办公室印发《关于全面加强和改进中小学美育工作的实施意见》《关于强化中小学体育促进学生身心健康全面发展的实施意见》的通知');
    expect(meta.region).toBe('南通市');
  });

  it('a document cited in the background section is not the title', () => {
    const meta = metaOf(
      ['为推进青岛市人工智能教育快速发展，制定本意见。', '一、实施背景', '2017年国家发布《国务院关于印发新一代人工智能发展规划的通知》。'].join('\n'),
    );
    expect(meta.title).not.toContain('新一代人工智能');
  });
});
