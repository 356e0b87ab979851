import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { indicatorCatalogue } from '../../src/data/indicators-schema.ts';
import { linkIndicator } from '../../src/data/link-indicator.ts';
import { REPO } from './helpers.ts';

const catalogue = indicatorCatalogue.parse(load(readFileSync(join(REPO, 'data', 'indicators.yaml'), 'utf8')));

function link(text: string, phrase: string, unit: string | null = '%', indicator: string | null = null): string | null {
  return linkIndicator({ text, phrase, unit, indicator }, catalogue);
}

// Sentences as they stand in content/sources/*.txt; phrases are the gold anchors.
const ZHENKANG_GAOKAO = '到2025年,高考本科上线率达65%以上,一本上线率达23%以上,600分以上人数保持在全市前列,培养“名学生”300名以上,高中阶段毛入学率达95.5%以上。';
const ZHENKANG_PRESCHOOL = '到2025年,全县学前教育三年毛入园率达95%以上,公办幼儿园占比保持在70%以上,学前教育实现普及普惠。';
const DEZHOU =
  '到 2025 年,县中整体办学水平显著提升,市域内县中和市属高中协调发展机制基本健全,统筹普通高中教育和中等职业教育发展,保持全市高中阶段教育毛入学率达到 95%以上。';
const ENSHI = '2023年底前,全州30%以上的义务教育学校纳入教联体建设,每个县市至少建设3个示范性教联体,总结推广一批教联体建设经验模式。';

describe('linkIndicator on real target sentences', () => {
  it.each([
    // 德州: the generic 毛入学率 is upper-secondary because the clause says 高中阶段教育
    [DEZHOU, '毛入学率达到 95%以上。', 'upper-secondary-gross-enrolment'],
    // 德州's headline, with the line break inside the phrase as the source has it
    ['保持全市高中阶段教育\n\n  毛入学率达到95%以上', '毛入学率达到95%以上', 'upper-secondary-gross-enrolment'],
    // 镇康: one sentence, four figures: each phrase finds its own indicator
    [ZHENKANG_GAOKAO, '高考本科上线率达65%以上', 'gaokao-undergraduate-pass-rate'],
    [ZHENKANG_GAOKAO, '一本上线率达23%以上', 'gaokao-tier1-pass-rate'],
    [ZHENKANG_GAOKAO, '高中阶段毛入学率达95.5%以上', 'upper-secondary-gross-enrolment'],
    [ZHENKANG_GAOKAO, '毛入学率达95.5%以上', 'upper-secondary-gross-enrolment'],
    // 三年毛入园率 is preschool gross enrolment
    [ZHENKANG_PRESCHOOL, '三年毛入园率达95%以上', 'preschool-gross-enrolment'],
    ['到2025年,九年义务教育巩固率达99.5%以上。', '九年义务教育巩固率达99.5%以上', 'compulsory-retention'],
    ['全面开展国家学生体质健康监测,促进学生体质健康优良率逐年提升,儿童青少年总体近视率控制在60%以内。', '总体近视率控制在60%以内', 'myopia-rate'],
    ['到2025年,全县适龄残疾儿童少年入学率不低于98%。', '适龄残疾儿童少年入学率不低于98%', 'disabled-children-enrolment'],
    ['到2025年,职业学校“双师型”教师比例达60%以上。', '“双师型”教师比例达60%以上', 'dual-qualified-teachers-share'],
    ['到2025年,职业学校毕业生就业率达96%以上。', '毕业生就业率达96%以上', 'vocational-graduate-employment'],
    // the phrase lacks 农村; the clause has it: rural, not all compulsory-stage teachers
    ['持续推进教师学历提升工程,到2025年农村义务教育学校专任教师本科以上学历比例达90%以上。', '本科以上学历比例达90%以上', 'rural-compulsory-teachers-bachelor'],
    [
      '加快学前教育更加普及普惠,30%以上义务教育学校达到优质均衡标准,普通高中教学质量稳步提升,职业教育产教融合深入推进。',
      '30%以上义务教育学校达到优质均衡',
      'compulsory-high-quality-balanced-share',
    ],
    ['到2025年,全县70%以上义务教育学校要达到优质均衡标准。', '全县70%以上义务教育学校要达到优质均衡标准', 'compulsory-high-quality-balanced-share'],
    ['20%以上基础教育学校建成数字校园。', '20%以上基础教育学校建成数字校园', 'digital-campus-share'],
    ['平安校园创建率达到100%。', '平安校园创建率达到100%', 'safe-campus-rate'],
    [ENSHI, '全州30%以上的义务教育学校纳入教联体建设', 'education-alliance-coverage'],
  ])('%s | %s', (text, phrase, id) => {
    expect(link(text, phrase)).toBe(id);
  });

  it.each([
    // not catalogued: must not borrow a neighbour's indicator from the same sentence
    [ZHENKANG_PRESCHOOL, '公办幼儿园占比保持在70%以上', '%'],
    ['完善指标生管理政策,公办普通高中学校指标分配比例不低于 60%,各县(市、区)教育行政主管部门要加强源头治理与过程监管。', '指标分配比例不低于 60%', '%'],
    // a unit that is not the indicator's
    [ZHENKANG_GAOKAO, '培养“名学生”300名以上', '名'],
    [ENSHI, '每个县市至少建设3个示范性教联体', '个'],
    // a generic term without context
    ['毛入学率达到95%以上', '毛入学率达到95%以上', '%'],
  ])('no link: %s | %s', (text, phrase, unit) => {
    expect(link(text, phrase, unit)).toBeNull();
  });
});

