import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../../src/pipeline/structure/build-structure.ts';
import { NO_FRAME } from '../../../src/pipeline/dates/date-phrases.ts';
import { extractTargets } from '../../../src/pipeline/targets/extract-targets.ts';
import type { Target } from '../../../src/schema/record.ts';
import { extract, extractSample, real, realCorpus, type SampleName } from '../support.ts';

/** The targets of a record whose sentence contains `snippet` (white space ignored). */
function targetsIn(targets: readonly Target[], snippet: string): Target[] {
  const squash = (s: string) => s.replace(/\s+/g, '');
  return targets.filter((t) => squash(t.text).includes(squash(snippet)));
}

const records = new Map<SampleName, ReturnType<typeof extractSample>>();
function sampleTargets(name: SampleName): Target[] {
  let built = records.get(name);
  if (!built) {
    built = extractSample(name);
    records.set(name, built);
  }
  return built.record.targets;
}

/** value, unit, comparator, deadline, recurring, change, baseYear of a quantity. */
const figure = (t: Target) => ({
  kind: t.kind,
  value: t.value,
  unit: t.unit,
  comparator: t.comparator,
  deadline: t.deadline,
  recurring: t.recurring,
  change: t.change,
  baseYear: t.baseYear,
});

describe('extractTargets on the sample plans', () => {
  it('「每年至少补充20名专业保育员」 → 20 名 >=, recurring year, no deadline', () => {
    const [t] = targetsIn(sampleTargets('zhenkang-education-2023-2025'), real('zhenkang-education-2023-2025', '每年至少补充20名专业保育员'));
    expect(figure(t)).toEqual({ kind: 'quantity', value: 20, unit: '名', comparator: '>=', deadline: null, recurring: 'year', change: null, baseYear: null });
    expect(t.text).toBe('实施学前教育教师培养计划,采取特岗教师招聘、政府购买服务等方式,逐步配齐学前教育专任教师和保育员,每年至少补充20名专业保育员。');
    expect(t.section).toBe('s3-2-3');
  });

  it('three frequencies in one sentence keep their own recurrences and the units that do them', () => {
    const found = targetsIn(sampleTargets('zhenkang-education-2023-2025'), '县委常委会、县政府常务会每年研究教育工作不少于1次');
    expect(found.map((t) => [t.value, t.unit, t.comparator, t.recurring])).toEqual([
      [1, '次', '>=', 'year'],
      [1, '次', '>=', 'semester'],
      [1, '次', '>=', 'semester'],
    ]);
    expect(found[0].responsible).toEqual(['县委常委会', '县政府常务会']);
    expect(new Set(found.map((t) => t.id)).size).toBe(3);
  });

  it('「保持 56 人及以上大班额动态清零」 → no target', () => {
    const sentence = real('dezhou-county-high-school-2023', '保持 56 人及以上大班额动态清零');
    const targets = sampleTargets('dezhou-county-high-school-2023');
    expect(targetsIn(targets, sentence)).toEqual([]);
    expect(targets.some((t) => t.value === 56)).toBe(false);
  });

  it('「新增约3万个学前教育公办学位」 (mended across a page break) → 30000 个 ~, deadline 2025 from 到2025年', () => {
    const found = targetsIn(sampleTargets('basic-education-action-plan'), '新增约3万个学前教育公办学位');
    expect(found.map((t) => [t.value, t.unit, t.comparator, t.deadline])).toEqual([
      [30000, '个', '~', '2025'],
      [80000, '个', '~', '2025'],
      [20000, '个', '~', '2025'],
    ]);
  });

  it('「(一)试点建设阶段(2022年12月底前)」 → a milestone due 2022-12, whose deadline holds for its section', () => {
    const targets = sampleTargets('enshi-county-alliance-2022-2025');
    const [heading] = targetsIn(targets, real('enshi-county-alliance-2022-2025', '(一)试点建设阶段(2022年12月底前)'));
    expect(heading).toMatchObject({ kind: 'milestone', deadline: '2022-12', section: 's5-1', value: null, unit: null, comparator: null });
    const [inside] = targetsIn(targets, '各县市分别研究确定3个教联体申报试点报州教育局');
    expect(figure(inside)).toMatchObject({ value: 3, unit: '个', deadline: '2022-12' });
  });

  it('a dated point is a milestone: 「2024年7月对各县市教联体建设情况进行中期评估」', () => {
    const [t] = targetsIn(sampleTargets('enshi-county-alliance-2022-2025'), '2024年7月对各县市教联体建设情况进行中期评估');
    expect(t).toMatchObject({ kind: 'milestone', deadline: '2024-07', optional: false });
  });

  it('a vague dated aspiration is an optional milestone: 到2025年,校长教师队伍能力素质显著提升', () => {
    const [t] = targetsIn(sampleTargets('basic-education-action-plan'), '到2025年,校长教师队伍能力素质显著提升');
    expect(t).toMatchObject({ kind: 'milestone', deadline: '2025', optional: true });
  });

  it('the goals paragraph that opens with a year dates every target in it (镇康 2024年重点提质量)', () => {
    const targets = sampleTargets('zhenkang-education-2023-2025');
    const [places] = targetsIn(targets, '新增学位供给1200个以上');
    expect(figure(places)).toMatchObject({ value: 1200, unit: '个', comparator: '>=', deadline: '2024' });
    const [balanced] = targetsIn(targets, '50%以上义务教育学校达到优质均衡标准');
    expect(figure(balanced)).toMatchObject({ value: 50, comparator: '>=', deadline: '2024' });
    const [school] = targetsIn(targets, '力争2024年县二中实现招生办学').filter((t) => t.kind === 'milestone');
    expect(school).toMatchObject({ deadline: '2024', modality: 'aspirational' });
  });

  it('the parts of a goals section take the date its opening paragraph states; the tasks after it do not (南通)', () => {
    const file = '17-city-nantong-school-arts-and-sports-opinions-2018.txt';
    const text = [
      '南通市中小学体育工作实施意见',
      '二、主要目标',
      realCorpus(file, '以“天天锻炼、健康成长、终身受益”为目标，到2020年，实现中小学体育“每天一课”，打造区域学校体育特色'),
      realCorpus(file, '（一）改革课堂教学模式。中小学体育“每天一课”，课堂运动练习密度达到50%以上'),
      realCorpus(
        file,
        '（四）创新活动竞赛机制。建立特色运动项目联盟，推进体育社团与体育俱乐部融合建设，广泛开展普及性体育活动和运动竞赛，学生参与率达98%以上。',
      ),
      '三、重点任务',
      realCorpus(file, '（一）完善课程管理'),
      realCorpus(file, '9.配足美育教师。按照每周16～18课时的标准配足配齐美育教师'),
      '各县（市、区）要确保学生参与率达90%以上。',
    ].join('\n');
    const { targets } = extract(text).record;
    expect(figure(targetsIn(targets, '学生参与率达98%以上')[0])).toMatchObject({ value: 98, deadline: '2020' });
    // “每天一课” is the programme's name: the density is a goal for 2020, not a daily duty
    expect(figure(targetsIn(targets, '课堂运动练习密度达到50%以上')[0])).toMatchObject({ value: 50, deadline: '2020', recurring: null });
    expect(figure(targetsIn(targets, '学生参与率达90%以上')[0])).toMatchObject({ value: 90, deadline: null });
  });

  it('a duration that fits in the period of a 每天 before it recurs daily; one longer than the period does not (南通)', () => {
    const file = '17-city-nantong-school-arts-and-sports-opinions-2018.txt';
    const text = [
      '南通市中小学体育工作实施意见',
      '一、重点任务',
      realCorpus(file, '4.规范课外活动。中小学校每天至少开展一次时间不少于30分钟的体育大课间活动，且学生实际活动时间不少于15分钟。'),
      realCorpus(file, '义务教育阶段学校将每天一小时校园体育活动纳入教学计划，每周开设5节体育与健康课'),
      '每年组织教师全员培训，培训时间不少于5天。',
      '每年选派教师到农村学校支教，支教时间不少于1年。',
    ].join('\n');
    const { targets } = extract(text).record;
    expect(targets.filter((t) => t.kind === 'quantity').map((t) => [t.value, t.unit, t.recurring])).toEqual([
      [1, '次', 'day'],
      [30, '分钟', 'day'],
      [15, '分钟', 'day'],
      [1, '小时', 'day'],
      [5, '节', 'week'],
      [5, '天', 'year'],
      [1, '年', null],
    ]);
  });

  it("clauses joined by ；are one sentence: the date opening the first dates them all, not the paragraph's (贵州)", () => {
    const file = '07-provincial-guizhou-government-work-report-2021.txt';
    const text = [
      '贵州省人民政府工作报告',
      '二、“十四五”时期主要目标任务和二O三五年远景目标',
      realCorpus(
        file,
        '关于奋斗目标。到2035年，与全国同步基本实现社会主义现代化。“十四五”时期，全省地区生产总值年均增长7%左右;居民收入增幅高于经济增长，城乡收入差距进一步缩小;常住人口城镇化率达到58%左右;',
      ),
    ].join('\n');
    const { targets } = extract(text).record;
    expect(figure(targetsIn(targets, '年均增长7%左右')[0])).toMatchObject({ value: 7, deadline: '2025' });
    expect(figure(targetsIn(targets, '常住人口城镇化率达到58%左右')[0])).toMatchObject({ value: 58, deadline: '2025' });
  });

  it("a clause over a period of its own ends a recurrence's reach: 每学年至少参加1项，在校期间培养1-2项 (昌平)", () => {
    const file = '18-county-changping-school-arts-education-opinions-2018.txt';
    const text = ['昌平区关于加强学校美育工作的实施意见', realCorpus(file, '实现学生每学年至少参加1项艺术活动，在校期间培养1-2项艺术技能的目标。')].join('\n');
    const { targets } = extract(text).record;
    const found = targetsIn(targets, '在校期间培养1-2项艺术技能').filter((t) => t.kind === 'quantity');
    expect(found.map((t) => [t.value, t.comparator, t.recurring])).toEqual([
      [1, '>=', 'year'],
      [1, '>=', null],
      [2, '<=', null],
    ]);
  });

  it('到 2025 年 opening the goals paragraph dates its target (德州)', () => {
    const found = targetsIn(sampleTargets('dezhou-county-high-school-2023'), '到 2025 年,县中整体办学水平显著提升').filter((t) => t.kind === 'quantity');
    expect(found.map(figure)).toEqual([
      { kind: 'quantity', value: 95, unit: '%', comparator: '>=', deadline: '2025', recurring: null, change: null, baseYear: null },
    ]);
  });

  it('money and area: 投资2.5亿元 … 3年新增义务教育学校校舍面积4万平方米', () => {
    const found = targetsIn(sampleTargets('zhenkang-education-2023-2025'), '投资2.5亿元');
    expect(found.map((t) => [t.value, t.unit])).toEqual([
      [250000000, '元'],
      [17, '个'],
      [40000, '平方米'],
    ]);
  });

  it("the units a sentence assigns are its target's responsible units (恩施: 各县市教育局每年至少提请…)", () => {
    const [t] = targetsIn(sampleTargets('enshi-county-alliance-2022-2025'), '各县市教育局每年至少提请县市党委教育工作领导小组听取1次');
    expect(t).toMatchObject({ value: 1, unit: '次', comparator: '>=', recurring: 'year', responsible: ['县市教育局'] });
  });

  it('no target comes from document numbers, plan periods or cited titles', () => {
    for (const name of ['zhenkang-education-2023-2025', 'chuanhui-compulsory-balance-2019', 'enshi-county-alliance-2022-2025'] as const) {
      for (const t of sampleTargets(name)) {
        expect(t.text).not.toMatch(/〔\d{4}〕\d+号/);
        if (t.kind === 'quantity') expect([2012, 2014, 2017, 2022, 2023, 2025, 131, 199, 129, 54, 7]).not.toContain(t.value);
      }
    }
  });

  it('target ids are stable: extracting twice gives the same ids', () => {
    const first = extractSample('zhenkang-education-2023-2025').record.targets.map((t) => t.id);
    const again = extractSample('zhenkang-education-2023-2025').record.targets.map((t) => t.id);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });
});

