import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/pipeline/targets/find-quantities.ts';
import { fold } from '../../../src/pipeline/text/fold.ts';
import { real, realCorpus, realCorpusRead } from '../support.ts';

interface Figure {
  value: number;
  unit: string;
  comparator: string;
  change?: 'increase' | 'decrease' | null;
  text?: string;
}

/** The figures of a sentence as printed, with value, unit, comparator and change. */
function figures(sentence: string): Figure[] {
  return findQuantities(fold(sentence)).map((q) => ({
    value: q.value,
    unit: q.unit,
    comparator: q.comparator,
    change: q.change,
    text: sentence.slice(q.start, q.end),
  }));
}

const one = (sentence: string) => {
  const found = figures(sentence);
  expect(found, sentence).toHaveLength(1);
  return found[0];
};

describe('findQuantities on the sample plans (GUIDELINE table of shapes)', () => {
  it('at least N, recurring: 「每年至少补充20名专业保育员」 → 20 名 >=', () => {
    expect(one(real('zhenkang-education-2023-2025', '每年至少补充20名专业保育员'))).toMatchObject({ value: 20, unit: '名', comparator: '>=', change: null });
  });

  it('approximately N: 「新增约3万个学前教育公办学位」 → 30000 个 ~', () => {
    const text = real('basic-education-action-plan', '新增约3万个学');
    expect(one(`${text}前教育公办学位`)).toMatchObject({ value: 30000, unit: '个', comparator: '~', text: '3万个' });
  });

  it('a list shares its bound: 约3万个…、约8万个…和约2万个…', () => {
    expect(figures('新增约3万个学前教育公办学位、约8万个义务教育公办学位和约2万个普通高中公办学位').map((f) => [f.value, f.comparator])).toEqual([
      [30000, '~'],
      [80000, '~'],
      [20000, '~'],
    ]);
  });

  it('a bound after the last of a list holds for the figures before it: 比重45%和32%左右; not across another measure', () => {
    const file = '07-provincial-guizhou-government-work-report-2021.txt';
    expect(figures(realCorpus(file, '绿色经济、数字经济占地区生产总值比重45%和32%左右')).map((f) => [f.value, f.comparator])).toEqual([
      [45, '~'],
      [32, '~'],
    ]);
    expect(figures(realCorpus(file, '城镇、农村居民人均可支配收入分别增长8%左右和9%左右，城镇新增就业60万人以上')).map((f) => [f.value, f.comparator])).toEqual(
      [
        [8, '~'],
        [9, '~'],
        [600000, '>='],
      ],
    );
    expect(figures('全市幼儿园达到20所和新增学位3000个以上').map((f) => [f.value, f.comparator])).toEqual([
      [20, '='],
      [3000, '>='],
    ]);
  });

  it('reach a rate: 毛入学率达到 95%以上 → 95 % >=', () => {
    expect(one(real('dezhou-county-high-school-2023', '保持全市高中阶段教育毛入学率达到 95%以上'))).toMatchObject({ value: 95, unit: '%', comparator: '>=' });
  });

  it('keep under a cap: 近视率控制在60%以内 → 60 % <=', () => {
    expect(one(real('zhenkang-education-2023-2025', '儿童青少年总体近视率控制在60%以内'))).toMatchObject({ value: 60, unit: '%', comparator: '<=' });
  });

  it('not exceed: 规模不得超过 3000人 → 3000 人 <=', () => {
    expect(one(real('dezhou-county-high-school-2023', '新建普通高中学校规模不得超过 3000人'))).toMatchObject({ value: 3000, unit: '人', comparator: '<=' });
  });

  it('floor: 分配比例不低于 60% → 60 % >=', () => {
    expect(one(real('dezhou-county-high-school-2023', '公办普通高中学校指标分配比例不低于 60%'))).toMatchObject({ value: 60, unit: '%', comparator: '>=' });
  });

  it('build / add N: 新增城区幼儿学位990个 → 990 个 =', () => {
    expect(one(real('zhenkang-education-2023-2025', '新增城区幼儿学位990个'))).toMatchObject({ value: 990, unit: '个', comparator: '=' });
  });

  it('at least N: 至少托管帮扶 1 所薄弱县中 → 1 所 >=', () => {
    expect(one(real('dezhou-county-high-school-2023', '至少托管帮扶 1 所薄弱县中'))).toMatchObject({ value: 1, unit: '所', comparator: '>=' });
  });

  it('frequency: 每年研究教育工作不少于1次 → 1 次 >=', () => {
    expect(one(real('zhenkang-education-2023-2025', '每年研究教育工作不少于1次'))).toMatchObject({ value: 1, unit: '次', comparator: '>=' });
  });

  it('money: 投资2.5亿元 → 250000000 元', () => {
    expect(one(real('zhenkang-education-2023-2025', '投资2.5亿元'))).toMatchObject({ value: 250000000, unit: '元', comparator: '=' });
  });

  it('area: 新增义务教育学校校舍面积4万平方米 → 40000 平方米', () => {
    expect(one(real('zhenkang-education-2023-2025', '3年新增义务教育学校校舍面积4万平方米'))).toMatchObject({ value: 40000, unit: '平方米' });
  });

  it('other units: 300 学时, 1000 元以上, 突破1000人, 1所 with Chinese numerals', () => {
    expect(one(real('dezhou-county-high-school-2023', '新任校长必须参加不少于 300 学时的任职资格培训'))).toMatchObject({
      value: 300,
      unit: '学时',
      comparator: '>=',
    });
    expect(one(real('dezhou-county-high-school-2023', '生均公用经费拨款标准应达到每生每年 1000 元以上'))).toMatchObject({
      value: 1000,
      unit: '元',
      comparator: '>=',
    });
    expect(one(real('zhenkang-education-2023-2025', '办学规模突破1000人'))).toMatchObject({ value: 1000, unit: '人', comparator: '>=' });
    expect(one(real('dezhou-county-high-school-2023', '每个县要至少办好一所公办县中'))).toMatchObject({ value: 1, unit: '所', comparator: '>=' });
  });

  it('a cycle is a duration target: 原则上 3 年核定一次学费标准 → 3 年', () => {
    expect(one(real('dezhou-county-high-school-2023', '原则上 3 年核定一次学费标准'))).toMatchObject({ value: 3, unit: '年' });
  });

  it('a share is of what the clause says: 30%以上义务教育学校达到优质均衡标准', () => {
    expect(one(real('zhenkang-education-2023-2025', '30%以上义务教育学校达到优质均衡标准'))).toMatchObject({ value: 30, unit: '%', comparator: '>=' });
  });
});

