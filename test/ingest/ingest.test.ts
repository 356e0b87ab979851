import { statSync, existsSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestReport } from '../../src/ingest/ingest.ts';
import { loadSettings } from '../../src/ingest/settings.ts';
import { isHandEdited, readPolicyMdx } from '../../src/pipeline/mdx/index.ts';
import { loadCorrections } from '../../src/pipeline/corrections/index.ts';
import type { PolicyRecord } from '../../src/schema/record.ts';
import { extractSample, ROOT, sample } from '../pipeline/support.ts';
import { buildDocx } from '../fixtures/docx/build-docx.ts';
import { tempRepo, withoutContentOverride, type TempRepo } from './repo.ts';

let savedContent: string | undefined;
beforeAll(() => {
  // contentPaths() would write policies wherever LUOSHI_CONTENT points.
  savedContent = process.env.LUOSHI_CONTENT;
  delete process.env.LUOSHI_CONTENT;
});
afterAll(() => {
  if (savedContent !== undefined) process.env.LUOSHI_CONTENT = savedContent;
});

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});
function repo(samples: Record<string, string> = {}): TempRepo {
  const r = tempRepo(samples);
  repos.push(r);
  return r;
}

async function run(r: TempRepo, inputs: string[] = [], force = false): Promise<IngestReport> {
  return withoutContentOverride(async () => ingest(inputs, await loadSettings(r.root, force)));
}

const recordOf = (r: TempRepo, slug: string): PolicyRecord => readPolicyMdx(r.read(r.mdx(slug)), r.mdx(slug)).record;
const manifestOf = (r: TempRepo): Record<string, unknown> =>
  (JSON.parse(r.read(join(r.root, '.cache', 'ingest-manifest.json'))) as { entries: Record<string, unknown> }).entries;
const count = (record: PolicyRecord, kind: 'quantity' | 'milestone') => record.targets.filter((t) => t.kind === kind).length;

