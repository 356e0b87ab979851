import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/data/check.ts';
import { formatProblem } from '../../src/problems/problem.ts';
import type { Problem } from '../../src/problems/problem.ts';
import { PROGRESS_HEADER, REPO, TODAY, makeRoot, milestones, progress } from './helpers.ts';

const X = 'data/progress/x.csv';
const M = 'data/milestones/m.csv';

/** The one problem of a run, asserting there is exactly one. */
function only(problems: Problem[]): Problem {
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0];
}

function run(files: Record<string, string | Uint8Array>, targetIds?: ReadonlySet<string>) {
  return checkData(makeRoot(files), { today: TODAY, targetIds });
}

// Column guide for the row most tests start from (Chinese characters count one column each):
//   学前教育毛入园率,全国,2019,83.4,%,教育部公报,,
//   indicator 1 · region 10 · period 13 · value 18 · unit 23 · source 25 · note 31 · flag 32
const GOOD = '学前教育毛入园率,全国,2019,83.4,%,教育部公报,,';

describe('the real sample data', () => {
  it('passes with no errors and no warnings', () => {
    const result = checkData(REPO, { today: TODAY });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.observations).toHaveLength(89);
    expect(result.milestones).toEqual([]);
  });

  it('keeps values exactly as printed', () => {
    const { observations } = checkData(REPO, { today: TODAY });
    const o = observations.find((x) => x.indicatorId === 'preschool-gross-enrolment' && x.region === '全国' && x.period === '2024');
    expect(o).toMatchObject({ valueText: '92.00', value: 92, unit: '%', flag: '', line: 14 });
    expect(observations.find((x) => x.indicatorId === 'junior-secondary-teachers-bachelor' && x.period === '2023')?.valueText).toBe('93');
  });

  it('resolves every row to a catalogue id and a canonical region', () => {
    const { observations } = checkData(REPO, { today: TODAY });
    expect(new Set(observations.map((o) => o.region))).toEqual(new Set(['全国', '云南省', '河南省']));
    expect(new Set(observations.map((o) => o.indicatorId)).size).toBe(11);
  });
});

describe('good rows', () => {
  it('accepts catalogue ids, names and aliases for indicators and regions', () => {
    const result = run({
      [X]: progress(
        'preschool-gross-enrolment,恩施州,2023,90.10,%,某州统计公报,,',
        '高中阶段毛入学率,enshi,2023,91,%,某州统计公报,,',
        '学前教育毛入园率,镇康,2023-09-01,88,％,县教体局,开学初统计,estimated',
      ),
    });
    expect(result.problems).toEqual([]);
    expect(result.observations.map((o) => [o.indicatorId, o.region, o.period, o.valueText])).toEqual([
      ['preschool-gross-enrolment', '恩施土家族苗族自治州', '2023', '90.10'],
      ['upper-secondary-gross-enrolment', '恩施土家族苗族自治州', '2023', '91'],
      ['preschool-gross-enrolment', '镇康县', '2023-09-01', '88'],
    ]);
  });

  it('accepts quoted fields, CRLF line ends and blank lines', () => {
    const row = '"学前教育毛入园率","全国","2019","83.4","%","教育部《公报》，转载","含""引号""的备注",';
    const result = run({ [X]: `${PROGRESS_HEADER}\r\n\r\n${row}\r\n` });
    expect(result.problems).toEqual([]);
    expect(result.observations[0]).toMatchObject({ source: '教育部《公报》，转载', note: '含"引号"的备注', line: 3 });
  });
});

