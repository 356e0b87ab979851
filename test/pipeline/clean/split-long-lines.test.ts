import { describe, expect, it } from 'vitest';
import { splitLongLines } from '../../../src/pipeline/clean/split-long-lines.ts';
import { sample } from '../support.ts';

/** The line of the 镇康 page that holds the whole policy. */
const oneLine = () =>
  sample('zhenkang-education-2023-2025')
    .split('\n')
    .reduce((a, b) => (b.length > a.length ? b : a));

describe('splitLongLines', () => {
  it('cuts the one-line 镇康 page into its paragraphs', () => {
    const line = oneLine();
    expect(line.length).toBeGreaterThan(8000);
    const lines = splitLongLines([line]);
    expect(lines).toContain('一、指导思想');
    expect(lines).toContain('二、工作目标');
    expect(lines).toContain('(一)抓实强党建推进立德树人工作');
    expect(lines).toContain('中共镇康县委办公室');
    expect(lines).toContain('镇康县人民政府办公室');
    expect(lines).toContain('2023年11月7日');
    expect(lines.find((l) => l.startsWith('1.加强党对教育工作的全面领导。'))).toBeDefined();
    // Nothing lost but the spaces it cut at.
    expect(lines.join('').replace(/\s/g, '')).toBe(line.replace(/\s/g, ''));
  });

  it('does not cut inside a cited title or a sentence', () => {
    const line = oneLine();
    const lines = splitLongLines([line]);
    expect(lines.some((l) => l.includes('《中共云南省委办公厅 云南省人民政府办公厅关于印发〈云南省教育高质量发展三年行动计划(2023—2025年)〉的通知》'))).toBe(
      true,
    );
    const sentence = '到 2025 年,县中整体办学水平显著提升,市域内县中和市属高中协调发展机制基本健全,'.repeat(6);
    expect(splitLongLines([sentence])).toEqual([sentence.trim()]);
  });

  it('leaves short lines alone, spaces included', () => {
    expect(splitLongLines(['到 2025 年 毛入学率 达到 95%以上。 下一句'])).toEqual(['到 2025 年 毛入学率 达到 95%以上。 下一句']);
    expect(splitLongLines([])).toEqual([]);
  });

  it('cuts after a sentence end and before a section number', () => {
    const body = '内容。'.repeat(110);
    expect(splitLongLines([`${body} 二、工作目标 第二段。`])).toEqual([body, '二、工作目标', '第二段。']);
  });

  it('a long line without spaces or punctuation stays whole', () => {
    const long = '无'.repeat(10_000);
    expect(splitLongLines([long])).toEqual([long]);
  });
});
