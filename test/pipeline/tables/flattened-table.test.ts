// Tables flattened to one cell per line, as archive exports of real plans print them:
// a task list by year with merged unit cells, a 分工 list with 序号, per-town targets
// and an indicator table whose value cell looks like the next row's number.
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../support.ts';
import { rebuildFlattenedTables } from '../../../src/pipeline/tables/flattened-table.ts';
import { columnKind, fitness } from '../../../src/pipeline/tables/column-kind.ts';

describe('columnKind and fitness', () => {
  it('reads the kind of a column from its label', () => {
    expect(
      ['序号', '任务内容', '牵头部门', '实施主体', '时间节点', '2024年工作项目', '2025年目标值', '指标单位', '属性', '街镇、园区'].map(columnKind),
    ).toEqual(['number', 'text', 'unit', 'unit', 'time', 'year', 'value', 'measure', 'attribute', 'unit']);
  });

  it('knows a cell of unit names from a sentence', () => {
    expect(fitness('区委组织部（区公务员局）', 'unit')).toBe(2);
    expect(fitness('区政府办公室、区绿化市容局', 'unit')).toBe(2);
    expect(fitness('召开全区生活垃圾分类工作动员大会。', 'unit')).toBe(0);
    expect(fitness('2019年6月', 'time')).toBe(2);
  });

  it('a list of bodies stays one cell: offices in brackets, people’s organisations, a long list', () => {
    expect(fitness('区委宣传部（区文明办、区政府新闻办、区委网信办）、区民政局', 'unit')).toBe(2);
    expect(fitness('区民政局、区委宣传部（区文明办）、区妇联', 'unit')).toBe(2);
    expect(fitness('区党政机关、公共机构', 'unit')).toBe(2);
    expect(fitness('区住房保障房屋管理局、区城管执法局、区民政局、区卫健委、区机管局、区国资委、区教育局、区商务委', 'unit')).toBe(2);
    expect(fitness('结合好家风好家训工作，实现垃圾分类进家庭培训。', 'unit')).toBe(0);
  });
});