describe('extractTargets on variants written after the guideline', () => {
  it('environment: 比2020年下降18% → change decrease, baseYear 2020; 分别…减少8%、9% → two targets', () => {
    const { record } = extract(
      '江西省生态环境保护“十四五”规划\n一、主要目标\n到2025年，单位地区生产总值二氧化碳排放比2020年下降18%，化学需氧量和氨氮排放总量分别比2020年减少8%、9%。',
    );
    expect(record.meta.planPeriod).toEqual({ start: 2021, end: 2025 });
    expect(record.targets.map(figure)).toEqual([
      { kind: 'quantity', value: 18, unit: '%', comparator: '=', deadline: '2025', recurring: null, change: 'decrease', baseYear: 2020 },
      { kind: 'quantity', value: 8, unit: '%', comparator: '=', deadline: '2025', recurring: null, change: 'decrease', baseYear: 2020 },
      { kind: 'quantity', value: 9, unit: '%', comparator: '=', deadline: '2025', recurring: null, change: 'decrease', baseYear: 2020 },
    ]);
  });

  it('environment: （省X牵头，省Y、省Z等按职责分工负责） assigns the item to all of them', () => {
    const { record } = extract(
      '江西省节能规划\n一、重点任务\n（一）推进减排。单位国内生产总值能源消耗降低16%。（省发展改革委牵头，省生态环境厅、省工业和信息化厅等按职责分工负责）',
    );
    const [t] = record.targets;
    expect(figure(t)).toMatchObject({ value: 16, unit: '%', change: 'decrease' });
    expect(t.responsible).toEqual(['省发展改革委', '省生态环境厅', '省工业和信息化厅']);
  });

  it('health: 孕产妇死亡率控制在10/10万以下, 比2023年提高1岁; past statistics are not targets', () => {
    const { record } = extract(
      '沅州市卫生健康事业发展规划（2024—2026年）\n一、发展目标\n2023年，全市孕产妇死亡率为12.3/10万，全市地区生产总值达到3000亿元。\n截至2023年底，全市建成社区卫生服务中心30个。\n到2026年，孕产妇死亡率控制在10/10万以下，婴儿死亡率控制在4.5‰以内，人均预期寿命比2023年提高1岁。\n二、主要任务\n1.改造医院。已完成改造医院10所。',
    );
    expect(record.targets.map(figure)).toEqual([
      { kind: 'quantity', value: 10, unit: '/10万', comparator: '<=', deadline: '2026', recurring: null, change: null, baseYear: null },
      { kind: 'quantity', value: 4.5, unit: '‰', comparator: '<=', deadline: '2026', recurring: null, change: null, baseYear: null },
      { kind: 'quantity', value: 1, unit: '岁', comparator: '=', deadline: '2026', recurring: null, change: 'increase', baseYear: 2023 },
    ]);
  });

  it('transport: a responsibility note naming divisions of a body (市交通委（科信处、宣传处）) gives the item to the divisions', () => {
    const { record } = extract(
      '上海市交通行业精细化管理三年行动方案\n一、主要任务\n1.提升服务。新增休闲座椅200个。（责任单位：市交通委（科信处、宣传处）、市港航中心）',
    );
    expect(record.targets.map((t) => [t.value, t.responsible])).toEqual([[200, ['科信处', '宣传处', '市港航中心']]]);
  });

  it('industry: paragraphs of one section, each with its own （责任单位：…）, are items of their own (安徽)', () => {
    const file = '11-provincial-anhui-industrial-internet-action-plan-2021.txt';
    const { record } = extract(
      [
        '安徽省工业互联网创新发展行动计划',
        realCorpus(file, '三、支持工业互联网基础设施建设'),
        realCorpus(
          file,
          '推动企业内外网改造升级。支持以IPv6（互联网协议第6版）、工业PON（无源光网络）、5G等技术，以及新型工业智能网关、智能边缘计算设备等改造升级企业网络。每年支持一批网络改造应用良好的企业，省级给予一次性奖补100万元。（责任单位：省经济和信息化厅、省财政厅）',
        ),
        realCorpus(
          file,
          '建设标识解析体系。对省内建成的标识解析二级节点项目省级按照不超过项目投资额30%的比例给予一次性奖补，最高300万元。深化标识在设计、生产、服务等环节应用，推动标识解析系统与工业互联网平台、工业APP等融合发展。（责任单位：省经济和信息化厅、省通信管理局、省财政厅）',
        ),
      ].join('\n'),
    );
    expect(record.targets.map((t) => [t.value, t.unit, t.responsible])).toEqual([
      [1000000, '元', ['省经济和信息化厅', '省财政厅']],
      [30, '%', ['省经济和信息化厅', '省通信管理局', '省财政厅']],
      [3000000, '元', ['省经济和信息化厅', '省通信管理局', '省财政厅']],
    ]);
  });

  it('a paragraph whose note gives only a time limit takes the units its section names', () => {
    const { record } = extract('沅州市教育规划\n一、主要任务\n（一）改造学校。每年改造学校10所。（完成时限：2025年底）\n（责任单位：市教育局）');
    expect(record.targets.map((t) => [t.value, t.responsible])).toEqual([[10, ['市教育局']]]);
  });

  it("a higher government acting in a city's or county's text is none of its units; in its own level's text it is", () => {
    const report = realCorpus('08-city-fangchenggang-government-work-report-2009.txt', '国务院还将专门出台加快广西发展的政策措施。');
    const city = extract(`防城港市2009年工作计划\n一、主要任务\n${report}市发展改革委要加强统筹。`).record;
    expect(city.meta.region).toBe('防城港市');
    expect(city.units.map((u) => u.name)).toEqual(['市发展改革委']);
    const county = extract('镇康县教育发展行动计划\n一、主要任务\n省委、省政府将出台支持政策，县教育体育局要抓好落实。').record;
    expect(county.units.map((u) => u.name)).toEqual(['县教育体育局']);
    const province = extract('云南省教育发展行动计划\n一、主要任务\n省委、省政府将出台支持政策，省教育厅要抓好落实。').record;
    expect(province.units.map((u) => u.name)).toEqual(['省委', '省政府', '省教育厅']);
  });

  it('health: （责任单位：…）assigns every target of its item', () => {
    const { record } = extract(
      '沅州市卫生健康事业发展规划（2024—2026年）\n一、主要任务\n1.加强基层服务。每年开展健康体检不少于1次。（责任单位：市卫生健康委、市医保局）',
    );
    expect(record.targets.map((t) => [t.value, t.unit, t.recurring, t.responsible])).toEqual([[1, '次', 'year', ['市卫生健康委', '市医疗保障局']]]);
  });

  it('full-width digits: 到２０２５年，毛入学率达到９５％以上', () => {
    const { record } = extract('某省教育规划\n一、主要目标\n到２０２５年，毛入学率达到９５％以上。');
    expect(record.targets.map(figure)).toEqual([
      { kind: 'quantity', value: 95, unit: '%', comparator: '>=', deadline: '2025', recurring: null, change: null, baseYear: null },
    ]);
    expect(record.targets[0].text).toBe('到２０２５年，毛入学率达到９５％以上。');
  });

  it('Chinese numerals: 新增高技能人才一万五千人, 培训一百二十名, 每年至少两次; the goals paragraph dates what follows', () => {
    const { record } = extract(
      '清江市技能人才发展行动计划（2024—2026年）\n一、主要目标\n到2026年，全市技能人才总量达到50万人。新增高技能人才一万五千人。\n培训一百二十名技能大师。\n二、重点任务\n（一）建设基地。每个县（市、区）至少建设两个实训基地。\n（二）强化督导。市人力资源社会保障局每年至少两次对各地推进情况开展专项督导。',
    );
    expect(record.targets.map((t) => [t.value, t.unit, t.comparator, t.deadline, t.recurring])).toEqual([
      [500000, '人', '=', '2026', null],
      [15000, '人', '=', '2026', null],
      [120, '名', '=', '2026', null],
      [2, '个', '>=', null, null],
      [2, '次', '>=', null, 'year'],
    ]);
    // 对各地推进情况开展专项督导: the places are inspected, the bureau does the work.
    expect(record.targets[4].responsible).toEqual(['市人力资源社会保障局']);
  });

  it('traditional characters: 高中階段毛入學率達到95%以上 keeps its text as printed', () => {
    const { record } = extract('肇慶市教育規劃\n一、主要目標\n到2026年，高中階段毛入學率達到95%以上，新增公辦學位4.2萬個。');
    expect(record.targets.map((t) => [t.value, t.unit, t.comparator, t.deadline])).toEqual([
      [95, '%', '>=', '2026'],
      [42000, '个', '=', '2026'],
    ]);
    expect(record.targets[0].text).toBe('到2026年，高中階段毛入學率達到95%以上，新增公辦學位4.2萬個。');
  });

  it('a task table: 牵头单位/配合单位/完成时限 give units and deadlines; 长期坚持 gives none', () => {
    const { record } = extract(
      '清江市优化营商环境工作分工方案\n一、重点任务\n1.压缩开办时间。企业开办时间压缩至1个工作日以内。\n牵头单位：市市场监管局；配合单位：市公安局；完成时限：2024年6月底前\n2.提升服务。政务服务事项网上可办率达到95%以上。\n牵头单位：市行政审批服务局；完成时限：长期坚持',
    );
    expect(record.targets.map((t) => [t.value, t.unit, t.comparator, t.deadline, t.responsible])).toEqual([
      [1, '个工作日', '<=', '2024-06', ['市市场监督管理局', '市公安局']],
      [95, '%', '>=', null, ['市行政审批服务局']],
    ]);
  });

  it('a yearly deadline with no year is a recurring milestone: 每年4月底前完成…', () => {
    const { record } = extract('某县高标准农田建设方案\n一、工作要求\n（一）做好上报。各乡镇每年4月底前完成上年度建设任务验收，并报县农业农村局。');
    expect(record.targets.map((t) => [t.kind, t.deadline, t.recurring, t.responsible])).toEqual([['milestone', null, 'year', ['乡镇']]]);
  });

  it('aspirational wording is recorded as such: 力争 …', () => {
    const { record } = extract('某县方案\n一、目标\n力争到2025年新建幼儿园3所。');
    expect(record.targets.map((t) => [t.value, t.modality])).toEqual([[3, 'aspirational']]);
  });
});

