import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/pipeline/clean/clean.ts';
import { sample, SAMPLES } from '../support.ts';

/** Characters of texts, counted; white space and control characters (which clean drops) do not count. */
function chars(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const c of t.replace(/[\s\p{Cc}]+/gu, '')) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

const sorted = (m: Map<string, number>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('clean on the sample sources', () => {
  it('镇康: the page headline and 来源 line go to the header; borders and 【关闭窗口】 are removed with their reasons', () => {
    const c = clean(sample('zhenkang-education-2023-2025'));
    expect(c.header).toEqual([
      '中共镇康县委办公室 镇康县人民政府办公室关于印发《镇康县教育高质量发展三年行动计划实施方案(2023—2025年)》的通知',
      '来源: 作者: 时间:2023-11-07 点击率:【 打印 】【 关闭 】',
    ]);
    expect(c.removed).toContainEqual({ reason: 'page footer', text: '【关闭窗口】' });
    expect(c.removed.filter((r) => r.reason === 'stray table border').map((r) => r.text)).toEqual(['|', '|', '|', '|', '|']);
    expect(c.lines[0]).toBe('各乡(镇)党委、政府,县委各部委,县直国家机关各办局,各人民团体、企事业单位,省市驻镇康单位,驻镇康军警部队:');
    expect(c.lines.some((l) => l.includes('|'))).toBe(false);
  });

  it('镇康: the one-line page is cut into paragraphs at sentence ends and section numbers', () => {
    const c = clean(sample('zhenkang-education-2023-2025'));
    expect(c.lines.length).toBeGreaterThan(60);
    expect(c.lines).toContain('一、指导思想');
    expect(c.lines).toContain('(十一)抓实尊师重教良好氛围营造工作');
    expect(c.lines).toContain('2023年11月7日');
    // A cited title with spaces inside stays on its line.
    expect(c.lines.some((l) => l.includes('《中共云南省委办公厅 云南省人民政府办公厅关于印发〈云南省教育高质量发展三年行动计划(2023—2025年)〉的通知》'))).toBe(
      true,
    );
  });

  it('德州: 栏目 line in the header, 手机版 and the page footer removed', () => {
    const c = clean(sample('dezhou-county-high-school-2023'));
    expect(c.header).toEqual(['事关德州县域高中教育,8部门最新联合发文!', '栏目:教育培训  时间:2023-04-24']);
    expect(c.removed).toContainEqual({ reason: 'site navigation', text: '手机版' });
    expect(c.removed.filter((r) => r.reason === 'page footer').map((r) => r.text)).toEqual([
      '上一篇:呼伦贝尔市推进城市一刻钟便民生活圈建设实施方案',
      '下一篇:4月15日4场英冠预测:伯恩利客场擒弱旅 争六恶战难分上下?',
      '最近更新教育培训',
    ]);
    expect(c.lines.at(-1)).toMatch(/大力营造县中持续健康协调发展的良好氛围。$/);
  });

  it('川汇: page tools, share widget and editor credit removed', () => {
    const c = clean(sample('chuanhui-compulsory-balance-2019'));
    expect(c.removed).toContainEqual({ reason: 'page tools (print, close, font size, hit count)', text: '字体大小[ ] 打印' });
    expect(c.removed).toContainEqual({ reason: 'share widget', text: '分享:' });
    expect(c.removed).toContainEqual({ reason: 'page footer', text: '责任编辑:(川汇区人民政府)' });
    expect(c.lines[0]).toBe('周口市川汇区人民政府办公室');
  });

  it('恩施: the metadata table lines go to the header; the site name is a removed footer', () => {
    const c = clean(sample('enshi-county-alliance-2022-2025'));
    expect(c.header.slice(1)).toEqual([
      '索引号: 011459992/2023-26079 主题分类: 教育',
      '发文单位: 州教育局 发文字号: 恩施州教发〔2023〕3号',
      '发文日期: 2023年08月16日 效力状态: 有效',
    ]);
    expect(c.removed).toContainEqual({ reason: 'page footer', text: '网站地图' });
  });

  it('a document-sharing page: file name and notices removed, page numbers removed, pages joined', () => {
    const c = clean(sample('basic-education-action-plan'));
    expect(c.header).toEqual(['推动基础教育高质量发展行动方案.docx']);
    expect(c.removed.filter((r) => r.reason === 'page number inserted by a document-sharing site').map((r) => r.text)).toEqual([
      '1、',
      '2、',
      '3、',
      '4、',
      '5、',
      '6、',
      '7、',
      '8、',
      '9、',
    ]);
    expect(c.lines.join('')).toContain('新增约3万个学前教育公办学位');
    expect(c.removed.at(-1)).toEqual({ reason: 'page footer', text: '链接地址:https://www.31ppt.com/p-5625613.html' });
  });

  it('loses nothing: every character of a source is in the body, or in a removed line', () => {
    for (const name of SAMPLES) {
      const text = sample(name);
      const c = clean(text);
      expect(sorted(chars([...c.lines, ...c.removed.map((r) => r.text)])), name).toEqual(sorted(chars([text])));
      // The header is made of removed lines.
      for (const h of c.header) expect(c.removed.map((r) => r.text)).toContain(h);
    }
  });
});

describe('clean on made-up pages', () => {
  it('removes navigation, share widgets, print tools and footers wherever they stand', () => {
    const c = clean('首页 > 政策文件\n到2025年,毛入学率达到95%以上。\n分享到：微信\n每年至少补充20名专业保育员。\n【打印本页】【关闭窗口】\n网站标识码1234');
    expect(c.lines).toEqual(['到2025年,毛入学率达到95%以上。', '每年至少补充20名专业保育员。']);
    expect(c.removed.map((r) => r.reason)).toEqual(['site navigation', 'share widget', 'page tools (print, close, font size, hit count)', 'site footer']);
  });

  it('everything after 上一篇 is page footer', () => {
    const c = clean('第一段。\n上一篇：别的文章\n第二段看似正文。');
    expect(c.lines).toEqual(['第一段。']);
    expect(c.removed.map((r) => r.text)).toEqual(['上一篇：别的文章', '第二段看似正文。']);
  });

  it('a headline above 来源/时间 lines goes to the header', () => {
    const c = clean('关于印发某方案的通知\n来源：某某网 时间：2023-01-01\n正文。');
    expect(c.header).toEqual(['关于印发某方案的通知', '来源：某某网 时间：2023-01-01']);
    expect(c.lines).toEqual(['正文。']);
  });

  it('normalises line ends and odd spaces, and drops blank lines', () => {
    expect(clean('第一段。\r\n\r\n第二段。\r第三段。\n\n').lines).toEqual(['第一段。', '第二段。', '第三段。']);
    expect(clean('到\u00a02025\u200b年\ufeff').lines).toEqual(['到 2025 年']);
  });

  it('survives hostile input', () => {
    expect(clean('')).toEqual({ lines: [], header: [], removed: [] });
    expect(clean('。，；！？').lines).toEqual(['。，；！？']);
    const long = '无标点的长文本'.repeat(1500);
    expect(clean(long).lines.join('')).toBe(long);
    const code = 'import x from "y"\nexport const a = 1\n{}<>\n</Target>';
    expect(clean(code).lines).toEqual(['import x from "y"', 'export const a = 1', '{}<>', '</Target>']);
    // Control characters are not text: a NUL goes, what stands around it stays.
    expect(clean('😀\u0000《“').lines).toEqual(['😀《“']);
    expect(clean('\u0000').lines).toEqual([]);
  });

  it('loses nothing on any mix of policy lines and page furniture', () => {
    const pieces = [
      '首页 > 政策',
      '来源：某网 时间：2024-01-02',
      '上一篇：x',
      '分享到：',
      '1、',
      '2、第二页',
      '3、',
      '到2025年,新增学位990个。',
      '|',
      '正文 |',
      '一、总体要求',
      '责任编辑：张三',
      '   ',
      '',
      '附件：1.名单',
      '《标题》',
      '\u0000',
      '😀',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), (lines) => {
        const text = lines.join('\n');
        const c = clean(text);
        expect(sorted(chars([...c.lines, ...c.removed.map((r) => r.text)]))).toEqual(sorted(chars([text])));
      }),
    );
  });
});
