import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDatePhrases, fiveYearPlan, parseFullDate, type DatePhrase } from '../../../src/pipeline/dates/date-phrases.ts';
import { fold } from '../../../src/pipeline/text/fold.ts';
import { real } from '../support.ts';

/** [phrase as printed, role, value] of each date phrase of a text. */
function dates(text: string): Array<[string, DatePhrase['role'], string]> {
  const view = fold(text);
  return findDatePhrases(view).map((d) => [text.slice(d.start, d.end), d.role, d.value]);
}

describe('findDatePhrases on the sample plans', () => {
  it('到2025年 opening a clause is a deadline, and leads what follows', () => {
    const text = real('zhenkang-education-2023-2025', '到2025年,全县学前教育三年毛入园率达95%以上');
    const [d] = findDatePhrases(fold(text));
    expect(d).toMatchObject({ role: 'deadline', value: '2025', from: 2025, leading: true });
  });

  it('a deadline with spaces inside: 到 2025 年', () => {
    const text = real('dezhou-county-high-school-2023', '到 2025 年,县中整体办学水平显著提升');
    expect(dates(text)).toEqual([['2025 年', 'deadline', '2025']]);
  });

  it('底前 takes the last month: 2023年底前 → 2023-12, 2022年12月底前 → 2022-12', () => {
    expect(dates(real('enshi-county-alliance-2022-2025', '2023年底前,全州30%以上的义务教育学校纳入教联体建设'))[0]).toEqual([
      '2023年底前',
      'deadline',
      '2023-12',
    ]);
    expect(dates(real('enshi-county-alliance-2022-2025', '(一)试点建设阶段(2022年12月底前)'))).toEqual([['2022年12月底前', 'deadline', '2022-12']]);
  });

  it('a month at which something happens is a point: 2024年7月对…进行中期评估', () => {
    expect(dates(real('enshi-county-alliance-2022-2025', '2024年7月对各县市教联体建设情况进行中期评估'))).toEqual([['2024年7月', 'point', '2024-07']]);
  });

  it('争取2023年 is a deadline', () => {
    expect(dates(real('zhenkang-education-2023-2025', '争取2023年县一中晋升为省一级二等普通高中'))).toEqual([['2023年', 'deadline', '2023']]);
  });

  it('a period in brackets ends in its last year: (2023—2025年) and 2023年1月—2024年12月', () => {
    const [title] = findDatePhrases(fold(real('zhenkang-education-2023-2025', '实施方案(2023—2025年)')));
    expect(title).toMatchObject({ role: 'period', value: '2025', from: 2023 });
    const [stage] = findDatePhrases(fold(real('enshi-county-alliance-2022-2025', '(二)分期推进阶段(2023年1月—2024年12月)')));
    expect(stage).toMatchObject({ role: 'period', value: '2024-12', from: 2023 });
  });

  it('“十四五”期间 is the period 2021–2025, and leads its clause', () => {
    const text = real('dezhou-county-high-school-2023', '在“十四五”期间,要力争普通高中省级或市级学科基地实现县域全覆盖');
    const [d] = findDatePhrases(fold(text));
    expect(d).toMatchObject({ role: 'period', value: '2025', from: 2021, leading: true });
  });

  it('an issue date is a point with its day', () => {
    expect(dates(real('chuanhui-compulsory-balance-2019', '2019年3月20日'))).toEqual([['2019年3月20日', 'point', '2019-03-20']]);
  });

  it('每年 7 月 names no year: no date phrase', () => {
    expect(dates(real('dezhou-county-high-school-2023', '每年 7 月,教育部门针对高考招生制度改革'))).toEqual([]);
  });
});