describe('row errors, each at its exact line and column', () => {
  it('unknown indicator, with the closest known one suggested', () => {
    const p = only(run({ [X]: progress(GOOD.replace('毛入园率', '毛入学率')) }).problems);
    expect(formatProblem(p)).toBe(
      `${X}:2:1: error: unknown indicator "学前教育毛入学率" — did you mean "学前教育毛入园率" (preschool-gross-enrolment)? Indicators are listed in data/indicators.yaml`,
    );
  });

  it('unknown region, with a suggestion', () => {
    const p = only(run({ [X]: progress(GOOD, '学前教育毛入园率,恩施洲,2019,83.4,%,教育部公报,,') }).problems);
    expect([p.line, p.column]).toEqual([3, 10]);
    expect(p.message).toBe('unknown region "恩施洲" — did you mean "恩施土家族苗族自治州"? Regions are listed in data/regions.yaml');
  });

  it('value that is not a number', () => {
    const p = only(run({ [X]: progress(GOOD, GOOD.replace('2019', '2020').replace('83.4', '九十')) }).problems);
    expect(formatProblem(p)).toBe(`${X}:3:18: error: value "九十" is not a number — write it as digits, e.g. 90.5`);
  });

  it.each([
    ['85.2%', 'carries a % sign'],
    ['８５.２', 'uses full-width characters — write it with ASCII digits, e.g. 85.2'],
    ['"1,234"', 'has thousands separators — write it without them, e.g. 1234'],
    ['', 'value is empty'],
  ])('value %j gets a specific hint', (value, hint) => {
    const p = only(run({ [X]: progress(GOOD.replace('83.4', value)) }).problems);
    expect([p.line, p.column]).toEqual([2, 18]);
    expect(p.message).toContain(hint);
  });

  it('unit that does not match the indicator', () => {
    const p = only(run({ [X]: progress(GOOD.replace(',%,', ',‰,')) }).problems);
    expect(formatProblem(p)).toBe(`${X}:2:23: error: unit "‰" does not match the unit of 学前教育毛入园率 (preschool-gross-enrolment), which is "%"`);
  });

  it('duplicate observation names the other line, also across files and spellings', () => {
    const result = run({
      [X]: progress(GOOD, GOOD.replace('83.4', '64.5').replace('2019', '2012'), 'preschool-gross-enrolment,中国,2019,83.4,%,另一转载,,'),
      'data/progress/y.csv': progress(GOOD),
    });
    expect(result.problems.map(formatProblem)).toEqual([
      `${X}:4:1: error: duplicate observation: 学前教育毛入园率, 全国, 2019 is already given on line 2`,
      `data/progress/y.csv:2:1: error: duplicate observation: 学前教育毛入园率, 全国, 2019 is already given on ${X}:2`,
    ]);
    expect(result.observations).toHaveLength(2);
  });

  it.each([
    ['1948', 'period "1948" is before 1949 — a typing slip?'],
    ['2019年', 'period "2019年" is not a year or a date — write 2023 for a statistical year or 2023-09-01 for a date'],
    ['2019-02-30', 'period "2019-02-30" is not a real calendar date'],
  ])('period %s', (period, message) => {
    const p = only(run({ [X]: progress(GOOD.replace('2019', period)) }).problems);
    expect([p.line, p.column, p.message]).toEqual([2, 13, message]);
  });

  it('percentage above 100 or below 0', () => {
    // 九年义务教育巩固率,全国,2019,… : indicator 1 · region 11 · period 14 · value 19
    const result = run({ [X]: progress('九年义务教育巩固率,全国,2019,100.5,%,公报,,', '九年义务教育巩固率,全国,2020,-1,%,公报,,') });
    expect(result.problems.map(formatProblem)).toEqual([
      `${X}:2:19: error: value 100.5 is above 100, which a percentage cannot be — a misplaced decimal point?`,
      `${X}:3:19: error: value -1 is negative, which 九年义务教育巩固率 cannot be (its "min" in data/indicators.yaml is 0) — a stray minus sign?`,
    ]);
  });

  it('gross enrolment rates may exceed 100 up to the catalogue maximum', () => {
    expect(run({ [X]: progress(GOOD.replace('83.4', '104.3')) }).problems).toEqual([]);
    const p = only(run({ [X]: progress(GOOD.replace('83.4', '834')) }).problems);
    expect([p.line, p.column]).toEqual([2, 18]);
    expect(p.message).toBe('value 834 is above 150, the most 学前教育毛入园率 can plausibly be — a misplaced decimal point?');
  });

  it('bad flag', () => {
    const p = only(run({ [X]: progress(`${GOOD}final`) }).problems);
    expect(formatProblem(p)).toBe(`${X}:2:32: error: flag "final" is not one of: empty, provisional, estimated`);
  });

  it('empty source', () => {
    const p = only(run({ [X]: progress('学前教育毛入园率,全国,2019,83.4,%,,,') }).problems);
    expect([p.line, p.column, p.message]).toEqual([2, 25, 'source is empty — name the publication the value was printed in']);
  });

  it('collects every problem of a row, and keeps the row out of the observations', () => {
    const result = run({ [X]: progress('学前教育毛入学率,全国,1900,x,%,s,,') });
    expect(result.problems.map((p) => p.column)).toEqual([1, 13, 18]);
    expect(result.observations).toEqual([]);
  });
});