describe('ingest: a batch with bad files', () => {
  const r = repo({ 'enshi.txt': 'enshi-county-alliance-2022-2025.txt' });
  let report: IngestReport;
  let inputs: string[];

  beforeAll(async () => {
    const empty = r.write('empty.txt', '');
    const binary = r.write('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 255, 254, 0, 0]));
    const doc = r.write('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]));
    const gb = r.write('dezhou-gb.txt', iconv.encode(sample('dezhou-county-high-school-2023'), 'gb18030'));
    inputs = [empty, binary, doc, gb, r.source('enshi.txt')];
    report = await run(r, inputs);
  }, 60_000);

  it('writes the good sources, the GB18030 one included', () => {
    expect(existsSync(r.mdx('enshi'))).toBe(true);
    expect(existsSync(r.mdx('dezhou-gb'))).toBe(true);
    expect(existsSync(r.mdx('empty'))).toBe(false);
    expect(existsSync(r.mdx('binary'))).toBe(false);
    expect(existsSync(r.mdx('old'))).toBe(false);
  });

  it('lists each bad file in failed, with a message naming it', () => {
    const failed = new Map(report.failed.map((f) => [f.file, f.message]));
    expect([...failed.keys()].sort()).toEqual([inputs[0], inputs[1], inputs[2]].sort());
    for (const [file, message] of failed) expect(message.startsWith(`${file}:`)).toBe(true);
    expect(failed.get(inputs[0])).toMatch(/empty/);
    expect(failed.get(inputs[1])).toMatch(/binary/);
    expect(failed.get(inputs[2])).toMatch(/\.doc/);
  });

  it('counts documents, written files, targets, milestones and units right', () => {
    const enshi = recordOf(r, 'enshi');
    const dezhou = recordOf(r, 'dezhou-gb');
    expect(report).toMatchObject({
      documents: 5,
      written: 2,
      unchanged: 0,
      targets: count(enshi, 'quantity') + count(dezhou, 'quantity'),
      milestones: count(enshi, 'milestone') + count(dezhou, 'milestone'),
      units: new Set([...enshi.units, ...dezhou.units].map((u) => `${u.region}|${u.name}`)).size,
    });
    expect(report.targets).toBeGreaterThan(10);
  });

  it('the GB18030 copy gives the record the UTF-8 text gives', () => {
    const gb = recordOf(r, 'dezhou-gb');
    const utf8 = extractSample('dezhou-county-high-school-2023').record;
    expect(gb.source).toMatchObject({ file: 'content/sources/dezhou-gb.txt', format: 'text' });
    expect(gb.source.encoding).toMatch(/gb/i);
    expect(gb.meta).toEqual(utf8.meta);
    expect(gb.targets.map((t) => [t.kind, t.text, t.value, t.unit, t.deadline])).toEqual(
      utf8.targets.map((t) => [t.kind, t.text, t.value, t.unit, t.deadline]),
    );
  });

  it('a second run writes nothing and leaves the files untouched', async () => {
    const before = ['enshi', 'dezhou-gb'].map((s) => [statSync(r.mdx(s)).mtimeMs, r.read(r.mdx(s))]);
    const again = await run(r, inputs);
    expect(again).toMatchObject({ documents: 5, written: 0, unchanged: 2, targets: 0, milestones: 0 });
    expect(again.failed).toHaveLength(3);
    const after = ['enshi', 'dezhou-gb'].map((s) => [statSync(r.mdx(s)).mtimeMs, r.read(r.mdx(s))]);
    expect(after).toEqual(before);
  });

  it('a source that changed is ingested again, the others stay unchanged', async () => {
    const gb = inputs[3];
    writeFileSync(gb, iconv.encode(`${sample('dezhou-county-high-school-2023')}\n补充说明。`, 'gb18030'));
    const again = await run(r, inputs);
    expect(again).toMatchObject({ written: 1, unchanged: 1 });
    expect(r.read(r.mdx('dezhou-gb'))).toContain('补充说明。');
  });
});

/** Replaces one line of a target's block in the frontmatter (the YAML as written). */
function editTargetLine(yaml: string, id: string, field: string, value: string): string {
  const lines = yaml.split('\n');
  const start = lines.indexOf(`  - id: ${id}`);
  expect(start).toBeGreaterThan(0);
  const at = lines.findIndex((l, i) => i > start && l.startsWith(`    ${field}:`));
  lines[at] = `    ${field}: ${value}`;
  return lines.join('\n');
}

/** Drops a target's block from the frontmatter. */
function removeTarget(yaml: string, id: string): string {
  const lines = yaml.split('\n');
  const start = lines.indexOf(`  - id: ${id}`);
  expect(start).toBeGreaterThan(0);
  let end = start + 1;
  while (!lines[end].startsWith('  - id: ') && /^\s/.test(lines[end])) end++;
  lines.splice(start, end - start);
  return lines.join('\n');
}

describe('ingest: hand edits of the frontmatter survive re-ingest as corrections', () => {
  const r = repo({ 'enshi.txt': 'enshi-county-alliance-2022-2025.txt' });
  let edited: { id: string; removed: string };
  let report: IngestReport;

  beforeAll(async () => {
    await run(r);
    const original = recordOf(r, 'enshi');
    const first = original.targets.find((t) => t.deadline === '2022-12')!;
    const other = original.targets.find((t) => t.kind === 'quantity' && t.value === 5)!;
    edited = { id: first.id, removed: other.id };
    let text = r.read(r.mdx('enshi'));
    text = text.replace(/^  title: .*$/m, '  title: 恩施州教联体建设实施方案（校订）');
    text = editTargetLine(text, first.id, 'deadline', "'2023-06'");
    text = removeTarget(text, other.id);
    writeFileSync(r.mdx('enshi'), text);
    expect(isHandEdited(text)).toBe(true);
    report = await run(r);
  }, 60_000);

  it('moves the edits to content/corrections/<slug>.yaml and says so', async () => {
    const corrections = await loadCorrections(`${r.corrections}/enshi.yaml`);
    expect(corrections).toEqual({
      meta: { title: '恩施州教联体建设实施方案（校订）' },
      targets: { [edited.id]: { deadline: '2023-06' }, [edited.removed]: 'remove' },
    });
    expect(report.notes.some((n) => n.includes('kept the hand edits of content/policies/enshi.mdx in content/corrections/enshi.yaml'))).toBe(true);
    expect(report.written).toBe(1);
  });

  it('the regenerated file keeps the edited values and is stamped again', () => {
    const text = r.read(r.mdx('enshi'));
    expect(isHandEdited(text)).toBe(false);
    const record = recordOf(r, 'enshi');
    expect(record.meta.title).toBe('恩施州教联体建设实施方案（校订）');
    expect(record.targets.find((t) => t.id === edited.id)?.deadline).toBe('2023-06');
    expect(record.targets.some((t) => t.id === edited.removed)).toBe(false);
  });

  it('a third ingest changes nothing, and keeps them', async () => {
    const before = r.read(r.mdx('enshi'));
    const third = await run(r);
    expect(third).toMatchObject({ written: 0, unchanged: 1 });
    expect(r.read(r.mdx('enshi'))).toBe(before);
  });

  it('an ingest with --force regenerates the file, and keeps them', async () => {
    const forced = await run(r, [], true);
    expect(forced).toMatchObject({ written: 1, unchanged: 0 });
    const record = recordOf(r, 'enshi');
    expect(record.meta.title).toBe('恩施州教联体建设实施方案（校订）');
    expect(record.targets.find((t) => t.id === edited.id)?.deadline).toBe('2023-06');
    expect(record.targets.some((t) => t.id === edited.removed)).toBe(false);
    expect(await loadCorrections(`${r.corrections}/enshi.yaml`)).toEqual({
      meta: { title: '恩施州教联体建设实施方案（校订）' },
      targets: { [edited.id]: { deadline: '2023-06' }, [edited.removed]: 'remove' },
    });
  });
});

describe('ingest: a hand edit and a changed source at once (three-way merge)', () => {
  const r = repo({ 'enshi.txt': 'enshi-county-alliance-2022-2025.txt' });
  let editedId: string;

  beforeAll(async () => {
    await run(r);
    const original = recordOf(r, 'enshi');
    editedId = original.targets.find((t) => t.deadline === '2022-12')!.id;
    writeFileSync(r.mdx('enshi'), editTargetLine(r.read(r.mdx('enshi')), editedId, 'deadline', "'2023-06'"));
    // The source changes under the edit: the 5所 cap becomes 6所.
    const source = r.read(r.source('enshi.txt'));
    expect(source).toContain('数量不超过5所');
    writeFileSync(r.source('enshi.txt'), source.replace('数量不超过5所', '数量不超过6所'));
    await run(r);
  }, 60_000);

  it('keeps only what the person changed as a correction', async () => {
    expect(await loadCorrections(`${r.corrections}/enshi.yaml`)).toEqual({ targets: { [editedId]: { deadline: '2023-06' } } });
  });

  it('takes the new figure from the source rather than pinning the old one', () => {
    const record = recordOf(r, 'enshi');
    expect(record.targets.find((t) => t.id === editedId)?.deadline).toBe('2023-06');
    expect(record.targets.filter((t) => t.kind === 'quantity' && t.unit === '所' && t.comparator === '<=').map((t) => t.value)).toEqual([6]);
  });
});

describe('ingest: a hand-edited body', () => {
  const r = repo({ 'zhenkang.txt': 'zhenkang-education-2023-2025.txt' });
  const addition = '本段由编辑手工补充。';

  beforeAll(async () => {
    await run(r);
    writeFileSync(r.mdx('zhenkang'), `${r.read(r.mdx('zhenkang'))}\n${addition}\n`);
  }, 60_000);

  it('is not overwritten without --force, and the report says so', async () => {
    const report = await run(r);
    expect(r.read(r.mdx('zhenkang'))).toContain(addition);
    expect(report.notes.some((n) => n.includes('content/policies/zhenkang.mdx: its text was edited by hand, so it was not rewritten'))).toBe(true);
    expect(report.failed).toEqual([]);
  });

  it('is regenerated from the source with --force', async () => {
    const report = await run(r, [], true);
    const text = r.read(r.mdx('zhenkang'));
    expect(text).not.toContain(addition);
    expect(isHandEdited(text)).toBe(false);
    expect(report.notes.some((n) => n.includes('was not rewritten'))).toBe(false);
  });
});

describe('ingest: review lines point at what is doubted in the written file', () => {
  const r = repo();
  const slug = 'shanghai-disaster-prevention';
  const source = readFileSync(join(ROOT, 'test', 'fixtures', 'corpus-real', '21-provincial-shanghai-natural-disaster-prevention-opinions-2020.txt'));

  /** Each review line's located line of the policy file, beside what its flag is about. */
  function located(report: IngestReport): Array<{ line: string; subject: string }> {
    const lines = r.read(r.mdx(slug)).split('\n');
    const { flags } = recordOf(r, slug);
    expect(report.review).toHaveLength(flags.length);
    return report.review.map((review, i) => {
      const m = /^content\/policies\/([^:]+)\.mdx:(\d+):\d+: review: /.exec(review);
      expect(m?.[1]).toBe(slug);
      return { line: lines[Number(m![2]) - 1], subject: flags[i].subject.replace(/^(meta|units|sections)\./, '') };
    });
  }

  it('names the line of each flagged unit, target or field', async () => {
    r.write(`${slug}.txt`, source);
    const report = await run(r);
    const pairs = located(report);
    expect(pairs.length).toBeGreaterThan(1);
    for (const { line, subject } of pairs) expect(line).toContain(subject);
  });

  it('still does when the file was kept for its hand-edited text', async () => {
    writeFileSync(r.mdx(slug), `${r.read(r.mdx(slug))}\n本段由编辑手工补充。\n`);
    const report = await run(r);
    expect(report.notes.some((n) => n.includes('was not rewritten'))).toBe(true);
    for (const { line, subject } of located(report)) expect(line).toContain(subject);
  });
});

describe('ingest: references between ingested policies', () => {
  const r = repo();
  const preschool = [
    '清江市教育局关于印发《清江市学前教育发展行动方案》的通知',
    '清教发〔2024〕1号',
    '各县（市、区）教育局：',
    '现将《清江市学前教育发展行动方案》印发给你们，请认真贯彻落实。',
    '清江市教育局',
    '2024年3月1日',
    '清江市学前教育发展行动方案',
    '一、主要目标',
    '到2025年，全市学前教育毛入园率达到95%以上。',
  ].join('\n');
  const byNumber = [
    '清江市幼儿园教师队伍建设实施意见',
    '为落实《清江市学前教育发展行动方案》（清教发〔2024〕1号），制定本意见。',
    '一、主要目标',
    '到2025年，全市幼儿园每年补充教师200名以上。',
  ].join('\n');
  const byTitle = [
    '清江市普惠性民办幼儿园认定办法',
    '根据《清江市学前教育发展行动方案》要求，制定本办法。',
    '一、认定标准',
    '到2025年，认定普惠性民办幼儿园100所。',
  ].join('\n');

  beforeAll(async () => {
    r.write('preschool-plan.txt', preschool);
    r.write('teachers.txt', byNumber);
    r.write('private-kindergartens.txt', byTitle);
    await run(r);
  }, 60_000);

  it('links a citation by 发文字号 to the policy that has it', () => {
    const refs = recordOf(r, 'teachers').references;
    expect(refs).toContainEqual({ title: '清江市学前教育发展行动方案', docNumber: '清教发〔2024〕1号', policy: 'preschool-plan' });
  });

  it('links a citation by title', () => {
    expect(recordOf(r, 'private-kindergartens').references).toEqual([{ title: '清江市学前教育发展行动方案', docNumber: null, policy: 'preschool-plan' }]);
  });

  it('a policy is never linked to itself', () => {
    for (const ref of recordOf(r, 'preschool-plan').references) expect(ref.policy).not.toBe('preschool-plan');
  });

  it('a policy added later links the ones that cite it, though they did not change', async () => {
    const r2 = repo();
    r2.write('teachers.txt', byNumber);
    await run(r2);
    expect(recordOf(r2, 'teachers').references).toContainEqual({ title: '清江市学前教育发展行动方案', docNumber: '清教发〔2024〕1号', policy: null });
    r2.write('preschool-plan.txt', preschool);
    const report = await run(r2);
    expect(report.written).toBe(2);
    expect(recordOf(r2, 'teachers').references).toContainEqual({
      title: '清江市学前教育发展行动方案',
      docNumber: '清教发〔2024〕1号',
      policy: 'preschool-plan',
    });
  });
});

describe('ingest: names', () => {
  it('two sources that would become the same file: one of them fails, with a message naming the file it would overwrite', async () => {
    const r = repo({ 'enshi.txt': 'enshi-county-alliance-2022-2025.txt' });
    r.write('enshi.md', readFileSync(r.source('enshi.txt'), 'utf8'));
    const report = await run(r);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0].message).toMatch(/same name/);
    expect(report.failed[0].message).toContain('content/policies/enshi.mdx');
    expect(report.written).toBe(1);
  });
});

