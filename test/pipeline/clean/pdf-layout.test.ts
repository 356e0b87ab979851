// Text copied out of a PDF: lines broken at the page width, page numbers glued to
// lines, a table of contents, subscripts on lines of their own. Lines as in the
// PDF copy of a provincial five-year outline.
import { describe, expect, it } from 'vitest';
import { undoPdfLayout, wrapWidth } from '../../../src/pipeline/clean/pdf-layout.ts';

/** A paragraph of lines of the page width (so the text reads as hard-wrapped), closed by a short line. */
const filler = (n: number) => [...Array.from({ length: n }, (_, i) => `以数字技术创新带动科技变革产业变革和城市治理方式第${i % 10}行，`), '实现整体性转变。'];

describe('undoPdfLayout', () => {
  it('joins a paragraph broken mid-sentence and mid-number (到 2025 / 年)', () => {
    const lines = [
      ...filler(40),
      '2.3 “十四五”时期经济社会发展主要目标',
      '锚定 2035 年远景目标，综合考量全市发展实际，到 2025',
      '年，贯彻落实国家重大战略任务取得显著成果，城市数字化转',
      '型取得重大进展。',
      '2.3.1 城市核心功能更加强大。经济保持量的合理增长和质',
      '的稳步提升。',
    ];
    const { lines: out } = undoPdfLayout(lines);
    expect(out).toContain('锚定 2035 年远景目标，综合考量全市发展实际，到 2025年，贯彻落实国家重大战略任务取得显著成果，城市数字化转型取得重大进展。');
    expect(out).toContain('2.3 “十四五”时期经济社会发展主要目标');
    expect(out).toContain('2.3.1 城市核心功能更加强大。经济保持量的合理增长和质的稳步提升。');
  });

  it('removes page numbers glued to lines when they run in sequence, and records them', () => {
    const page = (n: number, first: string) => [`${n}${first}`, ...filler(20)];
    const { lines, removed } = undoPdfLayout([
      ...page(11, '以数字技术创新带动科技变革、产业变革和城市治理方式变革，'),
      ...page(12, '本一致，经济潜力充分发挥。全球高端资源要素加快集聚，要'),
      ...page(13, '系和重大文化体育设施布局更加完备，现代文化创意产业体系'),
    ]);
    expect(lines.join('')).not.toMatch(/(^|[，。])1[123](?=[\p{Script=Han}])/u);
    expect(removed.filter((r) => r.reason.startsWith('page number')).map((r) => r.text)).toEqual(['11', '12', '13']);
  });

  it('keeps a number that starts a wrapped line when it is a quantity (1.3 亿人次, 2025年)', () => {
    const lines = [...filler(40), '持续建设世界一流的航空枢纽设施，到 2025 年航空旅客年吞吐量达到', '1.3 亿人次以上，货邮年吞吐量达到 410 万吨以上。'];
    expect(undoPdfLayout(lines).lines.at(-1)).toBe(
      '持续建设世界一流的航空枢纽设施，到 2025 年航空旅客年吞吐量达到1.3 亿人次以上，货邮年吞吐量达到 410 万吨以上。',
    );
  });

  it('drops the table of contents and a subscript line, keeps table rows as lines', () => {
    const lines = [
      '一、新阶段新起点，以党中央对上海的战略定位引领未来发展.....................................',
      '1.1“五个中心”建设既定目标如期实现...................................................................',
      '1.2 准确把握新发展阶段上海发展面临的新机遇新挑战................................................',
      ...filler(40),
      '数重达到或好于国家标准，六项大气常规污染物稳定达到国',
      '2.5',
      '家二级标准，部分指标优于国家一级标准，地表水达到或好',
      '于Ⅲ类水体比例达到 60%以上。',
      '17 地表水达到或好于Ⅲ类水体比例 % 约束性 >60 -',
      '18 生活垃圾回收利用率 % 约束性 >45 -',
    ];
    const { lines: out, removed } = undoPdfLayout(lines);
    expect(out.some((l) => l.includes('.....'))).toBe(false);
    expect(out).toContain(
      '数重达到或好于国家标准，六项大气常规污染物稳定达到国家二级标准，部分指标优于国家一级标准，地表水达到或好于Ⅲ类水体比例达到 60%以上。',
    );
    expect(out.slice(-2)).toEqual(['17 地表水达到或好于Ⅲ类水体比例 % 约束性 >60 -', '18 生活垃圾回收利用率 % 约束性 >45 -']);
    expect(removed.map((r) => r.reason)).toEqual(
      expect.arrayContaining(['table of contents', 'subscript or superscript left on a line of its own by PDF conversion']),
    );
  });

  it('leaves texts whose lines are paragraphs alone', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => '第'.repeat((i % 7) * 9 + 5) + '。');
    expect(wrapWidth(paragraphs)).toBeNull();
    expect(undoPdfLayout(paragraphs).lines).toEqual(paragraphs);
    expect(undoPdfLayout([]).lines).toEqual([]);
  });
});
