import { readFileSync, readdirSync } from 'node:fs';
import type { Heading, Paragraph } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { describe, expect, it } from 'vitest';
import { bodyToMdast } from '../../../src/pipeline/mdx/body-to-mdast.ts';
import { readMdx } from '../../../src/pipeline/mdx/read-mdx.ts';
import { writeMdx } from '../../../src/pipeline/mdx/write-mdx.ts';
import type { Block } from '../../../src/schema/document.ts';
import { expected, recovered } from './arbitraries.ts';
import { compileLikeAstro, renderLikeAstro } from './astro-like.ts';
import { balancedSchools, compulsorySentence, zhenkang, zhenkangBlocks } from './fixtures.ts';

const sources = new URL('../../../content/sources/', import.meta.url);

function bodyOf(source: string): string {
  return readMdx(source, 'policy.mdx').body;
}

/** Write, compile as Astro does, and read each block back. */
function roundTrip(blocks: Block[]): void {
  const source = writeMdx(zhenkang, blocks);
  compileLikeAstro(source);
  expect(recovered(source)).toEqual(expected(blocks));
}

describe('bodyToMdast', () => {
  it('gives headings depth level + 1 (at most 6), opening with <Anchor id>', () => {
    const depths = [1, 2, 5, 6, 9].map((level) => {
      const [heading] = bodyToMdast([{ kind: 'heading', section: `s${level}`, level, segments: [{ text: '三、重点任务', targets: [] }] }])
        .children as Heading[];
      const anchor = heading.children[0] as MdxJsxTextElement;
      expect(anchor).toMatchObject({
        type: 'mdxJsxTextElement',
        name: 'Anchor',
        attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: `s${level}` }],
        children: [],
      });
      expect(heading.children[1]).toEqual({ type: 'text', value: '三、重点任务' });
      return heading.depth;
    });
    expect(depths).toEqual([2, 3, 6, 6, 6]);
  });

  it('wraps target text in <Target ids={[…]}> with the ids as a JSON expression and its ESTree', () => {
    const ids = ['t-3f9a1c2e', 't-7b20d4e1'];
    const [paragraph] = bodyToMdast([
      {
        kind: 'paragraph',
        section: 's3-2-1',
        segments: [
          { text: '实施项目。', targets: [] },
          { text: '到2025年…', targets: ids },
        ],
      },
    ]).children as Paragraph[];
    const [text, element] = paragraph.children as [unknown, MdxJsxTextElement];
    expect(text).toEqual({ type: 'text', value: '实施项目。' });
    expect(element.name).toBe('Target');
    expect(element.children).toEqual([{ type: 'text', value: '到2025年…' }]);
    const attribute = element.attributes[0];
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'object' || attribute.value === null)
      throw new Error('expected an expression attribute');
    expect(attribute.name).toBe('ids');
    expect(attribute.value.value).toBe('["t-3f9a1c2e","t-7b20d4e1"]');
    expect(attribute.value.data?.estree).toEqual({
      type: 'Program',
      sourceType: 'module',
      comments: [],
      body: [
        {
          type: 'ExpressionStatement',
          expression: { type: 'ArrayExpression', elements: ids.map((id) => ({ type: 'Literal', value: id, raw: JSON.stringify(id) })) },
        },
      ],
    });
  });

  it('leaves out paragraphs with nothing to read and empty segments', () => {
    const tree = bodyToMdast([
      { kind: 'paragraph', section: null, segments: [{ text: ' \u3000', targets: [] }] },
      {
        kind: 'paragraph',
        section: null,
        segments: [
          { text: '', targets: ['t-1'] },
          { text: '正文', targets: [] },
        ],
      },
    ]);
    expect(tree.children).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: '正文' }] }]);
  });
});