describe('file structure errors', () => {
  it('missing column in the header', () => {
    const text = 'indicator,region,period,value,unit,source,note\n学前教育毛入园率,全国,2019,83.4,%,公报,\n';
    const p = only(run({ [X]: text }).problems);
    // the header is 46 characters long: the missing column would start at 47
    expect(formatProblem(p)).toBe(
      `${X}:1:47: error: the header has no "flag" column; it must be indicator,region,period,value,unit,source,note,flag (leave a field empty, not the column out)`,
    );
  });

  it('unknown header column, with the likely meant one', () => {
    const text = 'indicator,region,year,value,unit,source,note,flag\n';
    const problems = run({ [X]: text }).problems;
    // indicator,region, is 17 characters: "year" starts at 18; the header ends at 49
    expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual(['1:18', '1:50']);
    expect(problems[0].message).toBe('unknown column "year" — did you mean "period"? The header must be indicator,region,period,value,unit,source,note,flag');
    expect(problems[1].message).toContain('the header has no "period" column');
  });

  it('a data row where the header should be', () => {
    const p = only(run({ [X]: `${GOOD}\n` }).problems);
    expect([p.line, p.column]).toEqual([1, 1]);
    expect(p.message).toContain('the first line must be the header');
  });

  it('empty file', () => {
    const p = only(run({ [X]: '' }).problems);
    expect([p.line, p.column, p.message]).toEqual([1, 1, 'the file is empty: it needs the header line indicator,region,period,value,unit,source,note,flag']);
  });

  it('too many fields: points at the first extra one', () => {
    // an unquoted comma in the source splits it into 教育部公报 | 转载: note 转载 at 31, flag (empty) at 34,
    // the ninth field at 35
    const p = only(run({ [X]: progress('学前教育毛入园率,全国,2019,83.4,%,教育部公报,转载,,') }).problems);
    expect([p.line, p.column]).toEqual([2, 35]);
    expect(p.message).toBe('this row has 9 fields but the header has 8: a value with a comma in it must be enclosed in double quotes');
  });

  it('too few fields: points just past the row', () => {
    const p = only(run({ [X]: progress('学前教育毛入园率,全国,2019,83.4,%,教育部公报') }).problems);
    expect(formatProblem(p)).toBe(`${X}:2:30: error: this row has 6 fields but the header has 8: "note", "flag" missing — keep the commas of empty fields`);
  });
});

