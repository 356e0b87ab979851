import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { extractView } from '../../src/pipeline/scoring-view.ts';
import { extractSample } from '../pipeline/support.ts';
import { readPolicyFile } from '../../src/content/policy-files.ts';
import { tempRepo, withoutContentOverride, type TempRepo } from '../ingest/repo.ts';

interface Captured extends Io {
  stdout: string[];
  stderr: string[];
}

function io(root: string): Captured {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), root };
}

const cleanup: Array<() => void> = [];
afterAll(() => {
  for (const c of cleanup) c();
});
function repo(samples: Record<string, string> = {}): TempRepo {
  const r = tempRepo(samples);
  cleanup.push(() => r.remove());
  return r;
}
function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-out-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('luoshi: usage errors exit 2', () => {
  it('an unknown command: 2, with the usage on stderr', async () => {
    const c = io(tmp());
    expect(await main(['nope'], c)).toBe(2);
    expect(c.stdout).toEqual([]);
    expect(c.stderr.join('\n')).toMatch(/unknown command "nope"/);
    expect(c.stderr.join('\n')).toMatch(/usage: npm run luoshi -- <command>/);
    for (const name of ['ingest', 'extract', 'check', 'build']) expect(c.stderr.join('\n')).toContain(`  ${name}`);
  });

  it('no command: 2 with the usage on stderr; --help: 0 with it on stdout', async () => {
    const none = io(tmp());
    expect(await main([], none)).toBe(2);
    expect(none.stderr.join('\n')).toMatch(/^usage:/);
    const help = io(tmp());
    expect(await main(['--help'], help)).toBe(0);
    expect(help.stdout.join('\n')).toMatch(/^usage:/);
    expect(help.stderr).toEqual([]);
  });

  it("extract without arguments: 2, saying what is missing, with the command's usage", async () => {
    const c = io(tmp());
    expect(await main(['extract'], c)).toBe(2);
    expect(c.stderr.join('\n')).toMatch(/luoshi extract: missing --out <dir>/);
    expect(c.stderr.join('\n')).toMatch(/usage: npm run luoshi -- extract/);
  });

  it('extract with --out but no input, or an unknown option: 2', async () => {
    const out = tmp();
    const none = io(out);
    expect(await main(['extract', '--out', out], none)).toBe(2);
    expect(none.stderr.join('\n')).toMatch(/name at least one file or directory/);
    const unknown = io(out);
    expect(await main(['extract', '--frobnicate', '--out', out, 'x'], unknown)).toBe(2);
  });

  it("extract --help: 0 with the command's usage on stdout", async () => {
    const c = io(tmp());
    expect(await main(['extract', '--help'], c)).toBe(0);
    expect(c.stdout.join('\n')).toMatch(/^usage: npm run luoshi -- extract/);
  });

  it('check with arguments: 2', async () => {
    const r = repo();
    const c = io(r.root);
    expect(await main(['check', 'extra'], c)).toBe(2);
    expect(c.stderr.join('\n')).toMatch(/check takes no arguments/);
  });
});

describe('luoshi extract', () => {
  const r = repo({
    'zhenkang-education-2023-2025.txt': 'zhenkang-education-2023-2025.txt',
    'enshi-county-alliance-2022-2025.txt': 'enshi-county-alliance-2022-2025.txt',
  });
  const out = tmp();
  let code: number;
  let c: Captured;

  beforeAll(async () => {
    r.write('broken.txt', '');
    c = io(r.root);
    code = await main(['extract', r.sources, '--out', out], c);
  }, 60_000);

  it('exits 1 when one input is bad, and names it', () => {
    expect(code).toBe(1);
    const err = c.stderr.join('\n');
    expect(err).toContain(`${r.source('broken.txt')}:`);
    expect(err).toMatch(/empty/);
    expect(c.stdout).toEqual([`2 records written to ${out}, 1 inputs failed`]);
  });

  it('still writes <name>.json for every good input', () => {
    expect(readdirSync(out).sort()).toEqual(['enshi-county-alliance-2022-2025.txt.json', 'zhenkang-education-2023-2025.txt.json']);
  });

  it("writes the record in the scorer's format (responsible units with aliases)", () => {
    const written: unknown = JSON.parse(readFileSync(join(out, 'zhenkang-education-2023-2025.txt.json'), 'utf8'));
    const expected = extractView(extractSample('zhenkang-education-2023-2025').record);
    expect(written).toMatchObject({
      meta: expected.meta,
      targets: expected.targets.map(({ text, kind, value, unit, comparator, deadline, recurring, change, responsible }) => ({
        text,
        kind,
        value,
        unit,
        comparator,
        deadline,
        recurring,
        change,
        responsible,
      })),
    });
    const record = written as { source: { file: string; sha256: string }; targets: Array<{ responsible: unknown[] }> };
    expect(record.source.file).toBe('content/sources/zhenkang-education-2023-2025.txt');
    expect(record.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.targets.flatMap((t) => t.responsible).every((u) => typeof u === 'object' && u !== null && 'aliases' in u)).toBe(true);
  });

  it('writes the record ingest writes (indicator links included), before corrections', async () => {
    const written = JSON.parse(readFileSync(join(out, 'zhenkang-education-2023-2025.txt.json'), 'utf8')) as {
      targets: Array<{ id: string; indicatorId: string | null }>;
    };
    expect(written.targets.some((t) => t.indicatorId !== null)).toBe(true);
    const ingested = tempRepo({ 'zhenkang-education-2023-2025.txt': 'zhenkang-education-2023-2025.txt' });
    cleanup.push(() => ingested.remove());
    expect(await withoutContentOverride(() => main(['ingest'], io(ingested.root)))).toBe(0);
    const { record } = readPolicyFile(ingested.read(ingested.mdx('zhenkang-education-2023-2025')), 'zhenkang.mdx');
    const { generated: _stamp, ...inMdx } = record;
    expect(written).toEqual(JSON.parse(JSON.stringify(extractView(inMdx))));
  });

  it('exits 0 when every input is good, and writes nothing to content/', async () => {
    const out2 = tmp();
    const ok = io(r.root);
    expect(await main(['extract', r.source('enshi-county-alliance-2022-2025.txt'), '--out', out2], ok)).toBe(0);
    expect(ok.stderr).toEqual([]);
    expect(existsSync(r.policies)).toBe(false);
  });
});