describe('linkIndicator rules', () => {
  const BOTH = '到2025年,高中阶段毛入学率达到92%,高等教育毛入学率达到60%。'; // constructed

  it('never takes 高中阶段毛入学率 for 高等教育毛入学率 (or the reverse)', () => {
    expect(link(BOTH, '高中阶段毛入学率达到92%')).toBe('upper-secondary-gross-enrolment');
    expect(link(BOTH, '高等教育毛入学率达到60%')).toBe('higher-education-gross-enrolment');
    expect(link(BOTH, '毛入学率达到60%')).toBe('higher-education-gross-enrolment');
    expect(link(BOTH, '毛入学率达到92%')).toBe('upper-secondary-gross-enrolment');
  });

  it('resolves a generic term by the nearest context word before it in the sentence', () => {
    expect(link('高中阶段教育:毛入学率达到92%', '毛入学率达到92%')).toBe('upper-secondary-gross-enrolment');
    expect(link('高中阶段教育普及,高等教育:毛入学率达到60%', '毛入学率达到60%')).toBe('higher-education-gross-enrolment');
    expect(link('职业教育:毕业生就业率达96%以上', '毕业生就业率达96%以上')).toBe('vocational-graduate-employment');
    // context in a previous sentence does not count
    expect(link('发展高中阶段教育。毛入学率达到92%', '毛入学率达到92%')).toBeNull();
  });

  it("prefers the extractor's indicator name", () => {
    expect(link('……达到95.5%以上', '达到95.5%以上', '%', '高中阶段毛入学率')).toBe('upper-secondary-gross-enrolment');
    expect(link(DEZHOU, '毛入学率达到 95%以上', '%', '毛入学率')).toBe('upper-secondary-gross-enrolment');
  });

  it('requires a compatible unit', () => {
    expect(link(DEZHOU, '毛入学率达到 95%以上', null)).toBeNull();
    expect(link(DEZHOU, '毛入学率达到 95%以上', '所')).toBeNull();
    expect(link('毛入园率达95％以上', '毛入园率达95％以上', '％')).toBe('preschool-gross-enrolment');
    expect(link('学前教育毛入园率提高5个百分点', '学前教育毛入园率提高5个百分点', '个百分点')).toBe('preschool-gross-enrolment');
  });

  it('uses the text alone only when it names a single indicator', () => {
    expect(link('到2025年,九年义务教育巩固率达99.5%以上。', '巩固率达到99.5%', '%')).toBe('compulsory-retention');
    expect(link(ZHENKANG_GAOKAO, 'something else', '%')).toBeNull();
  });
});
