// The whole extraction on hostile input: it either refuses with an error naming the
// file, or loses no text, and what it writes reads back as the same text on the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyText, markTargets } from '../../src/pipeline/build-record.ts';
import { writeMdx } from '../../src/pipeline/mdx/write-mdx.ts';
import { record as recordSchema } from '../../src/schema/record.ts';
import { recoverBlocks } from './mdx/astro-like.ts';
import { extract, realCorpusRead, ROOT } from './support.ts';
import { aTarget } from '../support/targets.ts';
import { InputError } from '../../src/pipeline/errors.ts';

const squash = (s: string) => s.replace(/[\s\p{Cc}]+/gu, '');

/** A title line that makes any text a policy, so the body's hostile content is what is tested. */
const TITLE = '某某县教育发展实施方案';

/** The page text of a source (after its title line): extracted, written as MDX, parsed back. */
function roundTrip(body: string): { page: string; removed: string[]; targets: number } {
  const { record, blocks } = extract(`${TITLE}\n${body}`);
  expect(recordSchema.safeParse(record).success).toBe(true);
  const recovered = recoverBlocks(writeMdx(record, blocks));
  for (const b of recovered) expect(b.kind).toMatch(/^(heading:\d|paragraph)$/);
  const page = recovered.map((b) => b.segments.map((s) => s.text).join('')).join('\n');
  return {
    page: page.startsWith(TITLE) ? page.slice(TITLE.length).replace(/^\n/, '') : page,
    removed: record.removed.map((r) => r.text),
    targets: record.targets.length,
  };
}

describe('buildRecord on hostile input', () => {
  it('an empty text is refused, naming the file', () => {
    expect(() => extract('')).toThrow(InputError);
    expect(() => extract('')).toThrow(/no policy text/);
    expect(() => extract('   \n\n')).toThrow(expect.objectContaining({ file: 'content/sources/test-policy.txt' }));
  });

  it('a page with no policy in it (a news item) is refused, naming the file and saying what to do', () => {
    const news = '我县举办2024年春季运动会\n发布时间：2024-04-12\n4月10日，我县第十届中小学生春季运动会开幕。1200余名运动员参加比赛。';
    expect(() => extract(news)).toThrow(/no policy was found: "我县举办2024年春季运动会"/);
  });

  it('a title alone makes a policy: an empty body gives a valid record with warnings', () => {
    const { record, blocks } = extract(TITLE);
    expect(record.targets).toEqual([]);
    expect(record.meta.title).toBe(TITLE);
    expect(blocks.length).toBe(1);
    expect(record.warnings).toContain('no targets or milestones were found: check that this is a plan with commitments');
  });

  it('only punctuation', () => {
    expect(squash(roundTrip('。，；！？、“”《》（）——……').page)).toBe('。，；！？、“”《》（）——……');
  });

  it('10,000 characters without punctuation', () => {
    const long = '推进教育高质量发展'.repeat(1112);
    const { page, targets } = roundTrip(long);
    expect(squash(page)).toBe(long);
    expect(targets).toBe(0);
  });

  it('MDX syntax at line starts stays text: {}<>, import, export, #, -, >', () => {
    const lines = [
      'import x from "y"',
      'export const a = 1',
      '{}<>',
      '<Target ids={["x"]}>假</Target>',
      '# 不是标题',
      '- 不是列表',
      '> 不是引用',
      '到2025年，新增学位990个。',
    ];
    const { page, targets } = roundTrip(lines.join('\n'));
    expect(page.split('\n')).toEqual(lines);
    expect(targets).toBe(1);
  });

  it('numbers everywhere, emoji, unbalanced 《 and “, a U+0000', () => {
    const text = [
      '1 2 3 4 5 6 7 8 9 10 2024 2025 99.5 3万 十五 〔2023〕7号',
      '😀到2025年，毛入学率达到95%以上😀',
      '《未闭合的标题 新增学位990个。',
      '“未闭合的引号 新增学位990个。',
      '到\u00002025年，新增学位1000个。',
    ].join('\n');
    const { page } = roundTrip(text);
    expect(squash(page)).toBe(squash(text));
  });

  it('any mix of policy text and syntax survives to the page', () => {
    const pieces = [
      '到2025年，',
      '毛入学率达到95%以上。',
      '{',
      '}',
      '<',
      '>',
      'import ',
      'export ',
      '\n',
      '《',
      '》',
      '“',
      '”',
      '😀',
      '一、',
      '（一）',
      '1.',
      '*',
      '_',
      '`',
      '[',
      ']',
      '(',
      ')',
      '#',
      '\\',
      '&amp;',
      '|',
      '-',
      '——',
      '新增学位990个',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const { page, removed } = roundTrip(text);
        expect([...squash(page + removed.join(''))].sort()).toEqual([...squash(text)].sort());
      }),
      { numRuns: 60 },
    );
  });
});