describe('writeMdx', () => {
  const source = writeMdx(zhenkang, zhenkangBlocks);

  it('writes headings with anchors and target sentences wrapped in <Target>', () => {
    const body = bodyOf(source);
    expect(body).toMatch(/^## <Anchor id="s3" \/>三、重点任务\n/);
    expect(body).toContain('\n#### <Anchor id="s3-2-1" />1.扩大学前教育学位供给。\n');
    expect(body).toContain('所有行政村幼儿园实现全覆盖。<Target ids={["t-3f9a1c2e","t-7b20d4e1"]}>到2025年,全县学前教育三年毛入园率达95%以上');
  });

  it('writes a paragraph that is one whole target as <p>…</p>, so MDX keeps it a paragraph', () => {
    expect(bodyOf(source)).toContain(`\n<p><Target ids={["${balancedSchools.id}"]}>${compulsorySentence}</Target></p>\n`);
    expect(renderLikeAstro(source)).toContain(`<p><Target ids='["${balancedSchools.id}"]'>${compulsorySentence}</Target></p>`);
  });

  it('compiles with Sätteri and reads back block by block', () => {
    roundTrip(zhenkangBlocks);
  });

  it('is deterministic', () => {
    expect(writeMdx(zhenkang, zhenkangBlocks)).toBe(source);
  });

  it('refuses a record the site would reject', () => {
    expect(() => writeMdx({ ...zhenkang, slug: '镇康' }, [])).toThrow(/slugs are lower-case ASCII/);
    expect(() => writeMdx({ ...zhenkang, targets: [...zhenkang.targets, zhenkang.targets[0]] }, [])).toThrow(/is already used by targets\[0\]/);
  });
});

describe('hostile text comes out as text', () => {
  const hostile = [
    '{ } < > {x} <b>粗</b> a<b c>d',
    'import x from "y"',
    'export const a = 1',
    '# 不是标题',
    '#不是标签',
    '*强调* **加粗** _下划线_ a_b_c',
    '[链接](https://example.gov.cn)',
    '`代码` ``` ~~~',
    '| 表 | 格 |',
    '---',
    '***',
    '1. 第一项',
    '1) 第一项',
    '- 列表',
    '+ 列表',
    '> 引用',
    'https://example.gov.cn/a_b?x=1&y=2<a>',
    '见https://example.gov.cn/a_b?x=1&y=2<a>网站',
    '<!-- 注释 -->',
    '&amp; &lt; &#x61; &copy;',
    'C:\\政策\\文件 \\ \\* \\\\',
    '末尾反斜杠\\',
    '“三个代表”，（一）【二】《三》——…、；：！？',
    '"直引号" it\'s -- ... ---',
    '😀👩‍🏫 表情',
    '第一行\n第二行\n\n第四行',
    '    缩进四格',
    '\t制表符',
    '{/* 注释 */}',
    '</Target><Target ids={["t-evil"]}>',
    '$x$ ^上^ ~下~ [^1] ==高亮==',
  ];

  it('in a paragraph, a target, a heading and mid-sentence', () => {
    for (const text of hostile) {
      roundTrip([
        { kind: 'paragraph', section: null, segments: [{ text, targets: [] }] },
        { kind: 'paragraph', section: null, segments: [{ text, targets: ['t-1a2b3c4d'] }] },
        { kind: 'heading', section: 's1', level: 1, segments: [{ text, targets: [] }] },
        {
          kind: 'paragraph',
          section: null,
          segments: [
            { text: '甲', targets: [] },
            { text, targets: ['t-1a2b3c4d'] },
            { text: '乙', targets: [] },
          ],
        },
        {
          kind: 'paragraph',
          section: null,
          segments: [
            { text, targets: ['t-1a2b3c4d'] },
            { text, targets: ['t-5e6f7a8b'] },
          ],
        },
      ]);
    }
  });

  it('in target ids and section ids, whatever they contain', () => {
    const ids = ['t-}', 't-{', 't-"', 't-\\', 't-</Target>', 't-${x}', 't-\n\nx', 't-*/', 't-镇康'];
    const sections = ['s3-1_2', 's"1', 's&amp;', 's{1}', 's<1>', 's\n\n1', 's\\', 's镇康'];
    roundTrip([
      ...sections.map((section): Block => ({ kind: 'heading', section, level: 2, segments: [{ text: '(一)指导思想', targets: [] }] })),
      { kind: 'paragraph', section: null, segments: ids.map((id) => ({ text: '甲', targets: [id] })) },
    ]);
    expect(bodyOf(writeMdx(zhenkang, [{ kind: 'heading', section: 's&amp;', level: 1, segments: [] }]))).toBe('## <Anchor id={"s&amp;"} />\n');
  });

  it('writes `import`/`export` at the start of a paragraph with a character reference', () => {
    const body = bodyOf(writeMdx(zhenkang, [{ kind: 'paragraph', section: null, segments: [{ text: 'import x from "y"', targets: [] }] }]));
    expect(body).toBe('&#x69;mport x from \\"y\\"\n');
  });
});

describe('the sample policies', () => {
  const files = readdirSync(sources).filter((name) => name.endsWith('.txt'));

  it('are all here', () => {
    expect(files).toHaveLength(5);
  });

  for (const file of files) {
    it(`${file} compiles and reads back`, () => {
      const blocks = blocksFromLines(readFileSync(new URL(file, sources), 'utf8'));
      expect(blocks.length).toBeGreaterThan(0);
      roundTrip(blocks);
    });
  }
});

/** Simple blocks: 一、 and (一) lines are headings; sentences with a percentage are targets. */
function blocksFromLines(text: string): Block[] {
  let sentence = 0;
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line, index): Block => {
      const level = /^\s*[一二三四五六七八九十]+、/.test(line) ? 1 : /^\s*[(（][一二三四五六七八九十]+[)）]/.test(line) ? 2 : 0;
      if (level > 0) return { kind: 'heading', section: `s${index}`, level, segments: [{ text: line, targets: [] }] };
      const segments = (line.match(/[^。]+。?/g) ?? []).map((s) => ({
        text: s,
        targets: /\d%/.test(s) ? [`t-${(sentence++).toString(16).padStart(8, '0')}`] : [],
      }));
      return { kind: 'paragraph', section: null, segments };
    });
}
