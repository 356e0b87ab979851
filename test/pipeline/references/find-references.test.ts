import { describe, expect, it } from 'vitest';
import { findReferences } from '../../../src/pipeline/references/find-references.ts';
import { clean } from '../../../src/pipeline/clean/clean.ts';
import { real, sample } from '../support.ts';

describe('findReferences', () => {
  it('cited titles with the 发文字号 printed after them (镇康)', () => {
    const line = real('zhenkang-education-2023-2025', '为全面贯彻落实《中共云南省委办公厅 云南省人民政府办公厅关于印发〈云南省教育高质量发展三年行动计划(2023—2025年)〉的通知》(云办发〔2023〕7号)和《中共临沧市委办公室 临沧市人民政府办公室关于印发〈临沧市教育高质量发展三年行动计划实施方案(2023—2025年)〉的通知》(临办发〔2023〕5号)精神');
    expect(findReferences([line], '镇康县教育高质量发展三年行动计划实施方案(2023—2025年)')).toEqual([
      { title: '中共云南省委办公厅 云南省人民政府办公厅关于印发《云南省教育高质量发展三年行动计划(2023—2025年)》的通知', docNumber: '云办发〔2023〕7号', policy: null },
      { title: '中共临沧市委办公室 临沧市人民政府办公室关于印发《临沧市教育高质量发展三年行动计划实施方案(2023—2025年)》的通知', docNumber: '临办发〔2023〕5号', policy: null },
    ]);
  });

  it('every reference of the 川汇 plan, each once', () => {
    const refs = findReferences(clean(sample('chuanhui-compulsory-balance-2019')).lines, '川汇区进一步推进创建义务教育发展基本均衡县实施方案');
    expect(refs.map((r) => r.docNumber)).toEqual(['豫政办〔2012〕131号', '豫教基〔2012〕199号', '豫政办〔2017〕129号', null, null, '豫政〔2014〕54号']);
    expect(refs[4]).toEqual({ title: '河南省普通中小学管理基本规范', docNumber: null, policy: null });
  });

  it('the policy\'s own title is not a reference', () => {
    expect(findReferences(['《镇康县教育高质量发展三年行动计划实施方案(2023—2025年)》已经县委、县政府同意'], '镇康县教育高质量发展三年行动计划实施方案(2023—2025年)')).toEqual([]);
  });

  it('a 发文字号 in other brackets, or with spaces, is normalised', () => {
    expect(findReferences(['根据《某某实施意见》（南政发[2024]3号）'], '')).toEqual([{ title: '某某实施意见', docNumber: '南政发〔2024〕3号', policy: null }]);
    expect(findReferences(['根据《某某实施意见》（黔府办发〔２０２４〕１２号）'], '')).toEqual([{ title: '某某实施意见', docNumber: '黔府办发〔2024〕12号', policy: null }]);
  });

  it('a title with a full-width bracket keeps it as printed', () => {
    expect(findReferences(['落实《健康中国行动（2019—2030年）》'], '')).toEqual([{ title: '健康中国行动（2019—2030年）', docNumber: null, policy: null }]);
  });

  it('survives hostile input', () => {
    expect(findReferences([], 'x')).toEqual([]);
    expect(findReferences(['', '。，；', '《', '》', '《未闭合的标题', '《一》', '“《引号》'], 'x')).toEqual([]);
    expect(findReferences(['《'.repeat(5000) + '》'.repeat(5000)], 'x')).toEqual([]);
  });
});