describe('broken quotation marks, each reported where it stands', () => {
  const RULE =
    'a value with a comma, a quotation mark or a line break in it is enclosed in double quotes, and a quotation mark inside it is written twice ("")';
  const year = (y: number) => GOOD.replace('2019', String(y));

  it('text after a closing quotation mark', () => {
    // 学前教育毛入园率,全国,2020,85.2,%,"教育部"公报,, : the quote opens at column 25
    const result = run({ [X]: progress(GOOD, '学前教育毛入园率,全国,2020,85.2,%,"教育部"公报,,') });
    expect(formatProblem(only(result.problems))).toBe(
      `${X}:3:25: error: the value quoted from here has more text after its closing quotation mark — ${RULE}. The row was left out`,
    );
    expect(result.observations).toHaveLength(1);
  });

  it('a quotation mark never closed: at the line where it opens, and the rows after it are still read', () => {
    const result = run({ [X]: progress(GOOD, '学前教育毛入园率,全国,2020,85.2,%,"教育部公报,,', year(2021), year(2022), `${year(2023)}final`) });
    expect(result.problems.map(formatProblem)).toEqual([
      `${X}:3:25: error: this quotation mark opens a value that is never closed, so the rest of the file would be read as one value: add the closing quotation mark or remove this one (${RULE}). The row was left out`,
      `${X}:6:32: error: flag "final" is not one of: empty, provisional, estimated`,
    ]);
    expect(result.observations.map((o) => [o.period, o.line])).toEqual([
      ['2019', 2],
      ['2021', 4],
      ['2022', 5],
    ]);
  });

  it('a quotation mark never closed on the last line', () => {
    const p = only(run({ [X]: `${progress(GOOD)}学前教育毛入园率,全国,2020,85.2,%,教育部公报,"备注` }).problems);
    expect([p.line, p.column]).toEqual([3, 31]);
  });

  it('a stray opening quotation mark that runs on to the next quoted value', () => {
    const result = run({
      [X]: progress(GOOD, '学前教育毛入园率,全国,2020,85.2,%,"教育部公报,,', year(2021), '学前教育毛入园率,全国,2022,83.4,%,"教育部公报",,'),
    });
    const p = only(result.problems);
    expect([p.line, p.column]).toEqual([3, 25]);
    expect(p.message).toContain('has more text after its closing quotation mark (it runs on to line 5)');
    expect(result.observations.map((o) => o.line)).toEqual([2, 4, 5]);
  });

  it('a quotation mark inside a value that does not start with one', () => {
    // 教育部"公报" : the quotation mark is the fourth character of the source, at column 28
    const p = only(run({ [X]: progress(GOOD, '学前教育毛入园率,全国,2020,85.2,%,教育部"公报",,') }).problems);
    expect(formatProblem(p)).toBe(`${X}:3:28: error: a quotation mark inside a value that does not start with one — ${RULE}. The row was left out`);
  });

  it('white space before an opening quotation mark', () => {
    // ,  "教育部公报" : the quotation mark two spaces into the source cell, at column 27
    const p = only(run({ [X]: progress(GOOD, '学前教育毛入园率,全国,2020,85.2,%,  "教育部公报",,') }).problems);
    expect(formatProblem(p)).toBe(
      `${X}:3:27: error: white space before the quotation mark that opens this value — remove it: a quoted value starts with its quotation mark, right after the comma. The row was left out`,
    );
  });

  it('a quoted value over two lines is one value, and the lines after it keep their numbers', () => {
    const result = run({ [X]: progress('学前教育毛入园率,全国,2019,83.4,%,教育部公报,"第一行\n第二行",', `${year(2020)}final`) });
    expect(result.problems.map((p) => [p.line, p.column])).toEqual([[4, 32]]);
    expect(result.observations[0].note).toBe('第一行\n第二行');
  });

  it('a stray quotation mark on each of 2,000 rows: each at its own line, the first 100 listed', () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => `学前教育毛入园率,全国,${1950 + (i % 70)},83.4,%,"教育部公报,,`);
    const result = run({ [X]: progress(...rows) });
    expect(result.counts).toEqual({ errors: 2_000, warnings: 0 });
    expect(result.problems).toHaveLength(101);
    expect(result.problems.slice(0, 100).map((p) => `${p.line}:${p.column}`)).toEqual(rows.slice(0, 100).map((_, i) => `${i + 2}:25`));
    expect(formatProblem(result.problems[100])).toMatch(new RegExp(`^${X}:102:25: error: 1900 more problems from here on \\(1900 errors\\) not listed`));
  });
});

