// The policy body renderer (src/content/policy-body.ts) and the content loader that uses
// it (src/content/policy-loader.ts, with its cache src/content/policy-cache.ts): the
// markup of <Target>/<Anchor> is the one the components render, text the pipeline
// writes stays text, unchanged files are not read again, and anything luoshi does not
// write fails naming the file.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { LoaderContext } from 'astro/loaders';
import { anchorHtml, renderPolicyBody, targetHtml } from '../../src/content/policy-body.ts';
import { policyLoader } from '../../src/content/policy-loader.ts';
import { readPolicyFile } from '../../src/content/policy-files.ts';
import { ProblemError } from '../../src/problems/problem.ts';
import { hasCachedPolicy, policyCacheDir, readCachedHtml, readCachedRecord } from '../../src/content/policy-cache.ts';
import { bodyToMdast } from '../../src/pipeline/mdx/body-to-mdast.ts';
import { serializeMdx } from '../../src/pipeline/mdx/serialize.ts';
import type { Block } from '../../src/schema/document.ts';
import { FIXTURE_DIR } from '../support/policy-fixtures.ts';

/** The text a browser shows for `html` (tags dropped, character references decoded). */
function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name]!);
}

/** MDX the way the pipeline writes it. */
function mdx(blocks: Block[]): string {
  return serializeMdx(bodyToMdast(blocks));
}

describe('Target and Anchor markup is what the components render', () => {
  let server: ViteDevServer;
  let container: AstroContainer;
  let Target: Parameters<AstroContainer['renderToString']>[0];
  let Anchor: Parameters<AstroContainer['renderToString']>[0];

  beforeAll(async () => {
    // The components compiled by Astro's own Vite plugins, rendered by Astro.
    const config = await getViteConfig({ logLevel: 'silent' }, { logLevel: 'silent' })({ mode: 'test', command: 'serve' });
    server = await createServer({ ...config, configFile: false, server: { middlewareMode: true, hmr: false, watch: null }, appType: 'custom' });
    Target = (await server.ssrLoadModule('/src/components/Target.astro')).default;
    Anchor = (await server.ssrLoadModule('/src/components/Anchor.astro')).default;
    container = await AstroContainer.create();
  }, 60_000);
  afterAll(() => server?.close());

  const slots = ['加快学前教育更加普及普惠。', 'a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;', '<span id="x"></span>文字', ' ', ''];
  const idLists = [['t-2a61c0f3'], ['t-1', 't-2'], ['t-1', 't-2', 't-3'], [], ['', 't-9'], ['t-"&<>\'']];

  test.each(idLists.flatMap((ids) => slots.map((slot) => [ids, slot] as const)))('Target ids=%j slot=%j', async (ids, slot) => {
    const expected = await container.renderToString(Target, { props: { ids: [...ids] }, slots: { default: slot } });
    expect(targetHtml(ids, slot)).toBe(expected);
  });

  test.each(['s1', 's3-1-2', 'a"b&c<d>\'e', '第一章'])('Anchor id=%j', async (id) => {
    expect(anchorHtml(id)).toBe(await container.renderToString(Anchor, { props: { id } }));
  });
});

