import { describe, expect, it } from 'vitest';
import { findDatePhrases } from '../../../src/pipeline/dates/date-phrases.ts';
import { findMilestones } from '../../../src/pipeline/targets/find-milestone.ts';
import { findQuantities } from '../../../src/pipeline/targets/find-quantities.ts';
import { fold } from '../../../src/pipeline/text/fold.ts';
import { real, realCorpus, realCorpusRead } from '../support.ts';

/** [deadline, text the milestone covers, vague] of each milestone of a sentence. */
function milestones(sentence: string): Array<[string, string, boolean]> {
  const view = fold(sentence);
  return findMilestones(view, findDatePhrases(view), findQuantities(view)).map((m) => [m.date.value, sentence.slice(0, m.end), m.vague]);
}

describe('findMilestones (GUIDELINE: a dated commitment with no measured value)', () => {
  it('「2024年县二中实现招生办学」 → 2024', () => {
    const text = real('zhenkang-education-2023-2025', '力争2024年县二中实现招生办学');
    expect(milestones(text)).toEqual([['2024', text, false]]);
  });

  it('「2022年12月底前…结合实际制定本县域教联体建设方案」 → 2022-12', () => {
    expect(milestones('2022年12月底前结合实际制定本县域教联体建设方案')).toEqual([['2022-12', '2022年12月底前结合实际制定本县域教联体建设方案', false]]);
  });

  it('「2024年7月对各县市教联体建设情况进行中期评估」 → 2024-07', () => {
    const text = real('enshi-county-alliance-2022-2025', '2024年7月对各县市教联体建设情况进行中期评估');
    expect(milestones(text)).toEqual([['2024-07', text, false]]);
  });

  it('a vague aspiration is a milestone marked vague: 到 2025 年,县中整体办学水平显著提升', () => {
    const text = real('dezhou-county-high-school-2023', '到 2025 年,县中整体办学水平显著提升');
    expect(milestones(text)).toEqual([['2025', text, true]]);
  });

  it('争取2023年县一中晋升为省一级二等普通高中 → 2023', () => {
    const text = real('zhenkang-education-2023-2025', '争取2023年县一中晋升为省一级二等普通高中');
    expect(milestones(text)).toEqual([['2023', text, false]]);
  });

  it("a year's guiding principles commit to nothing by a date: 2007年政府工作的总体要求是：以…为指导", () => {
    const text = realCorpus(
      '09-city-yuxi-government-work-report-2007.txt',
      '2007年政府工作的总体要求是：以邓小平理论和“三个代表”重要思想为指导，全面落实科学发展观',
    );
    expect(milestones(text)).toEqual([]);
  });

  it('a code of letters and digits is no figure: (2024年) 完成虹桥机场T2航站楼AE岛整体更新项目', () => {
    // the year is the one its task table's column gives it
    const task = realCorpus('12-provincial-shanghai-transport-refined-management-plan-2024.md', '完成虹桥机场T2航站楼AE岛整体更新项目');
    expect(milestones(`2024年${task}`)).toEqual([['2024', `2024年${task}`, false]]);
    expect(milestones('2024年5G基站覆盖全部乡镇')).toEqual([['2024', '2024年5G基站覆盖全部乡镇', false]]);
    // a figure in the clause still makes it a statistic, and so does a figure with its SI unit
    expect(milestones('2024年完成600分以上人数统计')).toEqual([]);
    expect(milestones('到2025年新增光伏装机容量200MW')).toEqual([]);
    expect(milestones('2024年建成20km城市绿道')).toEqual([]);
  });

  it('a circle of so many minutes names a network: 到 2025 年…达到 500 家，实现 15 分钟养老服务网络全覆盖', async () => {
    const printed = await realCorpusRead(
      '20-provincial-shanghai-14th-fyp-outline-2021.txt',
      '到 2025\n年全市街镇养老综合体达到 500 家，实现 15 分钟养老服务网络\n全覆盖',
    );
    const sentence = printed.replace(/\n/g, '');
    expect(milestones(sentence)).toEqual([['2025', sentence, false]]);
    // minutes that bound a time are a figure
    expect(milestones('到2025年实现15分钟内到达现场')).toEqual([]);
  });

  it('a clause with a figure is a quantity, not a milestone; the clause without one still is', () => {
    const text = real('zhenkang-education-2023-2025', '到2025年,小学思政课专职教师配比达70%以上,初高中配齐思政课专职教师');
    expect(milestones(text)).toEqual([['2025', text, false]]);
    expect(milestones('到2025年,毛入学率达到95%以上')).toEqual([]);
  });

  it('a figure that is no target (600分以上人数) makes a statistic, not a milestone', () => {
    expect(milestones('到2025年,600分以上人数保持在全市前列')).toEqual([]);
  });

  it('each date governs the clauses up to the next date', () => {
    const text = '2024年底前完成规划编制,2025年底前全面建成投入使用';
    expect(milestones(text)).toEqual([
      ['2024-12', '2024年底前完成规划编制', false],
      ['2025-12', text, false],
    ]);
  });

  it('a date alone, a base year or a recurring date is no milestone', () => {
    expect(milestones('2024年')).toEqual([]);
    expect(milestones('比2020年明显改善')).toEqual([]);
    expect(milestones('')).toEqual([]);
  });

  it('full-width and Chinese-numeral dates', () => {
    expect(milestones('２０２４年６月３０日前制定出台本地基本养老服务清单')[0].slice(0, 1)).toEqual(['2024-06-30']);
    expect(milestones('二〇二五年底前完成新校区一期工程建设')[0].slice(0, 1)).toEqual(['2025-12']);
  });
});

describe('findMilestones beside dated figures', () => {
  it('a clause beside the date’s figure that completes nothing is no milestone: 建设2000个美育社团，培育浓厚的校园艺术氛围', () => {
    const sentence = realCorpus(
      '17-city-nantong-school-arts-and-sports-opinions-2018.txt',
      '到2020年，要建设2000个面向全体学生、内容丰富、形式多样的美育社团，培育浓厚的校园艺术氛围。',
    );
    expect(milestones(sentence)).toEqual([]);
  });

  it('one that completes something is, though a figure follows it: 补充美育教师5000余名，基本补足配齐美育教师，完成…80%', () => {
    const sentence = realCorpus(
      '16-provincial-guangxi-school-arts-teacher-staffing-action-plan-2021.txt',
      '到2023年，补充美育教师5000余名，基本补足配齐美育教师，完成美育教师全员培训任务的80%，教师队伍整体素质进一步提升。',
    );
    expect(milestones(sentence).map(([deadline]) => deadline)).toEqual(['2023']);
  });
});
