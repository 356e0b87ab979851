import { describe, expect, it } from 'vitest';
import { mendPageSplits } from '../../../src/pipeline/clean/page-splits.ts';
import { sample } from '../support.ts';

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

describe('mendPageSplits', () => {
  it('mends 学\\n3、前教育 in the document-sharing copy', () => {
    const raw = linesOf(sample('basic-education-action-plan'));
    expect(raw.some((l) => l.endsWith('新增约3万个学'))).toBe(true);
    const { lines, removed } = mendPageSplits(raw);
    expect(lines.join('\n')).toContain('到2025年,新增约3万个学前教育公办学位、约8万个义务教育公办学位');
    expect(lines.join('\n')).not.toContain('学\n3、');
    expect(removed).toHaveLength(9);
    expect(removed[2]).toEqual({ reason: 'page number inserted by a document-sharing site', text: '3、' });
  });

  it('keeps the lines before the first page, and the site furniture after the last, as they are', () => {
    const raw = linesOf(sample('basic-education-action-plan'));
    const { lines } = mendPageSplits(raw);
    expect(lines[0]).toBe('推动基础教育高质量发展行动方案.docx');
    expect(lines[2].startsWith('推动基础教育高质量发展行动方案为深入贯彻')).toBe(true);
    expect(lines).toContain('- 配套讲稿:');
    expect(lines).toContain('- 关 键 词:');
  });

  it('joins consecutive numbered pages, dropping only their numbers', () => {
    const page = '教育'.repeat(60);
    const { lines, removed } = mendPageSplits([`1、${page}第一页的文`, `2、字接着写${page}`, `3、${page}完了。`]);
    expect(lines).toEqual([`${page}第一页的文字接着写${page}${page}完了。`]);
    expect(removed.map((r) => r.text)).toEqual(['1、', '2、', '3、']);
  });

  it('short numbered lines are a list, not pages (1、改善城市道路环境 between table cells)', () => {
    const list = ['1、改善城市道路环境', '设施养护处', '2、改善农村道路环境', '设施养护处', '3、提升慢行交通空间品质'];
    expect(mendPageSplits(list)).toEqual({ lines: list, removed: [] });
  });

  it('leaves texts alone with fewer than three numbered pages, or numbers not starting at 1', () => {
    const two = ['1、第一项。', '2、第二项。', '其他。'];
    expect(mendPageSplits(two)).toEqual({ lines: two, removed: [] });
    const late = ['3、第三项。', '4、第四项。', '5、第五项。'];
    expect(mendPageSplits(late)).toEqual({ lines: late, removed: [] });
    expect(mendPageSplits([])).toEqual({ lines: [], removed: [] });
  });
});
