// Targets in the kinds of text real plans are made of: a work report's review and its
// year ahead, an outline's hard-wrapped goals, a per-task responsibility note, a policy's
// own subsidy caps, ranges and approximate counts. The sentences are cut from the real
// corpus (test/fixtures/corpus-real); only the title and numbered headings around them
// are supplied, as the documents have them.
import { describe, expect, it } from 'vitest';
import { extract, realCorpus, realCorpusRead } from '../support.ts';

const targetsOf = (text: string) => extract(text).record.targets;
const lines = (file: string, ...parts: string[]) => parts.map((p) => realCorpus(file, p)).join('\n');

describe('a government work report', () => {
  const report = [
    '贵州省政府工作报告',
    lines('07-provincial-guizhou-government-work-report-2021.txt', '一、2020年和“十三五”工作回顾'),
    lines(
      '07-provincial-guizhou-government-work-report-2021.txt',
      '(二)综合经济实力大幅跃升。全省地区生产总值达到1.78万亿元，经济总量在全国位次上升5位、人均水平上升4位。',
    ),
    lines('07-provincial-guizhou-government-work-report-2021.txt', '三、全力做好2021年工作'),
    lines(
      '07-provincial-guizhou-government-work-report-2021.txt',
      '主要预期目标是：地区生产总值增长8%左右，农业、规模以上工业、服务业增加值分别增长6%左右、8.5%左右和8.5%左右;全省一般公共预算收入增长1.5%左右;',
    ),
  ].join('\n');

  it('its review of past years holds no targets', () => {
    expect(targetsOf(report).filter((t) => t.text.includes('1.78万亿元'))).toEqual([]);
  });

  it('the expected values for the year ahead are targets due that year, as changes', () => {
    const found = targetsOf(report).map((t) => [t.value, t.unit, t.comparator, t.deadline, t.change]);
    expect(found).toEqual([
      [8, '%', '~', '2021', 'increase'],
      [6, '%', '~', '2021', 'increase'],
      [8.5, '%', '~', '2021', 'increase'],
      [8.5, '%', '~', '2021', 'increase'],
      [1.5, '%', '~', '2021', 'increase'],
    ]);
  });
});

describe("a city's work report on the year ahead", () => {
  const file = '08-city-fangchenggang-government-work-report-2009.txt';
  const report = [
    '防城港市政府工作报告',
    lines(file, '各位代表：', '２００９年主要工作任务'),
    lines(file, '国家实行积极的财政政策和适度宽松的货币政策，投资４万亿元刺激经济增长，出台一系列扩大内需、促进增长的政策，效应逐步显现。'),
    lines(file, '自治区实行６０００亿元的超常规投资计划，把今后几年要开工的项目集中到今年开工建设'),
  ].join('\n');

  it("states the measures of the state and the region above it, which are not the city's targets", () => {
    expect(extract(report).record.meta.region).toBe('防城港市');
    expect(targetsOf(report)).toEqual([]);
  });

  it("a sentence that goes on to the city's own work keeps its targets", () => {
    const own = [...report.split('\n').slice(0, 3), '省实施“千村示范、万村整治”工程，我市确保2009年完成200个村的人居环境整治。'].join('\n');
    expect(targetsOf(own).map((t) => [t.value, t.unit])).toEqual([[200, '个']]);
  });

  it("the region's measures are its own in the region's report", () => {
    const own = [
      '广西壮族自治区政府工作报告',
      lines(file, '各位代表：', '２００９年主要工作任务'),
      lines(file, '自治区实行６０００亿元的超常规投资计划，把今后几年要开工的项目集中到今年开工建设'),
    ].join('\n');
    expect(extract(own).record.meta.region).toBe('广西壮族自治区');
    expect(targetsOf(own).map((t) => [t.value, t.unit])).toEqual([[600000000000, '元']]);
  });
});