describe('data as Excel writes it', () => {
  it('a UTF-8 byte-order mark (Excel\'s "CSV UTF-8") is read as nothing, and columns are counted without it', () => {
    const result = run({ [X]: `\uFEFF${progress(GOOD, `${GOOD.replace('2019', '2020')}final`)}` });
    expect(result.problems.map(formatProblem)).toEqual([`${X}:3:32: error: flag "final" is not one of: empty, provisional, estimated`]);
    expect(result.observations).toHaveLength(1);
  });

  it('skips blank lines and rows of bare commas (what Excel leaves after deleted rows), CR LF and all', () => {
    const text = [`\uFEFF${PROGRESS_HEADER}`, GOOD, ',,,,,,,', '', ',,,', '   ', ' , ,\t,', GOOD.replace('2019', '2020'), ',,,,,,,', ''].join('\r\n');
    const result = run({ [X]: text });
    expect(result.problems).toEqual([]);
    expect(result.observations.map((o) => o.line)).toEqual([2, 8]);
  });

  it('reads cells without the spaces around them: ASCII, tab, full-width and no-break spaces', () => {
    const result = run({
      [X]: progress(
        ' 学前教育毛入园率 ,全国 , 2019,83.4 ,%, 教育部公报 ,  ,',
        '\u3000学前教育毛入园率\u3000,\t全国,2024\u00a0,\t85.2,% ," 教育部公报 ",,provisional ',
      ),
    });
    expect(result.problems).toEqual([]);
    expect(result.observations.map((o) => [o.region, o.period, o.valueText, o.unit, o.source, o.note, o.flag])).toEqual([
      ['全国', '2019', '83.4', '%', '教育部公报', '', ''],
      ['全国', '2024', '85.2', '%', '教育部公报', '', 'provisional'],
    ]);
  });

  it('a header with spaces around its column names', () => {
    const header = PROGRESS_HEADER.split(',').join(' , ');
    expect(run({ [X]: `${header}\n${GOOD}\n` }).problems).toEqual([]);
  });

  it('points at the first character of a padded cell', () => {
    // the value cell starts at column 18; its text two spaces later
    const p = only(run({ [X]: progress(GOOD.replace('83.4', '  九十 ')) }).problems);
    expect([p.line, p.column, p.message]).toEqual([2, 20, 'value "九十" is not a number — write it as digits, e.g. 90.5']);
  });

  it('a cell of spaces is empty', () => {
    const p = only(run({ [X]: progress(GOOD.replace('83.4', '   ')) }).problems);
    expect([p.line, p.column, p.message]).toEqual([2, 18, 'value is empty — leave the row out when no value was published']);
  });
});

describe('values an indicator cannot take (min and max in the catalogue)', () => {
  const entry = (id: string, name: string, unit: string, bounds: string) =>
    `  - id: ${id}\n    name: ${name}\n    unit: '${unit}'\n    direction: higher\n${bounds}    definition: 定义\n    english: E\n    source: null\n`;
  const catalogue = `indicators:\n${entry('kindergartens', '幼儿园数', '所', '    min: 0\n')}${entry('funding-growth', '教育经费增长率', '%', '')}`;

  function withCatalogue(yaml: string, files: Record<string, string>) {
    const root = makeRoot(files);
    writeFileSync(join(root, 'data', 'indicators.yaml'), yaml);
    return checkData(root, { today: TODAY });
  }

  it('refuses a negative count, at its value cell', () => {
    // 幼儿园数,全国,2023, : the value starts at column 14
    const result = withCatalogue(catalogue, { [X]: progress('幼儿园数,全国,2023,-3,所,公报,,', '幼儿园数,全国,2024,0,所,公报,,') });
    expect(result.problems.map(formatProblem)).toEqual([
      `${X}:2:14: error: value -3 is negative, which 幼儿园数 cannot be (its "min" in data/indicators.yaml is 0) — a stray minus sign?`,
    ]);
    expect(result.observations.map((o) => o.valueText)).toEqual(['0']);
  });

  it('accepts a negative value where the catalogue declares no min (a growth rate)', () => {
    expect(withCatalogue(catalogue, { [X]: progress('教育经费增长率,全国,2023,-2.5,%,公报,,') }).problems).toEqual([]);
  });

  it('a declared min other than 0', () => {
    const yaml = `indicators:\n${entry('class-size', '平均班额', '人', '    min: 10\n    max: 80\n')}`;
    const p = only(withCatalogue(yaml, { [X]: progress('平均班额,全国,2023,4.5,人,公报,,') }).problems);
    expect(p.message).toBe('value 4.5 is below 10, the least 平均班额 can be (its "min" in data/indicators.yaml) — a typing slip?');
  });

  it('a min not below max is a catalogue error, at the min', () => {
    const yaml = `indicators:\n${entry('class-size', '平均班额', '人', '    min: 80\n    max: 10\n')}`;
    const result = withCatalogue(yaml, {});
    expect(formatProblem(only(result.problems))).toBe('data/indicators.yaml:6:10: error: indicators[0].min: min must be below max');
  });

  it('every indicator of the catalogue refuses a negative value: all are rates and shares', () => {
    const { catalogue: real } = checkData(REPO, { today: TODAY });
    const rows = real!.indicators.map((i) => `${i.id},全国,2019,-0.5,${i.unit},公报,,`);
    const result = run({ [X]: progress(...rows) });
    expect(result.problems.map((p) => [p.line, p.message.startsWith('value -0.5 is negative')])).toEqual(rows.map((_, i) => [i + 2, true]));
  });
});

