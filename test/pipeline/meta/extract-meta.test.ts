import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/pipeline/clean/clean.ts';
import { extractMeta } from '../../../src/pipeline/meta/extract-meta.ts';
import { guessSector } from '../../../src/pipeline/meta/sector.ts';
import { extract, sample, type SampleName } from '../support.ts';

const national = new Set(['国务院', '国务院办公厅', '教育部']);
const metaOf = (text: string, fallbackTitle: string | null = null) =>
  extractMeta({ clean: clean(text), fallbackTitle, sourceUrl: null, isNationalBody: (name) => national.has(name) });
const sampleMeta = (name: SampleName) => metaOf(sample(name));

describe("extractMeta on the sample plans (GUIDELINE: the policy's own name, issuers, signing date, 发文字号, region)", () => {
  it("镇康: the title is the plan's own name, not the 通知 headline; two issuers above the date", () => {
    expect(sampleMeta('zhenkang-education-2023-2025')).toMatchObject({
      title: '镇康县教育高质量发展三年行动计划实施方案(2023—2025年)',
      issuers: ['中共镇康县委办公室', '镇康县人民政府办公室'],
      date: '2023-11-07',
      docNumber: null,
      region: '镇康县',
      planPeriod: { start: 2023, end: 2025 },
      attachments: ['镇康县领导干部挂钩联系学校名单', '镇康县教育高质量发展三年行动目标任务分解表', '镇康县教育高质量发展三年行动建设项目清单'],
      sector: '教育',
    });
  });

  it('恩施: 发文字号, 索引号 and 效力状态 from the metadata table; the region is the prefecture', () => {
    expect(sampleMeta('enshi-county-alliance-2022-2025')).toMatchObject({
      title: '恩施州推动县域教联体建设 提升教育基本公共服务水平实施方案(2022—2025年)',
      issuers: ['恩施州教育局'],
      date: '2023-08-16',
      docNumber: '恩施州教发〔2023〕3号',
      region: '恩施州',
      validity: '有效',
      indexNumber: '011459992/2023-26079',
      planPeriod: { start: 2022, end: 2025 },
    });
  });

  it('川汇: a title broken over two lines is joined; the region is the district', () => {
    expect(sampleMeta('chuanhui-compulsory-balance-2019')).toMatchObject({
      title: '川汇区进一步推进创建义务教育发展基本均衡县实施方案',
      issuers: ['周口市川汇区人民政府办公室'],
      date: '2019-03-20',
      docNumber: null,
      region: '川汇区',
      planPeriod: null,
    });
  });

  it('德州: a news report of a plan: its title from 《…》, its issuer from 联合发布, the period from “十四五”', () => {
    expect(sampleMeta('dezhou-county-high-school-2023')).toMatchObject({
      title: '“十四五”县域普通高中发展提升行动计划重点任务及分工方案',
      issuers: ['德州市教育和体育局'],
      date: '2023-04-24',
      region: '德州市',
      planPeriod: { start: 2021, end: 2025 },
    });
  });

  it('a document-sharing copy: the title from its first line, no issuer or date, the link as source', () => {
    const { record } = extract(sample('basic-education-action-plan'));
    expect(record.meta).toMatchObject({
      title: '推动基础教育高质量发展行动方案',
      issuers: [],
      date: null,
      docNumber: null,
      sourceUrl: 'https://www.31ppt.com/p-5625613.html',
    });
    expect(record.warnings).toContain('no issue date was found');
  });
});

describe('extractMeta on variants', () => {
  const wrapper = [
    '贵州省人民政府办公厅关于印发贵州省推进基本养老服务体系建设实施方案（２０２４—２０２６年）的通知',
    '黔府办发〔２０２４〕１２号',
    '各市、自治州人民政府，各县（市、区、特区）人民政府：',
    '《贵州省推进基本养老服务体系建设实施方案（２０２４—２０２６年）》已经省人民政府同意，现印发给你们，请认真抓好贯彻落实。',
    '贵州省人民政府办公厅',
    '二〇二四年三月十五日',
    '贵州省推进基本养老服务体系建设实施方案（２０２４—２０２６年）',
    '一、总体要求',
  ].join('\n');

  it('full-width digits and a date in Chinese numerals', () => {
    expect(metaOf(wrapper)).toMatchObject({
      title: '贵州省推进基本养老服务体系建设实施方案（２０２４—２０２６年）',
      issuers: ['贵州省人民政府办公厅'],
      date: '2024-03-15',
      docNumber: '黔府办发〔2024〕12号',
      region: '贵州省',
      planPeriod: { start: 2024, end: 2026 },
      sector: '卫生健康',
    });
  });

  it('traditional characters: title and issuers as printed, the region from the issuers', () => {
    const text = [
      '肇慶市教育局　肇慶市發展和改革局',
      '關於印發《肇慶市基礎教育擴優提質三年行動方案（2024—2026年）》的通知',
      '2024年4月19日',
      '肇慶市基礎教育擴優提質三年行動方案（2024—2026年）',
    ].join('\n');
    const meta = metaOf(text);
    expect(meta.title).toBe('肇慶市基礎教育擴優提質三年行動方案（2024—2026年）');
    expect(meta.planPeriod).toEqual({ start: 2024, end: 2026 });
    expect(meta.date).toBe('2024-04-19');
  });

  it('the fallback title (a page title or file name) is used only when the text has none', () => {
    expect(metaOf('到2025年，毛入学率达到95%以上。', '某县教育发展规划.docx').title).toBe('某县教育发展规划');
    expect(metaOf('到2025年，毛入学率达到95%以上。', '某县人民政府关于印发某县教育发展规划的通知').title).toBe('某县教育发展规划');
  });

  it('survives hostile input: no text gives a placeholder title and nothing else', () => {
    expect(metaOf('')).toMatchObject({
      title: '未命名文件',
      issuers: [],
      date: null,
      docNumber: null,
      region: null,
      planPeriod: null,
      attachments: [],
      sector: null,
    });
    // A line of stray marks is cleaned away (and recorded), so nothing is left to name the file.
    expect(metaOf('。，；').title).toBe('未命名文件');
    expect(metaOf('无标点'.repeat(3400)).title).toHaveLength(60);
    expect(metaOf('import x from "y"\n{}<>').title).toBe('import x from "y"');
  });
});

describe('guessSector', () => {
  it('from the title first, then the body', () => {
    expect(guessSector('江西省生态环境保护规划', [])).toBe('生态环境');
    expect(guessSector('某市行动方案', ['孕产妇死亡率控制在10/10万以下，医疗机构'])).toBe('卫生健康');
    expect(guessSector(null, [])).toBeNull();
  });
});