describe('a task list flattened one cell per line', () => {
  const file = '13-county-baoshan-household-waste-sorting-implementation-plan-2019.md';
  const list = [
    lines(file, '2019年宝山区生活垃圾分类减量推进工作联席会议成员单位工作任务清单'),
    lines(file, '序号', '任务名称', '任务内容', '牵头部门', '配合部门', '时间节点'),
    '18',
    lines(
      file,
      '建立健全保洁员、分拣员、志愿者队伍（原则上按500户配1名），开展农村生活垃圾分类业务培训，并完成硬件设施采购前期准备工作。',
      '各街镇（园区）',
      '区绿化市容局',
      '2019年3月',
    ),
  ].join('\n');

  it('beside the figures of a dated row, a clause with none that completes something is a milestone of its own', () => {
    const row = [
      lines(file, '附件1', '2019年宝山区生活垃圾分类减量推进工作联席会议成员单位工作任务清单'),
      lines(file, '序号', '任务名称', '任务内容', '牵头部门', '配合部门', '时间节点'),
      '14',
      lines(file, '党政机关、公共机构垃圾分类完成全覆盖，100%实现达标标准。', '区机管局', '区绿化市容局', '区党政机关、公共机构', '2019年9月'),
    ].join('\n');
    expect(targetsOf(row).map((t) => [t.kind, t.value, t.text, t.deadline])).toEqual([
      ['quantity', 100, '党政机关、公共机构垃圾分类完成全覆盖，100%实现达标标准。', '2019-09'],
      ['milestone', null, '党政机关、公共机构垃圾分类完成全覆盖', '2019-09'],
    ]);
  });

  it('a task dated by its row is a milestone, though an aside sets a ratio of its own', () => {
    const found = targetsOf(list).map((t) => [t.kind, t.value, t.unit, t.deadline]);
    expect(found).toEqual([
      ['quantity', 1, '名', '2019-03'],
      ['milestone', null, null, '2019-03'],
    ]);
  });
});

describe('an outline printed from a PDF', () => {
  it('翻两番 across a hard wrap: value 2, unit 番, an increase on its base year, due at the goal’s year', () => {
    const text = [
      '上海市国民经济和社会发展第十四个五年规划纲要',
      '一、发展目标',
      '到2025年，' + lines('20-provincial-shanghai-14th-fyp-outline-2021.txt', '框架。浦东新区打造社会主义现代化建设引领区取得重大进展，').slice(3),
      lines(
        '20-provincial-shanghai-14th-fyp-outline-2021.txt',
        '自贸试验区临港新片区生产总值在 2018 年基础上翻两番，长三',
        '角生态绿色一体化发展示范区制度创新取得重大突破。',
      ),
    ].join('\n');
    const doubled = targetsOf(text).find((t) => t.unit === '番');
    expect(doubled).toMatchObject({ value: 2, comparator: '=', deadline: '2025', change: 'increase', baseYear: 2018 });
  });
});

describe('a per-task responsibility note', () => {
  it('（基教处、装备信息中心、教科院、各区市） gives every target of its item to all of them; 每月 recurs monthly', () => {
    const text = [
      '青岛市教育局关于加快推进人工智能教育的意见',
      '一、主要任务',
      lines(
        '19-city-qingdao-ai-education-opinions-2020.txt',
        '2.明确课程定位。将人工智能教育课程作为青岛市特色课程，面向全市中小学开设。统筹规划课程实施，小学一至三年级开设人工智能启蒙课程，采取视频授课模式，每月一课时；其他年级（初、高中毕业年级除外）采取常规授课模式，每月至少两课时。（基教处、装备信息中心、教科院、各区市）',
      ),
    ].join('\n');
    const found = targetsOf(text);
    expect(found.map((t) => [t.value, t.unit, t.comparator, t.recurring])).toEqual([
      [1, '课时', '=', 'month'],
      [2, '课时', '>=', 'month'],
    ]);
    for (const t of found) expect(t.responsible).toEqual(['基教处', '装备信息中心', '教科院', '区市']);
  });
});

describe('figures that name or qualify, not measure', () => {
  const report = 'XX市政府工作报告';
  const valuesIn = async (snippet: string) =>
    targetsOf([report, '二、2024年工作安排', await realCorpusRead('10-county-qianjiang-government-work-report-2024.docx', snippet)].join('\n')).map((t) => [
      t.value,
      t.unit,
    ]);

  it('a meeting named by its number: 二十届二中全会, 十二届五次全会', async () => {
    expect(await valuesIn('全面贯彻落实党的二十大和二十届二中全会、省第十二次党代会和省委十二届五次全会精神')).toEqual([]);
  });

  it('a class named by its size: 2000吨级航道', async () => {
    expect(await valuesIn('积极争取汉江兴隆至蔡甸2000吨级航道整治')).toEqual([]);
  });

  it('a phase of a project in a list of projects: 达诺尔二期、孚诺林三期', async () => {
    expect(await valuesIn('大力推进新硅科技、达诺尔二期、和远电子等光电子信息，孚诺林三期、诺亚、阿科力、新轩宏等新材料')).toEqual([]);
  });

  it('a bound on the things counted (营收过10亿元企业), not the figure of the target after it (占70%以上)', async () => {
    expect(await valuesIn('引育更多营收过10亿元企业')).toEqual([]);
    expect(await valuesIn('力争经营性收入过10万元的行政村占70%以上')).toEqual([[70, '%']]);
  });
});

