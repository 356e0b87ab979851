import { describe, expect, it } from 'vitest';
import { numberParagraphs, paragraphsOf } from '../../src/site/paragraphs.ts';

const body = [
  '<p>为全面贯彻落实……特制定本实施方案。</p>',
  '<h2 id="一指导思想"><span id="s1"></span>一、指导思想</h2>',
  '<p>持续开展“张桂梅思政大讲堂”进校园。<mark class="target" id="t-1" data-targets="t-1">到2025年,小学思政课专职教师配比达70%以上。<a class="target-ref" href="#item-t-1">目标</a></mark></p>',
  '<ul><li>压实控辍保学责任 &amp; 属地责任</li></ul>',
].join('\n');

describe('paragraphs of a policy text', () => {
  it('numbers every paragraph and list item, as the page shows them', () => {
    const html = numberParagraphs(body);
    expect(html).toContain('<p id="p-1">为全面贯彻落实');
    expect(html).toContain('<p id="p-2">持续开展');
    expect(html).toContain('<li id="p-3">压实');
  });

  it('gives search their plain text, section and the same ids', () => {
    const paragraphs = paragraphsOf(body);
    expect(paragraphs.map((p) => p.id)).toEqual(['p-1', 'p-2', 'p-3']);
    expect(paragraphs[1]).toEqual({
      id: 'p-2',
      text: '持续开展“张桂梅思政大讲堂”进校园。到2025年,小学思政课专职教师配比达70%以上。',
      section: 's1',
      targets: ['t-1'],
    });
    expect(paragraphs[0].section).toBeNull();
    expect(paragraphs[0].targets).toEqual([]);
    expect(paragraphs[2].text).toBe('压实控辍保学责任 & 属地责任');
    const ids = new Set(Array.from(numberParagraphs(body).matchAll(/ id="(p-\d+)"/g), (m) => m[1]));
    for (const p of paragraphs) expect(ids.has(p.id)).toBe(true);
  });

  it('names the targets whose sentences a paragraph holds, one sentence standing for several', () => {
    const html = [
      '<p>一是<mark class="target" id="t-2" data-targets="t-2 t-3"><span id="t-3"></span>每年新增学位1000个。<a class="target-ref" href="#item-t-2">目标×2</a></mark>',
      '二是<mark class="target" id="t-4" data-targets="t-4">到2025年建成10所。<a class="target-ref" href="#item-t-4">目标</a></mark></p>',
      '<p>不是目标的<mark>标记</mark>。</p>',
    ].join('');
    expect(paragraphsOf(html).map((p) => p.targets)).toEqual([['t-2', 't-3', 't-4'], []]);
  });
});