describe('luoshi check', () => {
  const r = repo({ 'enshi.txt': 'enshi-county-alliance-2022-2025.txt' });
  const extra: string[] = [];
  afterEach(() => {
    for (const file of extra.splice(0)) rmSync(file, { force: true });
  });
  const put = (file: string, text: string) => {
    extra.push(file);
    writeFileSync(file, text);
  };

  beforeAll(async () => {
    await withoutContentOverride(async () => {
      expect(await main(['ingest'], io(r.root))).toBe(0);
    });
  }, 60_000);

  it('exits 0 on the content ingest wrote', async () => {
    const c = io(r.root);
    expect(await withoutContentOverride(() => main(['check'], c))).toBe(0);
    expect(c.stdout.at(-1)).toMatch(/^check: 1 policies, .*: 0 errors/);
  });

  it('exits 1 on bad YAML, naming file:line:column', async () => {
    const text = r.read(r.mdx('enshi'));
    const lines = text.split('\n');
    const titleLine = lines.findIndex((l) => l.startsWith('  title: '));
    lines[titleLine] = '  title: [unclosed';
    put(join(r.policies, 'bad-yaml.mdx'), lines.join('\n').replace('slug: enshi', 'slug: bad-yaml'));
    const c = io(r.root);
    expect(await withoutContentOverride(() => main(['check'], c))).toBe(1);
    const errors = c.stderr.filter((l) => / error: /.test(l));
    expect(errors).toHaveLength(1);
    // js-yaml notices the unclosed bracket on the line itself or the next one; one "error:", after the place.
    expect(errors[0]).toMatch(new RegExp(`^content/policies/bad-yaml\\.mdx:(${titleLine + 1}|${titleLine + 2}):\\d+: error: this is not valid YAML`));
    expect(errors[0].match(/error:/g)).toHaveLength(1);
  });

  it('exits 1 on a quantity target without a value, naming the file and the target', async () => {
    const text = r.read(r.mdx('enshi'));
    const lines = text.split('\n');
    const kind = lines.indexOf('    kind: quantity');
    const valueLine = lines.findIndex((l, i) => i > kind && l.startsWith('    value: '));
    lines[valueLine] = '    value: null';
    const id = lines[kind - 1].replace('  - id: ', '');
    put(join(r.policies, 'no-value.mdx'), lines.join('\n').replace('slug: enshi', 'slug: no-value'));
    const c = io(r.root);
    expect(await withoutContentOverride(() => main(['check'], c))).toBe(1);
    const errors = c.stderr.filter((l) => / error: /.test(l));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`target ${id}`);
    expect(errors[0]).toMatch(/^content\/policies\/no-value\.mdx:\d+:\d+: error: target t-[0-9a-f]{8} is a quantity without a value/);
  });

  it('counts every data problem in its summary, also those a data file does not list', async () => {
    mkdirSync(join(r.root, 'data', 'progress'), { recursive: true });
    const rows = Array.from({ length: 150 }, (_, i) => `学前教育毛入园率,全国,${1950 + (i >> 2)}-0${(i % 4) + 1}-01,九十,%,公报,,`);
    put(join(r.root, 'data', 'progress', 'x.csv'), `indicator,region,period,value,unit,source,note,flag\n${rows.join('\n')}\n`);
    const c = io(r.root);
    expect(await withoutContentOverride(() => main(['check'], c))).toBe(1);
    expect(c.stderr.filter((l) => l.startsWith('data/progress/x.csv:'))).toHaveLength(101);
    expect(c.stdout.at(-1)).toMatch(/^check: 1 policies, 0 observations: 150 errors, 0 warnings, \d+ to review$/);
  });

  it('exits 1 on a broken corrections file, naming file:line', async () => {
    const file = join(r.corrections, 'enshi.yaml');
    mkdirSync(r.corrections, { recursive: true });
    put(file, 'targets:\n  t-00000000:\n    deadline: 2025\n');
    const c = io(r.root);
    expect(await withoutContentOverride(() => main(['check'], c))).toBe(1);
    expect(c.stderr.join('\n')).toMatch(/content\/corrections\/enshi\.yaml:3:\d+: .*deadline/);
  });
});