describe('a table of quotas by year', () => {
  const notice = async (...table: string[]) => {
    const file = '05-national-inland-tibetan-classes-expansion-notice-1996.html';
    const rows = await Promise.all(table.map((line) => realCorpusRead(file, line)));
    return ['关于扩大内地西藏初中班招生规模的意见', '一、扩大招生规模', '附：', '内地西藏初中班（校）扩大招生计划表', ...rows].join('\n');
  };

  it('its total row gives the quota of each year, in the unit the table states; the other rows share it out', async () => {
    const text = await notice('单位：人', '总计 1445 555 1996年：1600；1997年：1800；1998年：2000', '江苏 100 100 1996年：120；1997年：140；1998年：200');
    expect(targetsOf(text).map((t) => [t.value, t.unit, t.comparator, t.deadline])).toEqual([
      [1600, '人', '=', '1996'],
      [1800, '人', '=', '1997'],
      [2000, '人', '=', '1998'],
    ]);
  });

  it('gives nothing when the table does not say its unit', async () => {
    expect(targetsOf(await notice('总计 1445 555 1996年：1600；1997年：1800；1998年：2000'))).toEqual([]);
  });
});

describe('figures of a policy’s own measures', () => {
  it('a subsidy cap is a ceiling: 最高不超过15万元', () => {
    const text = [
      '国务院关于推动创新创业促进就业的意见',
      '一、政策措施',
      '（三）加大创业担保贷款支持。' +
        lines('03-national-employment-promotion-opinions-2018.html', '符合创业担保贷款申请条件的人员自主创业的，可申请最高不超过15万元的创业担保贷款') +
        '。',
    ].join('\n');
    expect(targetsOf(text).map((t) => [t.value, t.unit, t.comparator])).toEqual([[150000, '元', '<=']]);
  });

  it('a range is its lower bound required and its upper bound as a ceiling: 0.15%-0.2%', () => {
    const text = [
      '广西学校美育教师配备行动计划',
      '一、主要措施',
      '（一）加强美育师资配备。' +
        lines('16-provincial-guangxi-school-arts-teacher-staffing-action-plan-2021.txt', '师范类高校按在校学生总数的0.15%-0.2%配备公共艺术课程教师') +
        '。',
    ].join('\n');
    expect(targetsOf(text).map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [0.15, '%', '>='],
      [0.2, '%', '<='],
    ]);
  });

  it('余 after a count is at least that many: 新增文物保护员50余人', () => {
    const text = [
      '黄浦区文物保护“十四五”规划',
      '一、主要任务',
      lines('15-county-huangpu-heritage-protection-14th-fyp-2021.md', '更为通畅，引进和培育相关社会组织3个以上，新增文物保护员50余人').slice(5) + '。',
    ].join('\n');
    expect(targetsOf(text).map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [3, '个', '>='],
      [50, '人', '>='],
    ]);
  });
});

describe('notes and periods', () => {
  it('a note that defines a table’s indicator holds no targets: 1 指…维持年限超过10年…', () => {
    const outline = '20-provincial-shanghai-14th-fyp-outline-2021.txt';
    const note = [
      realCorpus(outline, '1 指每万人口居民拥有的经国家知识产权局授权且在有效'),
      realCorpus(outline, '专利权、维持年限超过10年、有许可他人实施收益或实现'),
    ].join('');
    expect(targetsOf(['上海市国民经济和社会发展第十四个五年规划纲要', '一、发展目标', note].join('\n'))).toEqual([]);
  });

  it('work to be done within a period is due at its end: 在“十三五”期间完成…', () => {
    const text = [
      '昌平区关于加强学校美育工作的意见',
      '一、主要任务',
      '（一）加强师资。' +
        realCorpus(
          '18-county-changping-school-arts-education-opinions-2018.txt',
          '定期对艺术学科教师开展美育能力提升培训，在“十三五”期间完成昌平区中小学美术教师外出写生培训工作。',
        ),
    ].join('\n');
    expect(targetsOf(text).map((t) => [t.kind, t.deadline])).toEqual([['milestone', '2020']]);
  });
});