describe('findQuantities on real texts', () => {
  it('a classifier before a measure is no part of the unit: 6个学分 is 6 学分', () => {
    const sentence = realCorpus('17-city-nantong-school-arts-and-sports-opinions-2018.txt', '普通高中要保证美育类必修课程不低于6个学分（108课时）');
    expect(figures(sentence)[0]).toMatchObject({ value: 6, unit: '学分', comparator: '>=', text: '6个学分' });
    expect(one('学生在校体育活动时间不少于2个小时')).toMatchObject({ value: 2, unit: '小时', comparator: '>=' });
  });

  it('a count of skills to master is a target, though a noun follows its bound: 掌握1项以上艺术技能', () => {
    const sentence = realCorpus(
      '22-city-quanzhou-school-arts-implementation-plan-2017.txt',
      '做到每个学生小学毕业时掌握1项以上艺术技能，初中毕业时掌握2项以上艺术技能',
    );
    expect(figures(sentence).map((f) => [f.value, f.unit, f.comparator])).toEqual([
      [1, '项', '>='],
      [2, '项', '>='],
    ]);
  });

  it('a measure organised for people is a commitment wherever it stands: 组织失业青年参加3—12个月的就业见习', () => {
    const sentence = realCorpus('03-national-employment-promotion-opinions-2018.html', '组织失业青年参加3—12个月的就业见习');
    expect(findQuantities(fold(sentence), { cue: true }).map((q) => [q.value, q.unit, q.comparator])).toEqual([
      [3, '个月', '>='],
      [12, '个月', '<='],
    ]);
  });

  it('a sum of counted courses is each a count; a formula or a name is not: 3节技能教学课＋2节身体活动（游戏）课, 1+X证书', () => {
    const sentence = realCorpus('17-city-nantong-school-arts-and-sports-opinions-2018.txt', '小学低段（1～2年级）每周3节技能教学课＋2节身体活动（游戏）课');
    expect(findQuantities(fold(sentence), { cue: false }).map((q) => [q.value, q.unit])).toEqual([
      [3, '节'],
      [2, '节'],
    ]);
    expect(findQuantities(fold('推行1+X证书制度，实行“1+2+3”理念'), { cue: false })).toEqual([]);
  });

  it('the figures that spell out a formula define its name: 实行“1+2+3”理念，即1名“黄马夹”与2名居委干部配合', () => {
    const sentence = realCorpus(
      '13-county-baoshan-household-waste-sorting-implementation-plan-2019.md',
      '实行“1+2+3”理念，即1名“黄马夹”与2名居委干部配合，由3名社区志愿者（或物业管理）协助',
    );
    expect(findQuantities(fold(sentence), { cue: false })).toEqual([]);
    // a figure the formula does not hold is a count of its own
    expect(findQuantities(fold('实行“1+2+3”理念，即每个小区配备5名志愿者'), { cue: false }).map((q) => [q.value, q.unit])).toEqual([[5, '名']]);
  });

  it('the count of the names just listed names them: 北京建工、庆龙公司、宝武集团三个建筑垃圾处置中心', () => {
    const sentence = realCorpus(
      '13-county-baoshan-household-waste-sorting-implementation-plan-2019.md',
      '北京建工、庆龙公司、宝武集团三个建筑垃圾处置中心进一步增加产能',
    );
    expect(findQuantities(fold(sentence), { cue: false })).toEqual([]);
    expect(findQuantities(fold('新增北京建工、庆龙公司三个建筑垃圾处置中心'), { cue: false }).map((q) => q.value)).toEqual([3]);
  });

  it('a phase of a project is its name: 五坊园四期改建', () => {
    // In a task list, where a figure needs no verb of commitment.
    expect(findQuantities(fold(realCorpus('15-county-huangpu-heritage-protection-14th-fyp-2021.md', '深化推进五坊园四期改建')), { cue: false })).toEqual([]);
  });

  it('an expected effect is not a commitment: 将使今年财政收入同比减收３亿元以上', () => {
    expect(figures(realCorpus('08-city-fangchenggang-government-work-report-2009.txt', '增值税转型，将使今年财政收入同比减收３亿元以上'))).toEqual([]);
    expect(one('今年财政收入增长３亿元以上')).toMatchObject({ value: 300000000, unit: '元' });
    // 打造成, 将使用: words that only contain the verbs.
    expect(one('将茶产业打造成产值50亿元的支柱产业')).toMatchObject({ value: 5000000000, unit: '元' });
  });

  it('names, phases and bounds keep the counts and shares they only resemble', () => {
    const cueless = (text: string) => findQuantities(fold(text), { cue: false }).map((q) => [q.value, q.unit]);
    expect(cueless('到2025年，超过90%的义务教育学校达到省级办学标准')).toEqual([[90, '%']]);
    expect(cueless('各乡镇中心学校、九年一贯制学校至少配备两名专职心理健康教师')).toEqual([[2, '名']]);
    expect(cueless('每年举办校长培训班三期、骨干教师培训班五期')).toEqual([
      [3, '期'],
      [5, '期'],
    ]);
    expect(cueless('每年召开2次全体会议')).toEqual([[2, '次']]);
  });

  it('a time within which a place is reached is a ceiling: 中心城 60 分钟可达毗邻城市', () => {
    const file = '20-provincial-shanghai-14th-fyp-outline-2021.txt';
    const sentence = realCorpus(file, '到 2025 年实现中心城 60 分') + realCorpus(file, '钟可达毗邻城市、主要枢纽 120 分钟可达长三角主要城市。');
    expect(figures(sentence).map((f) => [f.value, f.unit, f.comparator])).toEqual([
      [60, '分钟', '<='],
      [120, '分钟', '<='],
    ]);
  });
});