describe('findDatePhrases on variants the guideline covers', () => {
  it('full-width digits: 到２０２５年 → 2025', () => {
    expect(dates('到２０２５年，毛入学率达到９５％以上')).toEqual([['２０２５年', 'deadline', '2025']]);
  });

  it('a day-precise deadline: ２０２４年６月３０日前 → 2024-06-30', () => {
    expect(dates('２０２４年６月３０日前制定出台本地基本养老服务清单')).toEqual([['２０２４年６月３０日前', 'deadline', '2024-06-30']]);
    expect(dates('2024年12月31日前完成')).toEqual([['2024年12月31日前', 'deadline', '2024-12-31']]);
  });

  it('a day the calendar does not have keeps its month: 2024年2月30日前 → 2024-02', () => {
    expect(dates('2024年2月30日前完成')).toEqual([['2024年2月30日前', 'deadline', '2024-02']]);
    expect(dates('2023年2月29日前完成')).toEqual([['2023年2月29日前', 'deadline', '2023-02']]);
    expect(dates('2024年2月29日前完成')).toEqual([['2024年2月29日前', 'deadline', '2024-02-29']]);
    expect(dates('2024年4月31日前完成')).toEqual([['2024年4月31日前', 'deadline', '2024-04']]);
  });

  it('years in Chinese numerals: 二〇二五年底前 → 2025-12', () => {
    expect(dates('二〇二五年底前完成新校区一期工程建设')).toEqual([['二〇二五年底前', 'deadline', '2025-12']]);
  });

  it('the base of a relative change: 比2020年下降18%', () => {
    const [d] = findDatePhrases(fold('单位地区生产总值二氧化碳排放比2020年下降18%'));
    expect(d).toMatchObject({ role: 'base', value: '2020', from: 2020 });
  });

  it('half-years and quarters name their last month', () => {
    expect(dates('2024年上半年')[0][2]).toBe('2024-06');
    expect(dates('2024年下半年')[0][2]).toBe('2024-12');
    expect(dates('2024年第三季度')[0][2]).toBe('2024-09');
  });

  it('十五个 is a count, not the 15th five-year plan; 十四五规划 is a plan', () => {
    expect(dates('建成十五个市级以上技能大师工作室')).toEqual([]);
    expect(findDatePhrases(fold('十四五规划'))[0]).toMatchObject({ role: 'period', value: '2025', from: 2021 });
  });

  it('years outside 1949–2100 are not dates, nor are reversed or overlong ranges', () => {
    expect(dates('1900年')).toEqual([]);
    expect(dates('2200年')).toEqual([]);
    expect(findDatePhrases(fold('2025—2023年')).some((d) => d.role === 'period')).toBe(false);
    expect(findDatePhrases(fold('2010—2050年')).some((d) => d.role === 'period')).toBe(false);
  });

  it('every phrase lies inside the text, in order, and none overlap', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '到',
            '2025年',
            '底前',
            '，',
            '比',
            '2020年',
            '下降',
            '“十四五”期间',
            '(2023—2025年)',
            '12月',
            '每年',
            '二〇二四年',
            '上半年',
            '7',
            '月',
            '日',
          ),
          { maxLength: 20 },
        ),
        (parts) => {
          const text = parts.join('');
          const found = findDatePhrases(text);
          let at = 0;
          for (const d of found) {
            expect(d.start).toBeGreaterThanOrEqual(at);
            expect(d.end).toBeLessThanOrEqual(text.length);
            expect(d.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
            at = d.end;
          }
        },
      ),
    );
  });

  it('Y年M月底前 is a deadline in month M of year Y, for every year and month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1949, max: 2100 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const [d] = findDatePhrases(`${year}年${month}月底前完成`);
        expect(d).toMatchObject({ role: 'deadline', value: `${year}-${String(month).padStart(2, '0')}` });
      }),
    );
  });

  it('survives hostile input', () => {
    for (const text of ['', '。，；', '年'.repeat(10_000), '2'.repeat(10_000), '《2025年', '“2025年', '😀2025年😀', '\u0000到2025年']) {
      expect(() => findDatePhrases(text)).not.toThrow();
    }
    expect(findDatePhrases('\u0000到2025年')[0]).toMatchObject({ value: '2025', role: 'deadline' });
  });
});

describe('fiveYearPlan', () => {
  it('十四五 → 2021–2025, 十三五 → 2016–2020', () => {
    expect(fiveYearPlan('十四')).toEqual({ start: 2021, end: 2025 });
    expect(fiveYearPlan('十三')).toEqual({ start: 2016, end: 2020 });
    expect(fiveYearPlan('十五')).toEqual({ start: 2026, end: 2030 });
  });

  it('is null for numerals that name no plan', () => {
    expect(fiveYearPlan('五')).toBeNull();
    expect(fiveYearPlan('一百')).toBeNull();
    expect(fiveYearPlan('abc')).toBeNull();
  });
});

describe('parseFullDate', () => {
  it('reads the issue dates of the sample plans', () => {
    expect(parseFullDate(real('zhenkang-education-2023-2025', '2023年11月7日'))).toBe('2023-11-07');
    expect(parseFullDate(real('enshi-county-alliance-2022-2025', '2023年08月16日'))).toBe('2023-08-16');
    expect(parseFullDate(real('chuanhui-compulsory-balance-2019', '2019-03-28 11:43:13'))).toBe('2019-03-28');
  });

  it('reads dates in Chinese numerals and with slashes', () => {
    expect(parseFullDate('二〇二四年三月十五日')).toBe('2024-03-15');
    expect(parseFullDate('2023/4/24')).toBe('2023-04-24');
    expect(parseFullDate(fold('２０２４年５月２０日'))).toBe('2024-05-20');
  });

  it('is null without a day, or for an impossible date', () => {
    expect(parseFullDate('2024年')).toBeNull();
    expect(parseFullDate('2024年5月')).toBeNull();
    expect(parseFullDate('无日期')).toBeNull();
    expect(parseFullDate('2023年13月40日')).toBeNull();
    expect(parseFullDate('2024年2月30日')).toBeNull();
    expect(parseFullDate('2023-02-29')).toBeNull();
    expect(parseFullDate('')).toBeNull();
  });
});