describe('ingest: a folder with one source that would exhaust memory', () => {
  const r = repo({ 'enshi.txt': 'enshi-county-alliance-2022-2025.txt', 'zhenkang.txt': 'zhenkang-education-2023-2025.txt' });
  let report: IngestReport;
  let bomb: string;

  beforeAll(async () => {
    // 40 MB of XML in a zip of a few dozen KB.
    const zip = new JSZip();
    zip.file('word/document.xml', new Uint8Array(40 * 2 ** 20).fill(0x61));
    bomb = r.write('bomb.docx', await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    report = await run(r);
  }, 60_000);

  it('refuses it unread, naming the file and the limit, and ingests the others', () => {
    expect(report.failed.map((f) => f.file)).toEqual([bomb]);
    expect(report.failed[0].message).toMatch(
      /^.*bomb\.docx: error: this \.docx is refused unread: its text parts would inflate to 40 MB, above the limit of 16 MB \(the limit is set by LUOSHI_MAX_MARKUP_MB\)/,
    );
    expect(report).toMatchObject({ documents: 3, written: 2 });
    expect(existsSync(r.mdx('enshi')) && existsSync(r.mdx('zhenkang'))).toBe(true);
  });

  it("writes the manifest, keyed by the sources' paths in the project", () => {
    expect(Object.keys(manifestOf(r)).sort()).toEqual(['content/sources/enshi.txt', 'content/sources/zhenkang.txt']);
  });
});

describe('ingest: a worker that dies', () => {
  const r = repo({ 'enshi.txt': 'enshi-county-alliance-2022-2025.txt', 'zhenkang.txt': 'zhenkang-education-2023-2025.txt' });
  let report: IngestReport;
  let big: string;

  beforeAll(async () => {
    // A genuine-looking document within raised limits, too big for a small worker heap,
    // sorted between the others: the worker dies holding enshi, prepared before it.
    big = r.write(
      'm-big.docx',
      await buildDocx(Array.from({ length: 60_000 }, (_, i) => [`（${i}）到2025年，全县学前教育三年毛入园率达95%以上，公办幼儿园占比保持在70%以上。`])),
    );
    report = await withoutContentOverride(async () => {
      const settings = await loadSettings(r.root, false);
      return ingest([], { ...settings, limits: { ...settings.limits, markupBytes: 2 ** 30 }, workerHeapMb: 160 });
    });
  }, 120_000);

  it('fails only the source it was reading, with a plain message', () => {
    expect(report.failed.map((f) => f.file)).toEqual([big]);
    expect(report.failed[0].message).toContain(
      `${big}: could not be ingested: reading it took more memory than an ingest worker may use (160 MB), so that worker was stopped`,
    );
    expect(report.failed[0].message).toMatch(/LUOSHI_WORKER_HEAP_MB/);
  });

  it('goes on with a new worker, which is sent again the source that waited behind it and prepares again what the dead one held: the other sources are written, and so is the manifest', () => {
    expect(report).toMatchObject({ documents: 3, written: 2 });
    expect(recordOf(r, 'enshi').targets.length).toBeGreaterThan(5);
    expect(Object.keys(manifestOf(r)).sort()).toEqual(['content/sources/enshi.txt', 'content/sources/zhenkang.txt']);
  });
});

describe('ingest: a stage that throws in a worker', () => {
  it('fails the sources it throws for, and still returns the summary', async () => {
    const r = repo({ 'enshi.txt': 'enshi-county-alliance-2022-2025.txt' });
    // Where the write stage keeps what it wrote is taken by a file: every write throws.
    mkdirSync(join(r.root, '.cache'), { recursive: true });
    writeFileSync(join(r.root, '.cache', 'generated'), '');
    const report = await run(r);
    expect(report).toMatchObject({ documents: 1, written: 0 });
    expect(report.failed.map((f) => f.file)).toEqual([r.source('enshi.txt')]);
    expect(report.failed[0].message).toMatch(/^.*enshi\.txt: error: could not be ingested: .*generated/);
    expect(manifestOf(r)).toEqual({});
  }, 60_000);
});

describe('ingest: two sources whose names make one slug', () => {
  const r = repo();
  const first = sample('enshi-county-alliance-2022-2025');
  const second = sample('dezhou-county-high-school-2023');
  let firstRecord: PolicyRecord;

  beforeAll(async () => {
    r.write('reservoir_plan.txt', first);
    await run(r);
    firstRecord = recordOf(r, 'reservoir-plan');
    r.write('Reservoir Plan.txt', second);
  }, 60_000);

  it('ingested alone, the newcomer is refused with a message naming both, and the first policy stays', async () => {
    const report = await run(r, [r.source('Reservoir Plan.txt')]);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0].message).toBe(
      `${r.source('Reservoir Plan.txt')}: error: would become content/policies/reservoir-plan.mdx, which holds the policy read from content/sources/reservoir_plan.txt; two sources cannot share one policy file\n  Give this file another name (its name makes the slug), or, if it replaces content/sources/reservoir_plan.txt, delete that file first.`,
    );
    expect(recordOf(r, 'reservoir-plan')).toEqual(firstRecord);
  });

  it('in a folder, the source the policy was read from keeps it, though the other sorts first', async () => {
    const report = await run(r);
    expect(report.failed.map((f) => f.file)).toEqual([r.source('Reservoir Plan.txt')]);
    expect(report.failed[0].message).toContain(`has the same name as ${r.source('reservoir_plan.txt')}`);
    expect(recordOf(r, 'reservoir-plan').source.file).toBe('content/sources/reservoir_plan.txt');
    expect(recordOf(r, 'reservoir-plan').targets).toEqual(firstRecord.targets);
  });

  it('a source that was renamed takes its policy along, and says so', async () => {
    rmSync(r.source('reservoir_plan.txt'));
    writeFileSync(r.source('Reservoir Plan.txt'), first);
    const report = await run(r, [r.source('Reservoir Plan.txt')]);
    expect(report.failed).toEqual([]);
    expect(recordOf(r, 'reservoir-plan').source.file).toBe('content/sources/Reservoir Plan.txt');
    expect(report.notes).toContain(
      'content/policies/reservoir-plan.mdx was read from content/sources/reservoir_plan.txt, which is gone; it is now read from content/sources/Reservoir Plan.txt',
    );
  });
});

