import { describe, expect, it } from 'vitest';
import { findReferences } from '../../../src/pipeline/references/find-references.ts';
import { clean } from '../../../src/pipeline/clean/clean.ts';
import { real, sample } from '../support.ts';

describe('findReferences', () => {
  it('cited titles with the 发文字号 printed after them (镇康)', () => {
    const line = real(
      'zhenkang-education-2023-2025',
      '为全面贯彻落实《中共云南省委办公厅 云南省人民政府办公厅关于印发〈云南省教育高质量发展三年行动计划(2023—2025年)〉的通知》(云办发〔2023〕7号)和《中共临沧市委办公室 临沧市人民政府办公室关于印发〈临沧市教育高质量发展三年行动计划实施方案(2023—2025年)〉的通知》(临办发〔2023〕5号)精神',
    );
    expect(findReferences([line], { title: '镇康县教育高质量发展三年行动计划实施方案(2023—2025年)', docNumber: null })).toEqual([
      {
        title: '中共云南省委办公厅 云南省人民政府办公厅关于印发《云南省教育高质量发展三年行动计划(2023—2025年)》的通知',
        docNumber: '云办发〔2023〕7号',
        policy: null,
      },
      {
        title: '中共临沧市委办公室 临沧市人民政府办公室关于印发《临沧市教育高质量发展三年行动计划实施方案(2023—2025年)》的通知',
        docNumber: '临办发〔2023〕5号',
        policy: null,
      },
    ]);
  });

  it('every reference of the 川汇 plan, each once', () => {
    const refs = findReferences(clean(sample('chuanhui-compulsory-balance-2019')).lines, {
      title: '川汇区进一步推进创建义务教育发展基本均衡县实施方案',
      docNumber: null,
    });
    expect(refs.map((r) => r.docNumber)).toEqual(['豫政办〔2012〕131号', '豫教基〔2012〕199号', '豫政办〔2017〕129号', null, null, '豫政〔2014〕54号']);
    expect(refs[4]).toEqual({ title: '河南省普通中小学管理基本规范', docNumber: null, policy: null });
  });

  it("the policy's own title is not a reference", () => {
    expect(
      findReferences(['《镇康县教育高质量发展三年行动计划实施方案(2023—2025年)》已经县委、县政府同意'], {
        title: '镇康县教育高质量发展三年行动计划实施方案(2023—2025年)',
        docNumber: null,
      }),
    ).toEqual([]);
  });

  it('a 发文字号 in other brackets, or with spaces, is normalised', () => {
    expect(findReferences(['根据《某某实施意见》（南政发[2024]3号）'], { title: '', docNumber: null })).toEqual([
      { title: '某某实施意见', docNumber: '南政发〔2024〕3号', policy: null },
    ]);
    expect(findReferences(['根据《某某实施意见》（黔府办发〔２０２４〕１２号）'], { title: '', docNumber: null })).toEqual([
      { title: '某某实施意见', docNumber: '黔府办发〔2024〕12号', policy: null },
    ]);
  });

  it('a title with a full-width bracket keeps it as printed', () => {
    expect(findReferences(['落实《健康中国行动（2019—2030年）》'], { title: '', docNumber: null })).toEqual([
      { title: '健康中国行动（2019—2030年）', docNumber: null, policy: null },
    ]);
  });

  it("an issuer's abbreviation starts after the verb that cites it (学习鄂教基〔2022〕7号文件)", () => {
    const line = real('enshi-county-alliance-2022-2025', '各县市教育局组织学校深入学习鄂教基〔2022〕7号文件精神');
    expect(findReferences([line], { title: 'x', docNumber: null })).toEqual([{ title: null, docNumber: '鄂教基〔2022〕7号', policy: null }]);
  });

  it("the policy's own title with another dash, and its own 发文字号, are not references", () => {
    expect(
      findReferences(['经州人民政府同意，现将《恩施州推动县域教联体建设 提升教育基本公共服务水平实施方案(2022-2025年)》印发给你们'], {
        title: '恩施州推动县域教联体建设 提升教育基本公共服务水平实施方案(2022—2025年)',
        docNumber: null,
      }),
    ).toEqual([]);
    expect(findReferences(['清江市教育局文件 清教发〔2024〕5号'], { title: 'x', docNumber: '清教发〔2024〕5号' })).toEqual([]);
  });

  it('survives hostile input', () => {
    expect(findReferences([], { title: 'x', docNumber: null })).toEqual([]);
    expect(findReferences(['', '。，；', '《', '》', '《未闭合的标题', '《一》', '“《引号》'], { title: 'x', docNumber: null })).toEqual([]);
    expect(findReferences(['《'.repeat(5000) + '》'.repeat(5000)], { title: 'x', docNumber: null })).toEqual([]);
  });
});