describe('periods and dates after the build date', () => {
  // TODAY is 2025-11-25
  it.each([
    [
      '2026',
      'period 2026 is not over on the build date 2025-11-25, so no figure for it can have been published yet — the period is the year the value describes (the 2024 bulletin, published in 2025, describes 2024)',
    ],
    [
      '2025',
      'period 2025 is not over on the build date 2025-11-25, so no figure for it can have been published yet — the period is the year the value describes (the 2024 bulletin, published in 2025, describes 2024)',
    ],
    ['2025-12-16', 'period 2025-12-16 is after the build date 2025-11-25: no value can have been taken on that day yet — check the date'],
    ['2025-11-26', 'period 2025-11-26 is after the build date 2025-11-25: no value can have been taken on that day yet — check the date'],
  ])('refuses period %s: it has not ended', (period, message) => {
    const p = only(run({ [X]: progress(GOOD.replace('2019', period)) }).problems);
    expect([p.line, p.column, p.message]).toEqual([2, 13, message]);
  });

  it.each(['2024', '2025-11-25', '2025-11-24'])('accepts period %s: it has ended by the build date', (period) => {
    expect(run({ [X]: progress(GOOD.replace('2019', period)) }).problems).toEqual([]);
  });

  it('a milestone date must have begun: this month and this year may be recorded, three weeks ahead may not', () => {
    const result = run({ [M]: milestones('a,2025,in-progress,,', 'b,2025-11,in-progress,,', 'c,2025-12-16,in-progress,,', 'd,2026,in-progress,,') });
    expect(result.problems.map(formatProblem)).toEqual([
      `${M}:4:3: error: date 2025-12-16 is after the build date 2025-11-25: a status can only be recorded once it is known`,
      `${M}:5:3: error: date 2026 is after the build date 2025-11-25: a status can only be recorded once it is known`,
    ]);
    expect(result.milestones.map((m) => m.targetId)).toEqual(['a', 'b']);
  });
});

describe('encoding errors', () => {
  it('GB18030 (GBK) file: reported clearly, not mis-parsed', () => {
    const result = run({ [X]: iconv.encode(progress(GOOD), 'gb18030') });
    const p = only(result.problems);
    expect([p.line, p.column]).toEqual([2, 1]);
    expect(p.message).toContain('the file is not UTF-8: it looks like GB18030/GBK');
    expect(p.message).toContain('"学前教育毛入园率,全国,2019,83.4,%,教育部公报,,"');
    expect(result.observations).toEqual([]);
  });

  it('GB18030 points at the first non-ASCII character, counted in characters', () => {
    const p = only(run({ [X]: iconv.encode(progress('preschool-gross-enrolment,全国,2019,83.4,%,公报,,'), 'gb18030') }).problems);
    expect([p.line, p.column]).toEqual([2, 27]);
  });

  it('UTF-16 file', () => {
    const p = only(run({ [X]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(progress(GOOD), 'utf16le')]) }).problems);
    expect([p.line, p.column]).toEqual([1, 1]);
    expect(p.message).toContain('UTF-16');
  });

  it('bytes that are neither UTF-8 nor GB18030', () => {
    const bytes = Buffer.concat([Buffer.from(`${progress()}ab`), Buffer.from([0xff, 0xff]), Buffer.from('\n')]);
    const p = only(run({ [X]: bytes }).problems);
    expect([p.line, p.column]).toEqual([2, 3]);
    expect(p.message).toContain('not valid UTF-8 (byte 0xFF here)');
  });
});