describe('ingest: the manifest knows a source however its path was typed', () => {
  it('after a single-file ingest by a relative path, a folder ingest finds it unchanged', async () => {
    const r = repo({ 'enshi.txt': 'enshi-county-alliance-2022-2025.txt' });
    const typed = relative(process.cwd(), r.source('enshi.txt'));
    expect(isAbsolute(typed)).toBe(false);
    expect((await run(r, [typed])).written).toBe(1);
    expect(await run(r)).toMatchObject({ written: 0, unchanged: 1 });
    expect(await run(r, [r.source('enshi.txt')])).toMatchObject({ written: 0, unchanged: 1 });
  }, 60_000);
});

describe('ingest: every file in the sources folder is accounted for', () => {
  const r = repo();
  let report: IngestReport;

  beforeAll(async () => {
    r.write(
      'page.doc',
      iconv.encode(
        `<html><head><meta charset="gb2312"></head><body>${sample('enshi-county-alliance-2022-2025')
          .split('\n')
          .map((l) => `<p>${l}</p>`)
          .join('')}</body></html>`,
        'gb18030',
      ),
    );
    r.write('notice.doc', sample('dezhou-county-high-school-2023'));
    r.write('word97.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0x3e, 0]));
    r.write('scan.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    report = await run(r);
  }, 60_000);

  it('reads a .doc that is a web page or text as such', () => {
    expect(recordOf(r, 'page').source).toMatchObject({ file: 'content/sources/page.doc', format: 'html', encoding: 'gb18030' });
    expect(recordOf(r, 'notice').source).toMatchObject({ file: 'content/sources/notice.doc', format: 'text' });
    expect(recordOf(r, 'page').targets.length).toBeGreaterThan(5);
  });

  it('reports every other file with why, and what to do', () => {
    expect(report.documents).toBe(4);
    const failed = new Map(report.failed.map((f) => [f.file, f.message]));
    expect([...failed.keys()].sort()).toEqual([r.source('scan.jpg'), r.source('word97.doc')]);
    expect(failed.get(r.source('word97.doc'))).toMatch(/old binary Word \(\.doc\)[^]*save it as \.docx/);
    expect(failed.get(r.source('scan.jpg'))).toMatch(/an image, not text[^]*OCR/);
  });
});