describe('findQuantities: the rules for kinds of text stay within their kind', () => {
  const found = (sentence: string, cue = false) => findQuantities(fold(sentence), { cue }).map((q) => [q.value, q.unit]);

  it('an aside that defines who is eligible stays shielded; one that binds ends its clause', () => {
    expect(found('对符合条件的困难家庭(人均收入不超过当地最低工资标准1.5倍)给予救助')).toEqual([]);
    expect(found('支持规模以上工业企业(年主营业务收入不低于2000万元)开展技术改造')).toEqual([]);
    expect(found('对小微企业(从业人员不超过100人)给予贷款贴息')).toEqual([]);
    expect(found('新建养老床位(原则上每张床位补助不超过1万元)，')).toEqual([[10000, '元']]);
  });

  it('a legal term is no measured duration; an indicator list’s is', () => {
    expect(found('最低缴费年限15年')).toEqual([]);
    expect(found('住宅建设用地使用年限70年')).toEqual([]);
    expect(found('贷款年限5年', true)).toEqual([]);
  });

  it('counts of what is worked on stay counts, though a negation qualifies them', () => {
    expect(found('对50所校舍不达标的农村学校进行改造')).toEqual([[50, '所']]);
    expect(found('对3000户住房不达标的农村家庭实施危房改造')).toEqual([[3000, '户']]);
  });

  it('a matching rate is a rate, not the base of a ratio', () => {
    expect(found('市、县财政按50%配套资金')).toEqual([[50, '%']]);
    expect(found('按20%建立奖励基金')).toEqual([[20, '%']]);
  });

  it('即 is a definition only right after the formula, and a built count stays a count', () => {
    expect(found('全面推行“1+X”证书制度试点，发现问题立即整改，年内新建1个实训基地')).toEqual([[1, '个']]);
    expect(found('构建“1+3”体系，即新建1所高中、改扩建3所初中')).toEqual([
      [1, '所'],
      [3, '所'],
    ]);
  });

  it('组织 as a noun cues nothing; 参加 alone is no cue', () => {
    expect(found('全市村党组织书记1500名中大专以上学历占比偏低', true)).toEqual([]);
    expect(found('目前，全省基层党组织18.6万个基本实现全覆盖', true)).toEqual([]);
    expect(found('全县参加新农合农民32万人全部纳入系统管理', true)).toEqual([]);
  });

  it('个以上 before a noun that is itself qualified is a threshold', () => {
    expect(found('对50个以上床位养老机构给予运营补贴')).toEqual([]);
    expect(found('10个以上班级学校配备专职校医')).toEqual([]);
  });
});