describe('markTargets and bodyText', () => {
  it('a target sentence becomes a segment carrying its id; the text stays the same', () => {
    const blocks = [{ kind: 'paragraph' as const, section: null, segments: [{ text: '前言。到2025年，新增学位990个。后记。', targets: [] }] }];
    const marked = markTargets(blocks, [aTarget({ id: 't-1', text: '到2025年，新增学位990个。', value: 990, unit: '个', comparator: '=' })]);
    expect(marked[0].segments).toEqual([
      { text: '前言。', targets: [] },
      { text: '到2025年，新增学位990个。', targets: ['t-1'] },
      { text: '后记。', targets: [] },
    ]);
    expect(bodyText(marked)).toBe('前言。到2025年,新增学位990个。后记。');
  });
});

describe('buildRecord: a work report', () => {
  const text = (file: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'corpus-real', file), 'utf8');

  it('is led by the government the speaker reports for, whose tasks it lists (我代表省人民政府…)', () => {
    const { record } = extract(text('07-provincial-guizhou-government-work-report-2021.txt'));
    expect(record.meta.issuers).toEqual(['贵州省人民政府']);
    expect(record.leads).toEqual(['省人民政府']);
    expect(record.units.map((u) => u.name)).toContain('省人民政府');
    // 我代表省人民政府 names neither a place nor a unit of its own.
    expect(record.units.flatMap((u) => [u.name, ...u.aliases]).filter((n) => n.includes('我代表'))).toEqual([]);
  });
});

describe('buildRecord: a per-task note listing bodies', () => {
  it('gives each listed name whole, not the shorter names found inside it (中央和国家机关工委, 中央军委政治工作部)', async () => {
    const note = await realCorpusRead(
      '02-national-consumption-poverty-alleviation-opinions-2018.html',
      '（扶贫办、中央统战部、中央和国家机关工委、教育部、卫生健康委、人民银行、国资委、国管局、中央军委政治工作部、全国总工会等和各省级人民政府负责）',
    );
    const { record } = extract(
      ['国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见', '一、动员社会各界扩大贫困地区产品和服务消费', `（一）组织开展消费扶贫。${note}`].join(
        '\n',
      ),
    );
    const names = record.units.map((u) => u.name);
    expect(names).toEqual(expect.arrayContaining(['中央和国家机关工委', '中央军委政治工作部']));
    expect(names.filter((n) => n === '国家机关工委' || n === '中央军委')).toEqual([]);
  });
});

describe('buildRecord: the lines after the text', () => {
  it('gives no work to the bodies sent a copy (抄送：县委办公室，县人大常委会办公室，县政协办公室。)', () => {
    const { record } = extract(
      [
        '渠阳县高标准农田建设三年行动方案（2024—2026年）',
        '一、重点任务',
        '（一）县农业农村局牵头，每年新建高标准农田2万亩。',
        '抄送：县委办公室，县人大常委会办公室，县政协办公室。',
        '渠阳县人民政府办公室 2024年5月20日印发',
      ].join('\n'),
    );
    expect(record.units.map((u) => u.name)).toEqual(['县农业农村局']);
  });
});