describe('renderPolicyBody', () => {
  test('headings, anchors, targets and target-only paragraphs', () => {
    const source = mdx([
      { kind: 'paragraph', section: null, segments: [{ text: '为全面贯彻落实,特制定本方案。', targets: [] }] },
      { kind: 'heading', section: 's1', level: 1, segments: [{ text: '一、工作目标', targets: [] }] },
      { kind: 'paragraph', section: 's1', segments: [{ text: '开头。', targets: [] }, { text: '到2025年,达到95%以上。', targets: ['t-1', 't-2'] }, { text: '结尾。', targets: [] }] },
      { kind: 'paragraph', section: 's1', segments: [{ text: '甲。', targets: ['t-3'] }, { text: ' ', targets: [] }, { text: '乙。', targets: ['t-4'] }] },
      { kind: 'heading', section: 's1-1', level: 2, segments: [{ text: '(一)工作目标', targets: [] }] },
      { kind: 'heading', section: 's2', level: 1, segments: [{ text: '一、工作目标', targets: [] }] },
    ]);
    const { html, headings } = renderPolicyBody(source, 'x.mdx');
    expect(html).toBe(
      [
        '<p>为全面贯彻落实,特制定本方案。</p>',
        '<h2 id="一工作目标"><span id="s1"></span>一、工作目标</h2>',
        `<p>开头。${targetHtml(['t-1', 't-2'], '到2025年,达到95%以上。')}结尾。</p>`,
        `<p>${targetHtml(['t-3'], '甲。')} ${targetHtml(['t-4'], '乙。')}</p>`,
        '<h3 id="一工作目标-1"><span id="s1-1"></span>(一)工作目标</h3>',
        '<h2 id="一工作目标-2"><span id="s2"></span>一、工作目标</h2>',
      ].join('\n'),
    );
    expect(headings).toEqual([
      { depth: 2, slug: '一工作目标', text: '一、工作目标' },
      { depth: 3, slug: '一工作目标-1', text: '(一)工作目标' },
      { depth: 2, slug: '一工作目标-2', text: '一、工作目标' },
    ]);
  });

  const hostile = [
    '{ } { 1 + 1 } {x}',
    '<Target ids={["t-evil"]}>不是目标</Target> <script>alert(1)</script> <Foo /> < > <<>>',
    'import x from "y"',
    'export default function () {}',
    'export const a = 1;',
    'a & b &amp; &lt; &#x41; "quotes" \'single\' -- --- ... `code` *em* **strong** _u_ ~~del~~',
    '# 不是标题',
    '1. 不是列表',
    '- 不是列表',
    '> 不是引用',
    '| a | b |',
    '[链接](http://example.com) ![图](x.png) [^1]',
    '\\ 反斜杠 \\{ \\}',
    '行一\n行二\nimport y from "z"',
    '  前后空白  ',
  ];

  test.each(hostile)('text the pipeline writes stays text: %j', (value) => {
    const source = mdx([
      { kind: 'heading', section: 's1', level: 1, segments: [{ text: value, targets: [] }] },
      { kind: 'paragraph', section: 's1', segments: [{ text: value, targets: [] }] },
      { kind: 'paragraph', section: 's1', segments: [{ text: value, targets: ['t-1'] }] },
      { kind: 'paragraph', section: 's1', segments: [{ text: '前。', targets: [] }, { text: value, targets: ['t-2'] }] },
    ]);
    const { html } = renderPolicyBody(source, 'hostile.mdx');
    const blocks = html.split(/\n(?=<h2 |<p>)/);
    expect(blocks).toHaveLength(4);
    // Nothing but the markup luoshi writes, and GFM's links for bare URLs: no element from the text itself.
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]));
    expect([...tags].every((tag) => ['h2', 'p', 'span', 'mark', 'a'].includes(tag))).toBe(true);
    expect(html.match(/<a class="target-ref" /g)).toHaveLength(2);
    for (const [, href, label] of html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)) expect(href).toBe(`http://${label.replace(/^https?:\/\//, '')}`);
    const label = text(targetHtml(['t-1'], '')); // the target-ref link text
    expect(text(blocks[0])).toBe(value);
    expect(text(blocks[1])).toBe(value);
    expect(text(blocks[2])).toBe(value + label);
    expect(text(blocks[3])).toBe(`前。${value}${label}`);
  });

  test('Markdown a hand edit may add renders as it did with @astrojs/mdx', () => {
    // Expected markup: what the site built with @astrojs/mdx for the same source.
    const { html } = renderPolicyBody(
      '**粗** *斜* ~~删~~ `码` [链](https://a.cn/?b=1&c=2) www.gov.cn\n\n| 表 | 数 |\n| :-- | --: |\n| 甲 | 1 |\n\n- [x] 完成\n\n注[^1]\n\n[^1]: 脚注。\n',
      'x.mdx',
    );
    for (const part of [
      '<strong>粗</strong> <em>斜</em> <del>删</del> <code>码</code> <a href="https://a.cn/?b=1&amp;c=2">链</a> <a href="http://www.gov.cn">www.gov.cn</a>',
      '<th style="text-align:left">表</th>',
      '<td style="text-align:right">1</td>',
      '<input type="checkbox" checked disabled/>',
      '<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="true" aria-describedby="footnote-label">1</a>',
      '<section data-footnotes="true" class="footnotes">',
    ]) expect(html).toContain(part);
  });

  test('the fixtures render: every target id and section anchor is in the text', () => {
    for (const file of readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.mdx'))) {
      const contents = readFileSync(join(FIXTURE_DIR, file), 'utf8');
      const { record, body } = readPolicyFile(contents, file);
      const { html } = renderPolicyBody(body, file);
      const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
      for (const s of record.sections) expect(ids, `${file} ${s.id}`).toContain(s.id);
      for (const id of [...contents.matchAll(/ids=\{(\[[^\]]*\])\}/g)].flatMap((m) => JSON.parse(m[1]) as string[])) {
        expect(ids, `${file} ${id}`).toContain(id);
      }
    }
  });

  test.each([
    ['an unknown element', '段落。\n\n<Foo bar="1" />\n', /bad\.mdx:3: error: unexpected element <Foo>/],
    ['an HTML element other than <p>', '段落 <b>粗</b>。\n', /bad\.mdx:1: error: unexpected element <b>/],
    ['an expression', '段落 {1 + 1}。\n', /bad\.mdx:1: error: unexpected expression/],
    ['an import', 'import x from "y"\n\n段落。\n', /bad\.mdx:1: error: unexpected import\/export/],
    ['ids that are not JSON', '<Target ids={foo}>句子。</Target>\n', /bad\.mdx:1: error: attribute ids=\{foo\} of <Target> is not a JSON value/],
    ['ids that are not strings', '<Target ids={[1]}>句子。</Target>\n', /bad\.mdx:1: error: <Target> needs ids/],
    ['another attribute', '## <Anchor id="s1" class="x" />标题\n', /bad\.mdx:1: error: unexpected attribute class on <Anchor>/],
    ['an unclosed tag', '<Target ids={["t-1"]}>句子。\n', /bad\.mdx: error: not valid MDX/],
    ['a code block', '段落。\n\n```\n代码\n```\n', /bad\.mdx:3: error: code blocks .* are not supported/],
    ['an image', '![图](x.png)\n', /bad\.mdx:1: error: images are not supported/],
  ])('%s fails naming the file', (_, source, message) => {
    expect(() => renderPolicyBody(source, 'bad.mdx')).toThrow(ProblemError);
    expect(() => renderPolicyBody(source, 'bad.mdx')).toThrow(message);
  });
});

