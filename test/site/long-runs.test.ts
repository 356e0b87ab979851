import { describe, expect, it } from 'vitest';
import { markLongRuns } from '../../src/site/long-runs.ts';

describe('paragraphs of long punctuation runs', () => {
  it('marks a paragraph made of 50,000 （, 、 or quotes', () => {
    for (const ch of ['（', '、', '“']) {
      const html = `<p>正文。</p><p>${ch.repeat(50_000)}</p>`;
      const out = markLongRuns(html);
      expect(out.startsWith('<p>正文。</p><p class="long-run">')).toBe(true);
      expect(out.length).toBe(html.length + ' class="long-run"'.length);
    }
  });

  it('keeps a class the paragraph has, and leaves ordinary text alone', () => {
    expect(markLongRuns(`<li class="x">${'……'.repeat(40)}</li>`)).toBe(`<li class="long-run x">${'……'.repeat(40)}</li>`);
    const ordinary = '<p>到2025年，全县学前教育三年毛入园率达95%以上（含）、公办幼儿园占比保持在70%以上。</p>';
    expect(markLongRuns(ordinary)).toBe(ordinary);
    // markup inside the paragraph does not count as a run
    const marked = `<p><mark class="target" id="t-1">${'达到95%。'.repeat(30)}</mark></p>`;
    expect(markLongRuns(marked)).toBe(marked);
  });
});