describe('findQuantities: what is not a target (GUIDELINE)', () => {
  it('a threshold that defines a term: 「保持 56 人及以上大班额动态清零」 → no target', () => {
    expect(figures(real('dezhou-county-high-school-2023', '保持 56 人及以上大班额动态清零'))).toEqual([]);
    expect(figures(real('zhenkang-education-2023-2025', '对3天及以上无正当理由未到校学生'))).toEqual([]);
  });

  it('an aside that sets a bound or a ratio of its own is a commitment: （各单位全年不少于一场）, （原则上按500户配1名）', () => {
    const plan = '13-county-baoshan-household-waste-sorting-implementation-plan-2019.md';
    const events = realCorpus(plan, '举办垃圾分类及《上海市生活垃圾管理条例》普法为主题的系列活动。（各单位全年不少于一场）');
    expect(figures(events).map((f) => [f.value, f.unit, f.comparator])).toEqual([[1, '场', '>=']]);
    // 500户 is the base of the ratio, per so many households
    const staff = realCorpus(plan, '建立健全保洁员、分拣员、志愿者队伍（原则上按500户配1名）');
    expect(figures(staff).map((f) => [f.value, f.unit, f.comparator])).toEqual([[1, '名', '=']]);
    // an aside that explains stays shielded
    expect(figures(realCorpus(plan, '设置集中投放的四分类垃圾桶（240升）'))).toEqual([]);
  });

  it('a count that picks out whom a measure is for is no target: 对三次投放不规范的居民上门约谈', () => {
    const sentence = realCorpus('13-county-baoshan-household-waste-sorting-implementation-plan-2019.md', '楼长和物业对三次投放不规范的居民上门约谈');
    expect(findQuantities(fold(sentence), { cue: false })).toEqual([]);
    expect(figures('开展对200名教师的培训').map((f) => f.value)).toEqual([200]);
  });

  it('two numerals side by side say "a few": 帮助学生形成一两项艺术特长和爱好, 三五名', () => {
    const sentence = realCorpus('17-city-nantong-school-arts-and-sports-opinions-2018.txt', '帮助学生形成一两项艺术特长和爱好');
    expect(figures(sentence)).toEqual([]);
    expect(findQuantities(fold('培养三五名骨干教师'), { cue: false })).toEqual([]);
    expect(figures('新建三十五所学校').map((f) => f.value)).toEqual([35]);
  });

  it('个 before its bound counts the noun after it: 确保170个以上项目竣工达效; 10个以上班级的学校 qualifies', async () => {
    const sentence = await realCorpusRead('10-county-qianjiang-government-work-report-2024.docx', '确保170个以上项目竣工达效，形成更多实物工作量。');
    expect(figures(sentence).map((f) => [f.value, f.unit, f.comparator])).toEqual([[170, '个', '>=']]);
    expect(figures('推进10个以上班级的学校改造')).toEqual([]);
  });

  it('a bound followed by the noun it qualifies: 3000 人以上大规模学校, 600分以上人数', () => {
    expect(figures(real('dezhou-county-high-school-2023', '结合实际制定 3000 人以上大规模学校压减方案'))).toEqual([]);
    expect(figures(real('zhenkang-education-2023-2025', '600分以上人数保持在全市前列'))).toEqual([]);
  });

  it('document numbers and cited titles: 《…(2023—2025年)》(云办发〔2023〕7号)', () => {
    const text = real(
      'zhenkang-education-2023-2025',
      '《中共临沧市委办公室 临沧市人民政府办公室关于印发〈临沧市教育高质量发展三年行动计划实施方案(2023—2025年)〉的通知》(临办发〔2023〕5号)',
    );
    expect(figures(text)).toEqual([]);
  });

  it('names that contain digits: “三个代表”, “1+8”教育模式, 十四五', () => {
    expect(figures(real('chuanhui-compulsory-balance-2019', '“三个代表”重要思想'))).toEqual([]);
    expect(figures(real('zhenkang-education-2023-2025', '初中阶段实行“1+8”教育模式(即:县一中+8所乡镇初级中学)'))).toEqual([]);
    expect(figures(real('dezhou-county-high-school-2023', '在“十四五”期间,要力争普通高中省级或市级学科基地实现县域全覆盖'))).toEqual([]);
  });

  it('a rate denominator: 每百名学生拥有骨干教师1人以上 counts the 1人, not the 百名', () => {
    expect(figures(real('zhenkang-education-2023-2025', '义务教育阶段每百名学生拥有骨干教师1人以上')).map((f) => f.text)).toEqual(['1人']);
  });

  it('a bare duration is no commitment; an unspecified 一批 neither', () => {
    expect(figures(real('basic-education-action-plan', '力争用15年的时间'))).toEqual([]);
    expect(figures(real('zhenkang-education-2023-2025', '推出一批精品思政课'))).toEqual([]);
    expect(figures('一把手工程')).toEqual([]);
  });

  it('dates are not figures: 2023年, 7月', () => {
    expect(figures('到2025年实现全覆盖')).toEqual([]);
    expect(figures(real('dezhou-county-high-school-2023', '每年 7 月,教育部门'))).toEqual([]);
  });
});