describe('policyLoader', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'luoshi-loader-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  type Stored = { id: string; data: { slug: string; title: string }; filePath: string; digest: string };

  /** A loader context over an in-memory store, with the project root and the cache in `dir`. */
  function context(store = new Map<string, Stored>()) {
    const warnings: string[] = [];
    const ctx = {
      collection: 'policies',
      config: { root: pathToFileURL(`${dir}/`), cacheDir: pathToFileURL(`${dir}/cache/`) },
      logger: { warn: (m: string) => warnings.push(m), info() {}, error() {} },
      generateDigest: (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 16),
      parseData: () => {
        throw new Error('the loader validates with the policy schema itself');
      },
      store: {
        get: (id: string) => store.get(id),
        set: (entry: Stored) => (store.set(entry.id, entry), true),
        keys: () => [...store.keys()],
        has: (id: string) => store.has(id),
        delete: (id: string) => store.delete(id),
      },
    };
    return { ctx: ctx as unknown as LoaderContext, store, warnings };
  }

  function write(sub: string, files: Record<string, string>): string {
    const base = join(dir, sub);
    rmSync(base, { recursive: true, force: true });
    mkdirSync(base, { recursive: true });
    for (const [name, contents] of Object.entries(files)) writeFileSync(join(base, name), contents);
    return base;
  }

  const fixtures = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.mdx'));
  const cache = () => policyCacheDir(pathToFileURL(`${dir}/cache/`));

  test('index entries in the store, records and bodies in the cache; unchanged files are not read again', async () => {
    const base = write('ok', {});
    for (const f of fixtures) copyFileSync(join(FIXTURE_DIR, f), join(base, f));
    const { ctx, store } = context();
    await policyLoader({ base: 'ok' }).load(ctx);
    const ids = fixtures.map((f) => f.replace(/\.mdx$/, '')).sort();
    expect([...store.keys()].sort()).toEqual(ids);
    const entry = store.get('zhenkang-education-2023-2025')!;
    expect(entry.filePath).toBe('ok/zhenkang-education-2023-2025.mdx');
    expect(entry.data).toEqual({ slug: 'zhenkang-education-2023-2025', title: '镇康县教育高质量发展三年行动计划实施方案(2023—2025年)' });
    const record = readCachedRecord<{ slug: string; targets: unknown[] }>(cache(), entry.id, entry.digest);
    expect(record.slug).toBe(entry.id);
    expect(record.targets.length).toBeGreaterThan(0);
    const html = readCachedHtml(cache(), entry.id);
    const contents = readFileSync(join(FIXTURE_DIR, 'zhenkang-education-2023-2025.mdx'), 'utf8');
    expect(html).toBe(renderPolicyBody(readPolicyFile(contents, 'x.mdx').body, 'x.mdx').html);
    expect(() => readCachedRecord(cache(), entry.id, 'another digest')).toThrow(/not the version/);

    // Again: a file whose digest is unchanged is not read into the cache again (its
    // cached HTML, replaced here, stays); a removed file's entry and cache go.
    writeFileSync(join(cache(), `${entry.id}.html`), 'cached');
    rmSync(join(base, fixtures[0]));
    await policyLoader({ base: 'ok' }).load(context(store).ctx);
    expect(readCachedHtml(cache(), entry.id)).toBe('cached');
    expect(store.has(fixtures[0].replace(/\.mdx$/, ''))).toBe(false);
    expect(hasCachedPolicy(cache(), fixtures[0].replace(/\.mdx$/, ''), 'x')).toBe(false);

    // Astro cleared its store (its config changed): entries come back from the cache.
    const fresh = context();
    await policyLoader({ base: 'ok' }).load(fresh.ctx);
    expect(fresh.store.get(entry.id)).toEqual(entry);
    expect(readCachedHtml(cache(), entry.id)).toBe('cached');

    // An edited file is read again.
    writeFileSync(join(base, 'zhenkang-education-2023-2025.mdx'), `${contents}\n新段落。\n`);
    await policyLoader({ base: 'ok' }).load(context(store).ctx);
    expect(readCachedHtml(cache(), entry.id)).toMatch(/<p>新段落。<\/p>$/);
    expect(store.get(entry.id)!.digest).not.toBe(entry.digest);
  });

  const good = readFileSync(join(FIXTURE_DIR, 'zhenkang-education-2023-2025.mdx'), 'utf8');
  const file = 'bad/zhenkang-education-2023-2025\\.mdx';
  test.each([
    ['a bad frontmatter field', good.replace('  date: "2023-11-07"', '  date: 2023-11-07'), new RegExp(`${file}:8:\\d+: error: meta\\.date: write the date in quotes`)],
    ['a missing field', good.replace(/^  region: .*\n/m, ''), new RegExp(`${file}:\\d+:\\d+: error: meta\\.region: missing`)],
    ['a bad target field', good.replace('    kind: "quantity"', '    kind: "amount"'), new RegExp(`${file}:\\d+:\\d+: error: targets\\[0\\]\\.kind: `)],
    ['YAML that does not parse', good.replace('  date: "2023-11-07"', '  date: "2023-11-07'), new RegExp(`${file}:\\d+:\\d+: error: this is not valid YAML`)],
    ['no frontmatter', '正文。\n', new RegExp(`${file}:1:1: error: the file does not start with frontmatter`)],
    ['a slug other than the file name', good.replace(/^slug: .*$/m, 'slug: other'), new RegExp(`${file}:2:\\d+: error: slug "other" must equal the file name`)],
    ['an unknown element in the body', `${good}\n<Chart />\n`, new RegExp(`${file}:${good.split('\n').length + 1}: error: unexpected element <Chart>`)],
  ])('%s fails naming the file', async (_, contents, message) => {
    write('bad', { 'zhenkang-education-2023-2025.mdx': contents });
    await expect(policyLoader({ base: 'bad' }).load(context().ctx)).rejects.toThrow(message);
  });

  test('on worker threads: the same entries and cache; errors name the file', async () => {
    const one = write('one-thread', {});
    const many = write('workers', {});
    for (const f of fixtures) {
      copyFileSync(join(FIXTURE_DIR, f), join(one, f));
      copyFileSync(join(FIXTURE_DIR, f), join(many, f));
    }
    const a = context();
    await policyLoader({ base: 'one-thread', workersFrom: 0 }).load(a.ctx);
    const htmlA = Object.fromEntries([...a.store.keys()].map((id) => [id, readCachedHtml(cache(), id)]));
    rmSync(cache(), { recursive: true, force: true });
    const b = context();
    await policyLoader({ base: 'workers', workersFrom: 1 }).load(b.ctx);
    expect(b.warnings).toEqual([]); // no fallback to the main thread
    expect([...b.store.values()].map((e) => [e.id, e.data, e.digest])).toEqual([...a.store.values()].map((e) => [e.id, e.data, e.digest]));
    for (const id of b.store.keys()) expect(readCachedHtml(cache(), id)).toBe(htmlA[id]);

    writeFileSync(join(many, 'zhenkang-education-2023-2025.mdx'), `${good}\n<Chart />\n`);
    await expect(policyLoader({ base: 'workers', workersFrom: 1 }).load(context().ctx)).rejects.toThrow(/workers\/zhenkang-education-2023-2025\.mdx:\d+: error: unexpected element <Chart>/);
  });

  test('two files with the same name fail naming both', async () => {
    const base = write('dup', {});
    mkdirSync(join(base, 'a'));
    mkdirSync(join(base, 'b'));
    writeFileSync(join(base, 'a/zhenkang-education-2023-2025.mdx'), good);
    writeFileSync(join(base, 'b/zhenkang-education-2023-2025.mdx'), good);
    await expect(policyLoader({ base: 'dup' }).load(context().ctx)).rejects.toThrow('dup/b/zhenkang-education-2023-2025.mdx: error: duplicate policy slug "zhenkang-education-2023-2025" (also dup/a/zhenkang-education-2023-2025.mdx)');
  });
});
