// Date phrases that name no year of their own (今年, 年内, 一季度, 期末) resolve against
// the document's time; without it they date nothing. Snippets from the real corpus.
import { describe, expect, it } from 'vitest';
import { findDatePhrases, NO_FRAME, type DatePhrase, type TimeFrame } from '../../../src/pipeline/dates/date-phrases.ts';
import { fold } from '../../../src/pipeline/text/fold.ts';
import { realCorpus } from '../support.ts';

const at = (year: number | null, planEnd: number | null = null): TimeFrame => ({ year, planEnd });

/** [phrase as printed, role, value] of each date phrase, read in a document of `frame`. */
function dates(text: string, frame: TimeFrame): Array<[string, DatePhrase['role'], string]> {
  const view = fold(text);
  return findDatePhrases(view, frame).map((d) => [text.slice(d.start, d.end), d.role, d.value]);
}

describe('phrases of the document’s own year', () => {
  it('年内 sets a time within the year: 确保年内培训2.5万人', () => {
    const text = realCorpus('09-city-yuxi-government-work-report-2007.txt', '加大农村劳动力培训转移力度，确保年内培训2.5万人、转移2万人');
    expect(dates(text, at(2007))).toEqual([['年内', 'deadline', '2007']]);
  });

  it('今年 speaks of the year without setting a time in it', () => {
    const text = realCorpus('07-provincial-guizhou-government-work-report-2021.txt', '积极发展林业产业和林下经济，力争今年取得新突破');
    expect(dates(text, at(2021))).toEqual([['今年', 'context', '2021']]);
  });

  it('a quarter without a year is the quarter’s last month of the document’s year', () => {
    const text = realCorpus('13-county-baoshan-household-waste-sorting-implementation-plan-2019.md', '一季度实现全区废物箱的标识全部按照最新地方标准更新到位');
    expect(dates(text, at(2019))).toEqual([['一季度', 'deadline', '2019-03']]);
  });

  it('a year’s part without a year, and a month with its day: 上半年, 年底前, 10月15日前', () => {
    expect(dates('上半年完成设施规划选址', at(2024))).toEqual([['上半年', 'deadline', '2024-06']]);
    expect(dates('年底前全面完成', at(2024))).toEqual([['年底前', 'deadline', '2024-12']]);
    expect(dates('各区于10月15日前报送', at(2024))).toEqual([['10月15日前', 'deadline', '2024-10-15']]);
    expect(dates('6月底前完成整改', at(2024))).toEqual([['6月底前', 'deadline', '2024-06']]);
  });

  it('明年 is the year after the document’s', () => {
    expect(dates('明年上半年建成投用', at(2024))).toEqual([['明年上半年', 'deadline', '2025-06']]);
  });

  it('a yearly date is no deadline: 每年10月底前', () => {
    expect(dates('每年10月底前报送上年度工作总结', at(2024))).toEqual([]);
  });

  it('without the document’s year, relative phrases date nothing', () => {
    const text = realCorpus('09-city-yuxi-government-work-report-2007.txt', '年内创建市级以上企业技术中心5户');
    expect(dates(text, NO_FRAME)).toEqual([]);
    expect(dates(text, at(null, 2025))).toEqual([]);
  });

  it('a year printed in the text wins over the document’s year', () => {
    const text = realCorpus('22-city-quanzhou-school-arts-implementation-plan-2017.txt', '2017年底前，全市义务教育薄弱学校美育基本办学条件得到明显改善');
    expect(dates(text, at(2019))).toEqual([['2017年底前', 'deadline', '2017-12']]);
  });

  it('三年内 and 1年内 are spans, not the document’s year', () => {
    const text = realCorpus('01-national-drug-volume-procurement-pilot-plan-2019.html', '确保1年内完成合同用量');
    expect(dates(text, at(2019))).toEqual([]);
  });
});

describe('the end of the plan period', () => {
  it('期末 and 规划期末 are the last year of the plan period', () => {
    expect(dates('到规划期末，全区文物保护单位保存状况良好率达到100%', at(2021, 2025))).toEqual([['规划期末', 'deadline', '2025']]);
    expect(dates('期末达到95%', at(2021, 2025))).toEqual([['期末', 'deadline', '2025']]);
  });

  it('“十三五”期末 is an earlier plan, not this one', () => {
    const found = findDatePhrases(fold('较“十三五”期末翻一番'), at(2021, 2025));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ role: 'base', value: '2020' });
  });

  it('without a plan period, 期末 dates nothing', () => {
    expect(dates('期末达到95%', at(2021))).toEqual([]);
  });
});

describe('years a sentence speaks of', () => {
  it('2021年是…, a meeting of a year, and the time data are taken at are context', () => {
    expect(dates('2021年是“十四五”开局之年', NO_FRAME)[0]).toEqual(['2021年', 'context', '2021']);
    expect(dates('经2024年第31次党组会审议通过', NO_FRAME)).toEqual([['2024年', 'context', '2024']]);
    expect(dates('数据截止日期为2020年12月31日', NO_FRAME)).toEqual([['2020年12月31日', 'context', '2020-12-31']]);
  });

  it('the year a change is measured from is a base: 在2018年基础上翻两番', () => {
    expect(dates('在2018年基础上翻两番', NO_FRAME)).toEqual([['2018年', 'base', '2018']]);
  });

  it('a window of days runs to its last day: 2019年1月1日至12月31日', () => {
    const [d] = findDatePhrases(fold('统计时段为2019年1月1日至12月31日'));
    expect(d).toMatchObject({ role: 'period', value: '2019-12-31', from: 2019 });
  });
});