describe('findQuantities on variants written after the guideline', () => {
  it('full-width digits: 到２０２５年，毛入学率达到９５％以上', () => {
    expect(one('到２０２５年，毛入学率达到９５％以上')).toMatchObject({ value: 95, unit: '%', comparator: '>=', text: '９５％' });
    expect(one('新增养老服务１．５万人次')).toMatchObject({ value: 15000, unit: '人次' });
  });

  it('Chinese numerals: 新建一所, 三万个, 百分之九十, 十五个, 一百二十名, 一千五百万元', () => {
    expect(one('新建一所学校')).toMatchObject({ value: 1, unit: '所' });
    expect(one('新增三万个学位')).toMatchObject({ value: 30000, unit: '个' });
    expect(one('覆盖率达到百分之九十')).toMatchObject({ value: 90, unit: '%' });
    expect(one('建设十五个示范点')).toMatchObject({ value: 15, unit: '个' });
    expect(one('培训一百二十名技能人才')).toMatchObject({ value: 120, unit: '名' });
    expect(one('投入一千五百万元')).toMatchObject({ value: 15000000, unit: '元' });
    expect(one('每年至少两次开展督导')).toMatchObject({ value: 2, unit: '次', comparator: '>=' });
  });

  it('a lone 一 or 两 counts only after its verb: 一体化, 一个教联体', () => {
    expect(figures('推进中小学思想政治教育一体化')).toEqual([]);
    expect(figures('原则上一个教联体覆盖的成员学校数量不超过5所').map((f) => f.value)).toEqual([5]);
  });

  it('traditional characters: 高中階段毛入學率達到95%以上', () => {
    expect(one('高中階段毛入學率達到95%以上')).toMatchObject({ value: 95, unit: '%', comparator: '>=' });
    expect(one('新增公辦學位4.2萬個')).toMatchObject({ value: 42000, unit: '个' });
  });

  it('health: 孕产妇死亡率控制在10/10万以下 → 10 /10万 <=; 4.5‰', () => {
    expect(one('孕产妇死亡率控制在10/10万以下')).toMatchObject({ value: 10, unit: '/10万', comparator: '<=' });
    expect(one('婴儿死亡率控制在4.5‰以内')).toMatchObject({ value: 4.5, unit: '‰', comparator: '<=' });
    expect(one('每万人口全科医生数达到4名')).toMatchObject({ value: 4, unit: '名' });
  });

  it('environment: 比2020年下降18% → 18 % decrease', () => {
    expect(one('单位地区生产总值二氧化碳排放比2020年下降18%')).toMatchObject({ value: 18, unit: '%', comparator: '=', change: 'decrease' });
    expect(one('单位国内生产总值能源消耗降低16%')).toMatchObject({ value: 16, change: 'decrease' });
    expect(one('城乡居民收入年均增长7%以上')).toMatchObject({ value: 7, comparator: '>=', change: 'increase' });
    expect(one('全市生产总值增长12%左右')).toMatchObject({ value: 12, comparator: '~', change: 'increase' });
  });

  it('two values under one 分别 share direction: 分别比2020年减少8%、9%', () => {
    expect(figures('化学需氧量和氨氮排放总量分别比2020年减少8%、9%').map((f) => [f.value, f.change])).toEqual([
      [8, 'decrease'],
      [9, 'decrease'],
    ]);
  });

  it('changes as outlines write them: a listed rate with 左右, a bound after the verb, a stock, a net gain, a capped rise', () => {
    expect(figures('农业、规模以上工业、服务业增加值分别增长6%左右、8.5%左右和8.5%左右').map((f) => f.change)).toEqual(['increase', 'increase', 'increase']);
    expect(one('国企创新投入年均增长不低于5%')).toMatchObject({ value: 5, comparator: '>=', change: 'increase' });
    expect(one(realCorpus('20-provincial-shanghai-14th-fyp-outline-2021.txt', '人均公园绿地面积增加 1 平方米'))).toMatchObject({
      value: 1,
      unit: '平方米',
      change: 'increase',
    });
    expect(one('累计净增森林面积24万亩')).toMatchObject({ value: 240000, unit: '亩', change: 'increase' });
    expect(one('压减一般性支出30%以上')).toMatchObject({ value: 30, comparator: '>=', change: 'decrease' });
    expect(one('居民消费价格涨幅控制在3%左右')).toMatchObject({ value: 3, comparator: '~', change: 'increase' });
  });

  it('a count added is no change: 新增就业岗位1000个, 增加学位990个', () => {
    expect(one('新增城镇就业岗位1000个').change).toBeNull();
    expect(one('增加公办学位990个').change).toBeNull();
  });

  it('figures of an outline that are no targets: resources put to use, a return period, a subject’s count, a pace, a defining threshold', () => {
    const outline = '20-provincial-shanghai-14th-fyp-outline-2021.txt';
    /** A sentence of the outline put back together across its hard wraps. */
    const wrapped = (...parts: string[]) => parts.map((p) => realCorpus(outline, p)).join('');
    expect(figures(wrapped('研究部分战略预留区功能定位和规划安排，成熟一块、使用一', '块。'))).toEqual([]);
    expect(figures(wrapped('中心城 35%左右', '面积达到 3-5 年一遇雨水排水能力。')).map((f) => f.text)).toEqual(['35%']);
    expect(figures(wrapped('到 2025 年五类专业化泊位配备岸', '电设备基本实现全覆盖'))).toEqual([]);
    expect(figures(wrapped('成国家下达目标，PM 等六项大气常规污染物全面稳定达到国'))).toEqual([]);
    const arts = '18-county-changping-school-arts-education-opinions-2018.txt';
    expect(
      figures(realCorpus(arts, '充分发挥2所北京市学生金帆艺术团、10所北京市艺术特色校、5所北京金帆书画院承办校、2所北京市金鹏科技团的示范和引领作用')),
    ).toEqual([]);
    const check = '14-county-chongming-city-health-check-work-plan-2021.md';
    expect(figures(realCorpus(check, '区级体检指标传导沿用住房城乡建设部65个基础性指标和市级新增34个指标的同时'))).toEqual([]);
    expect(figures(realCorpus(check, '占全球种群数量1%以上的水鸟物种数'))).toEqual([]);
  });

  it('figures of an outline that are targets: the next item of a counted list, a duration reached, a magnitude reached', () => {
    const outline = '20-provincial-shanghai-14th-fyp-outline-2021.txt';
    expect(figures(realCorpus(outline, '建设 300 个以上市级美丽乡村示范村、150 个以上乡村振兴')).map((f) => [f.value, f.comparator])).toEqual([
      [300, '>='],
      [150, '>='],
    ]);
    expect(one(realCorpus(outline, '受教育年限达到 13 年'))).toMatchObject({ value: 13, unit: '年', comparator: '=' });
    // in a report's list of indicators, the value follows the duration's name
    const goals = realCorpus(
      '07-provincial-guizhou-government-work-report-2021.txt',
      '城镇调查失业率5.5%左右，劳动年龄人口平均受教育年限9.1年，人均预期寿命74.8岁。',
    );
    expect(figures(goals).map((f) => [f.value, f.unit])).toEqual([
      [5.5, '%'],
      [9.1, '年'],
      [74.8, '岁'],
    ]);
    // a term that is no measure of the plan's (试点期限2年) stays a duration without a bound
    expect(figures('试点期限2年')).toEqual([]);
    expect(one('公园数量达到千座以上')).toMatchObject({ value: 1000, unit: '座', comparator: '>=' });
    expect(one(realCorpus(outline, '建成 10 座以上特色公园和郊野公园'))).toMatchObject({ value: 10, comparator: '>=' });
    expect(figures('加强智能诊疗产品及核心零部件的创新研发')).toEqual([]);
    expect(figures('百千万人才工程')).toEqual([]);
  });

  it('a bound on the size of the things counted is no target, the count is: 投资上1000万元的30个工业项目', () => {
    const report = '09-city-yuxi-government-work-report-2007.txt';
    expect(figures(realCorpus(report, '重点抓好投资上1000万元的30个工业项目建设')).map((f) => [f.value, f.unit])).toEqual([[30, '个']]);
    expect(figures('建设投资5000万元以上的10个重点项目').map((f) => [f.value, f.unit])).toEqual([[10, '个']]);
    // A planned total is no bound: both figures stay (a county work report, .docx).
    expect(figures('加快实施年度计划投资384亿元的314个项目').map((f) => f.unit)).toEqual(['元', '个']);
    expect(figures(realCorpus(report, '切实做好以下八项工作'))).toEqual([]);
    const waste = '13-county-baoshan-household-waste-sorting-implementation-plan-2019.md';
    expect(figures(realCorpus(waste, '设置集中投放的四分类垃圾'))).toEqual([]);
    expect(one('考核得分达到90分以上')).toMatchObject({ value: 90, unit: '分' });
    expect(one(real('zhenkang-education-2023-2025', '办学规模达4000人的一贯制'))).toMatchObject({ value: 4000, unit: '人' });
  });

  it('caps and floors as policies print them: 最高3000万元, 不超过项目投资额30%的比例, 资产过500亿元, 余额超10亿元', () => {
    const plan = '11-provincial-anhui-industrial-internet-action-plan-2021.txt';
    expect(one(realCorpus(plan, '跨领域工业互联网平台省级给予奖补，最高3000万元'))).toMatchObject({ value: 30_000_000, unit: '元', comparator: '<=' });
    expect(one(realCorpus(plan, '不超过项目投资额30%的比例'))).toMatchObject({ value: 30, unit: '%', comparator: '<=' });
    expect(one('实现资产过500亿元')).toMatchObject({ value: 50_000_000_000, comparator: '>=' });
    expect(one('实现在保余额超10亿元')).toMatchObject({ value: 1_000_000_000, comparator: '>=' });
    expect(figures('经过3年努力')).toEqual([]);
    expect(one('每个项目补助1000万元')).toMatchObject({ comparator: '=' });
  });

  it('a level to reach is not a change: 下降到58%左右, 提高到35%', () => {
    expect(one('煤炭消费比重下降到58%左右')).toMatchObject({ value: 58, comparator: '~', change: null });
    expect(one('省一级学校占比提高到35%')).toMatchObject({ value: 35, change: null });
  });

  it('PM2.5 is a name: only the concentration is a figure', () => {
    expect(figures('细颗粒物(PM2.5)平均浓度达到35微克/立方米').map((f) => [f.value, f.unit])).toEqual([[35, '微克/立方米']]);
  });

  it('points and percentage points: 较上年下降0.2个百分点, 提高五个百分点', () => {
    expect(one('平均利率较上年下降0.2个百分点')).toMatchObject({ value: 0.2, unit: '个百分点', change: 'decrease' });
    expect(one('优良率提高五个百分点')).toMatchObject({ value: 5, unit: '个百分点', change: 'increase' });
  });
});