describe('warnings', () => {
  it('a suspicious jump of a percentage indicator (> 15 points in a year)', () => {
    // 普惠性幼儿园覆盖率,河南省,2019,… : region at 11, period at 15, value at 20
    const result = run({
      [X]: progress(
        '普惠性幼儿园覆盖率,河南省,2019,65.26,%,公报,,',
        '普惠性幼儿园覆盖率,河南省,2020,85.0,%,公报,,',
        '普惠性幼儿园覆盖率,河南省,2022,87.08,%,公报,,',
      ),
    });
    const p = only(result.problems);
    expect(formatProblem(p)).toBe(
      `${X}:3:20: warning: value jumps from 65.26 (2019, line 2) to 85.0 (2020): a rise of 19.74 percentage points in one year — check the figure and its source`,
    );
    expect(result.observations).toHaveLength(3);
  });

  it('spreads the jump over the years between two observations', () => {
    // 32.6 (2012) → 70.3 (2021): 37.7 points in 9 years is 4.2 a year, no warning
    expect(
      run({ [X]: progress('小学专任教师本科以上学历比例,全国,2012,32.6,%,发布会,,', '小学专任教师本科以上学历比例,全国,2021,70.3,%,发布会,,') }).problems,
    ).toEqual([]);
  });

  it('a provisional value older than 3 years', () => {
    const result = run({ [X]: progress(`${GOOD}provisional`, `${GOOD.replace('2019', '2023').replace('83.4', '91.1')}provisional`) });
    const p = only(result.problems);
    expect(formatProblem(p)).toBe(
      `${X}:2:32: warning: provisional value for 2019 is more than 3 years old — replace it with the final figure, or drop the flag`,
    );
  });

  it('files that are not CSV in data/progress', () => {
    const p = only(run({ 'data/progress/stats.xlsx': 'PK' }).problems);
    expect(p).toMatchObject({ severity: 'warning', file: 'data/progress/stats.xlsx', line: 1, column: 1 });
  });
});

describe('milestones', () => {
  const ids = new Set(['zk-3f9a1c', 'zk-77b0e2']);

  it('accepts good rows', () => {
    const result = run({ [M]: milestones('zk-3f9a1c,2024-07,done,https://www.zhenkang.gov.cn/a.html,中期评估', 'zk-77b0e2,2025,in-progress,,') }, ids);
    expect(result.problems).toEqual([]);
    expect(result.milestones.map((m) => [m.targetId, m.date, m.status, m.line])).toEqual([
      ['zk-3f9a1c', '2024-07', 'done', 2],
      ['zk-77b0e2', '2025', 'in-progress', 3],
    ]);
  });

  it('unknown target id, with the closest id suggested', () => {
    const p = only(run({ [M]: milestones('zk-3f9a1d,2024-07,done,https://example.org/r,') }, ids).problems);
    expect(formatProblem(p)).toBe(`${M}:2:1: error: unknown target id "zk-3f9a1d" — did you mean "zk-3f9a1c"? No ingested policy has a target with this id`);
  });

  it('target ids are not checked without the set of known ids', () => {
    expect(run({ [M]: milestones('anything,2024-07,in-progress,,') }).problems).toEqual([]);
  });

  it('bad status, with the intended one named', () => {
    // zk-3f9a1c,2024-07,完成,… : status at column 19
    const p = only(run({ [M]: milestones('zk-3f9a1c,2024-07,完成,https://example.org/r,') }, ids).problems);
    expect(formatProblem(p)).toBe(`${M}:2:19: error: status "完成" is not one of: done, in-progress, missed — write "done"`);
  });

  it('bad and future dates', () => {
    const result = run({ [M]: milestones('zk-3f9a1c,2024-13,in-progress,,', 'zk-77b0e2,2026-01,in-progress,,') }, ids);
    expect(result.problems.map(formatProblem)).toEqual([
      `${M}:2:11: error: date "2024-13" is not a date — write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-07`,
      `${M}:3:11: error: date 2026-01 is after the build date 2025-11-25: a status can only be recorded once it is known`,
    ]);
  });

  it('evidence that is not a link, and done without evidence', () => {
    // zk-3f9a1c,2024-07,done,… : evidence at column 24
    const result = run({ [M]: milestones('zk-3f9a1c,2024-07,done,见县政府网站,', 'zk-77b0e2,2024-07,done,,') }, ids);
    expect(result.problems.map(formatProblem)).toEqual([
      `${M}:2:24: error: evidence "见县政府网站" is not a link — give the http(s) address of the document that shows the status`,
      `${M}:3:24: warning: a milestone marked done should link the evidence (a report, a notice, a news item)`,
    ]);
  });

  it('duplicate status for one target and date', () => {
    const p = only(run({ [M]: milestones('zk-3f9a1c,2024-07,in-progress,,', 'zk-3f9a1c,2024-07,missed,,') }, ids).problems);
    expect(formatProblem(p)).toBe(`${M}:3:1: error: duplicate status for target zk-3f9a1c on 2024-07: already given on line 2`);
  });

  it('the shipped milestone file is a header without rows', () => {
    expect(checkData(REPO, { today: TODAY, targetIds: new Set() }).milestones).toEqual([]);
  });
});