describe('extractTargets, called directly', () => {
  const run = (lines: string[], since: number | null = 2024) => {
    const { blocks, sections } = buildStructure(lines);
    return extractTargets(blocks, sections, { slug: 'x', places: ['镇康县', '镇康'], since, frame: NO_FRAME, workReport: false, known: [] });
  };

  it('a year before the plan opens a report of results, not a target', () => {
    expect(run(['一、学前教育', '2023年，全市新增学位3000个。']).targets).toEqual([]);
    expect(run(['一、学前教育', '2023年，全市新增学位3000个。'], null).targets).toHaveLength(1);
  });

  it('the units of an item come from its first sentence that names any', () => {
    const { targets, mentions } = run(['一、任务', '（一）改善条件。县教育体育局要加强统筹。新增学位990个。']);
    expect(targets.map((t) => [t.target.value, t.responsible])).toEqual([[990, ['县教育体育局']]]);
    expect(mentions.map((m) => m.name)).toEqual(['县教育体育局']);
  });

  it('addressees, signatures and titles assign no work', () => {
    const { mentions } = run(['各乡(镇)党委、政府,县委各部委,县直各单位:', '镇康县人民政府办公室', '镇康县人民政府关于印发某方案的通知']);
    expect(mentions).toEqual([]);
  });

  it('survives hostile input', () => {
    expect(run([]).targets).toEqual([]);
    expect(run(['']).targets).toEqual([]);
    expect(run(['。，；！？']).targets).toEqual([]);
    expect(run(['无标点'.repeat(3400)]).targets).toEqual([]);
    expect(run(['import x from "y"', 'export const a = 1', '{}<>', '😀\u0000']).targets).toEqual([]);
    expect(() => run(['《未闭合 达到95%', '“未闭合 达到95%', '》', '”'])).not.toThrow();
    const numbers = run(['1 2 3 4 5 6 7 8 9 10 11 12 2024 2025 99.5 3万 一二三四五 十五 〔2023〕7号 1.2.3.4.']);
    for (const t of numbers.targets) expect(Number.isFinite(t.target.value ?? 0)).toBe(true);
  });
});