describe('findQuantities on hostile input', () => {
  it('finds nothing in nothing', () => {
    expect(figures('')).toEqual([]);
    expect(figures('。，；！？、“”《》（）')).toEqual([]);
    expect(figures('{}<>import export')).toEqual([]);
  });

  it('10,000 characters without punctuation', () => {
    expect(figures('无标点的长文本'.repeat(1500))).toEqual([]);
    const long = `${'推进工作'.repeat(2500)}新增学位990个`;
    expect(figures(long).map((f) => f.value)).toEqual([990]);
  });

  it('numbers everywhere: every figure lies inside the text and has a finite value', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '1',
            '2',
            '0',
            '.',
            '5',
            '万',
            '亿',
            '个',
            '%',
            '人',
            '达到',
            '以上',
            '约',
            '，',
            '《',
            '》',
            '“',
            '”',
            '十',
            '一',
            '百分之',
            '年',
            '每',
            '及以上',
            '😀',
            '\u0000',
            ' ',
          ),
          { maxLength: 60 },
        ),
        (parts) => {
          const text = parts.join('');
          for (const q of findQuantities(text)) {
            expect(q.start).toBeGreaterThanOrEqual(0);
            expect(q.end).toBeLessThanOrEqual(text.length);
            expect(Number.isFinite(q.value)).toBe(true);
            expect(q.clause[0]).toBeLessThanOrEqual(q.start);
          }
        },
      ),
    );
  });

  it('figures inside closed titles and quotes are names; after them, figures count again', () => {
    expect(figures('落实《新增学位990个的通知》')).toEqual([]);
    expect(figures('落实“新增学位990个”要求')).toEqual([]);
    expect(figures('落实《通知》，新增学位990个').map((f) => f.value)).toEqual([990]);
    expect(figures('落实“双减”政策，新增学位990个').map((f) => f.value)).toEqual([990]);
    expect(() => figures('《未闭合的标题新增学位990个“又一个')).not.toThrow();
  });
});