describe('catalogue errors', () => {
  it('are reported at the line and column of the bad value', () => {
    const root = makeRoot({ [X]: progress(GOOD) });
    const yaml = 'indicators:\n  - id: a-b\n    name: 甲\n    unit: "%"\n    direction: up\n    definition: 甲\n    english: A\n    source: null\n';
    writeFileSync(join(root, 'data', 'indicators.yaml'), yaml);
    const result = checkData(root, { today: TODAY });
    expect(result.problems.map(formatProblem)).toEqual([
      'data/indicators.yaml:5:16: error: indicators[0].direction: Invalid option: expected one of "higher"|"lower"',
      `${X}:1:1: error: progress files were not checked: fix data/indicators.yaml and data/regions.yaml first`,
    ]);
  });

  it('a name claimed by two indicators', () => {
    const root = makeRoot({});
    const one = (id: string, alias: string) =>
      `  - id: ${id}\n    name: ${id}名\n    aliases: [${alias}]\n    unit: '%'\n    direction: higher\n    definition: 定义\n    english: E\n    source: null\n`;
    writeFileSync(join(root, 'data', 'indicators.yaml'), `indicators:\n${one('a', '毛入学率')}${one('b', '毛入学率')}`);
    const p = only(checkData(root, { today: TODAY }).problems);
    // line 12 is `    aliases: [毛入学率]`: the alias starts at column 15
    expect(formatProblem(p)).toBe('data/indicators.yaml:12:15: error: "毛入学率" also names indicator "a": a name or alias must identify one indicator');
  });

  it('a YAML syntax error', () => {
    const root = makeRoot({});
    writeFileSync(join(root, 'data', 'regions.yaml'), 'regions:\n  - id: [x\n');
    const p = only(checkData(root, { today: TODAY }).problems);
    expect(p).toMatchObject({ file: 'data/regions.yaml', severity: 'error' });
    expect(p.message).toMatch(/^YAML syntax error/);
  });

  it('refuses a malformed build date', () => {
    expect(() => checkData(REPO, { today: '2025-11' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('suggestions', () => {
  it('only when something is close', () => {
    const p = only(run({ [X]: progress(GOOD.replace('学前教育毛入园率', 'GDP')) }).problems);
    expect(p.message).toBe('unknown indicator "GDP". Indicators are listed in data/indicators.yaml');
  });
  it('for ids too', () => {
    const p = only(run({ [X]: progress(GOOD.replace('学前教育毛入园率', 'preschool-gross-enrollment')) }).problems);
    expect(p.message).toContain('did you mean "学前教育毛入园率" (preschool-gross-enrolment)?');
  });
});