describe('rebuildFlattenedTables', () => {
  /** The header of a task list by year, as a Markdown export of a Shanghai plan flattens it. */
  const TASKS_BY_YEAR = [
    '任务',
    '分类',
    '主要方向',
    '重点任务（2024-2026）',
    '2024年工作项目',
    '2025年计划',
    '2026年计划',
    '牵头',
    '部门',
    '配合',
    '部门',
    '实施',
    '主体',
  ];

  it('a task list by year: group headings kept, each year on its own line, merged unit cells taken from the row above', () => {
    const lines = [
      ...TASKS_BY_YEAR,
      '（一）',
      '提升交通设施环境品质',
      '3、提升慢行交通空间品质',
      '（3）完成慢行交通专项提升项目300项。',
      '完成慢行交通专项提升项目110个。',
      '完成慢行交通专项提升项目110个。',
      '完成慢行交通专项提升项目80个。',
      '设施运行处',
      '各相关部门和单位',
      '各行业主管部门、各区',
      '（4）建设慢行交通精品区域50个。',
      '建设慢行交通精品区17个。',
      '建设慢行交通精品区17个。',
      '建设慢行交通精品区16个。',
    ];
    const { lines: out } = rebuildFlattenedTables(lines);
    expect(out).toEqual([
      '任务分类 主要方向 重点任务（2024-2026） 2024年工作项目 2025年计划 2026年计划 牵头部门 配合部门 实施主体',
      '（一）提升交通设施环境品质',
      '3、提升慢行交通空间品质',
      '（3）完成慢行交通专项提升项目300项。',
      '2024年工作项目：完成慢行交通专项提升项目110个。',
      '2025年计划：完成慢行交通专项提升项目110个。',
      '2026年计划：完成慢行交通专项提升项目80个。',
      '牵头部门：设施运行处；配合部门：各相关部门和单位；实施主体：各行业主管部门、各区',
      '（4）建设慢行交通精品区域50个。',
      '2024年工作项目：建设慢行交通精品区17个。',
      '2025年计划：建设慢行交通精品区17个。',
      '2026年计划：建设慢行交通精品区16个。',
      '牵头部门：设施运行处；配合部门：各相关部门和单位；实施主体：各行业主管部门、各区',
    ]);
  });

  it('a year cell of several items: lines ending in ；go on in the next, a 注： note stays with its cell', () => {
    const file = '12-provincial-shanghai-transport-refined-management-plan-2024.md';
    const cells = [
      '（19）持续优化虹桥机场航站楼旅客服务设施。',
      '完成虹桥机场T2航站楼AE岛整体更新项目；',
      '完成虹桥机场T2航站楼旅客座椅更新及新增休闲区，对排椅进行统一规划更新；',
      '虹桥机场T1航站楼外籍人员一站式综合服务中心项目更新改造。',
      '完善虹桥机场T2航站楼建筑遮阳挡风设施；',
      '完成虹桥机场手推车RFID项目，提高手推车工作效率。',
      '结合遮阳挡风二期、老旧电梯更新改造前期研究方案，持续推进楼内服务设施及环境的完善和品质提升改造。',
      '民用航空处',
      '（27）推进一批交通管理领域法规规章立改废释。',
      '完成《上海市停车场（库）管理办法》的修正工作。',
      '修订《上海市出租汽车管理条例》；',
      '修订《上海市农村公路管理办法》。',
      '注：以市人大常委会、市政府公布立法计划为准。',
      '修订《上海市民用机场地区管理条例》。',
    ].map((line) => realCorpus(file, line));
    expect(rebuildFlattenedTables([...TASKS_BY_YEAR, ...cells]).lines.slice(1)).toEqual([
      '（19）持续优化虹桥机场航站楼旅客服务设施。',
      '2024年工作项目：完成虹桥机场T2航站楼AE岛整体更新项目； 完成虹桥机场T2航站楼旅客座椅更新及新增休闲区，对排椅进行统一规划更新； 虹桥机场T1航站楼外籍人员一站式综合服务中心项目更新改造。',
      '2025年计划：完善虹桥机场T2航站楼建筑遮阳挡风设施； 完成虹桥机场手推车RFID项目，提高手推车工作效率。',
      '2026年计划：结合遮阳挡风二期、老旧电梯更新改造前期研究方案，持续推进楼内服务设施及环境的完善和品质提升改造。',
      '牵头部门：民用航空处',
      '（27）推进一批交通管理领域法规规章立改废释。',
      '2024年工作项目：完成《上海市停车场（库）管理办法》的修正工作。',
      '2025年计划：修订《上海市出租汽车管理条例》； 修订《上海市农村公路管理办法》。 注：以市人大常委会、市政府公布立法计划为准。',
      '2026年计划：修订《上海市民用机场地区管理条例》。',
      '牵头部门：民用航空处',
    ]);
  });

  it('a 分工 list with 序号: a merged task name and a blank cell do not shift the columns; cells that look like labels are no header', () => {
    const lines = [
      '序号',
      '任务名称',
      '任务内容',
      '牵头部门',
      '配合部门',
      '时间节点',
      '1',
      '加强组织领导',
      '召开全区生活垃圾分类工作动员大会。',
      '区政府办公室',
      '各联席会议成员单位',
      '2019年3月',
      '2',
      '将生活垃圾管理纳入专项督查和绩效评价指标体系。',
      '区委组织部（区公务员局）',
      '区绿化市容局',
      '2019年',
      '3',
      '推进全面覆盖',
      '深入开展生活垃圾分类达标创建活动。',
      '各街镇（园区）',
      '2019年',
    ];
    expect(rebuildFlattenedTables(lines).lines).toEqual([
      '序号 任务名称 任务内容 牵头部门 配合部门 时间节点',
      '1.加强组织领导 召开全区生活垃圾分类工作动员大会。',
      '牵头部门：区政府办公室；配合部门：各联席会议成员单位；时间节点：2019年3月',
      '2.将生活垃圾管理纳入专项督查和绩效评价指标体系。',
      '牵头部门：区委组织部（区公务员局）；配合部门：区绿化市容局；时间节点：2019年',
      '3.推进全面覆盖 深入开展生活垃圾分类达标创建活动。',
      '牵头部门：各街镇（园区）；时间节点：2019年',
    ]);
  });

  it('a lead cell listing bodies with their offices in brackets is the lead, not the task', () => {
    const lines = [
      '序号',
      '任务名称',
      '任务内容',
      '牵头部门',
      '配合部门',
      '时间节点',
      '35',
      '营造良好氛围',
      '结合好家风好家训工作，实现垃圾分类进家庭培训。',
      '区民政局、区委宣传部（区文明办）、区妇联',
      '区绿化市容局',
      '2019年',
    ];
    expect(rebuildFlattenedTables(lines).lines).toEqual([
      '序号 任务名称 任务内容 牵头部门 配合部门 时间节点',
      '35.营造良好氛围 结合好家风好家训工作，实现垃圾分类进家庭培训。',
      '牵头部门：区民政局、区委宣传部（区文明办）、区妇联；配合部门：区绿化市容局；时间节点：2019年',
    ]);
  });

  it('per-town targets: each town starts a row of its own', () => {
    const { lines, rowStarts } = rebuildFlattenedTables(['街镇、园区', '目标任务', '罗店镇', '创建达标累计61个小区。', '大场镇', '创建达标累计86个小区。']);
    expect(lines).toEqual(['街镇、园区 目标任务', '罗店镇：', '创建达标累计61个小区。', '大场镇：', '创建达标累计86个小区。']);
    expect([...rowStarts]).toEqual([1, 3]);
  });

  it('an indicator table: a value equal to the next row number stays in its row', () => {
    const lines = [
      '序号',
      '类型',
      '指标名称',
      '指标单位',
      '2025年目标值',
      '属性',
      '3',
      '红色文化',
      '红色文物保护建筑修缮改造',
      '处',
      '4',
      '预期性',
      '4',
      '“建筑可阅读”线下走读线路数',
      '条',
      '5',
      '预期性',
    ];
    expect(rebuildFlattenedTables(lines).lines).toEqual([
      '序号 类型 指标名称 指标单位 2025年目标值 属性',
      '3 红色文化 红色文物保护建筑修缮改造 处 4 预期性',
      '4 “建筑可阅读”线下走读线路数 条 5 预期性',
    ]);
  });

  it('leaves running text and short lines alone', () => {
    const text = ['一、工作目标', '到2025年，新建幼儿园3所。', '区绿化市容局', '区民政局', '2019年'];
    expect(rebuildFlattenedTables(text).lines).toEqual(text);
    expect(rebuildFlattenedTables([]).lines).toEqual([]);
  });
});
