import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCorrections, loadCorrections, saveCorrections } from '../../../src/pipeline/corrections/corrections-file.ts';
import { type Corrections } from '../../../src/pipeline/corrections/corrections-schema.ts';
import { InputError } from '../../../src/pipeline/errors.ts';
import { balancedSchools, preschoolEnrolment } from '../mdx/fixtures.ts';
import { lookalikes } from '../mdx/helpers.ts';

const directory = mkdtempSync(join(tmpdir(), 'luoshi-corrections-'));
let files = 0;

/** Where to save a corrections file: a directory of its own, not yet created. */
function freshPath(): string {
  return join(directory, `${files++}`, 'zhenkang.yaml');
}

async function loadText(text: string): Promise<Corrections> {
  const path = join(directory, `c${files++}.yaml`);
  writeFileSync(path, text);
  return loadCorrections(path);
}

async function loadError(text: string): Promise<InputError> {
  try {
    await loadText(text);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

const hostile: Corrections = {
  meta: { title: 'remove', date: '2023-11-07', docNumber: '2025', region: 'null', sector: 'yes', sourceUrl: 'https://example.gov.cn/a_b?x=1&y=2#frag' },
  targets: {
    [preschoolEnrolment.id]: {
      deadline: '2025',
      responsible: ['县教育体育局', 'remove', '~'],
      unit: '%',
      comparator: '>=',
      text: '第一行\n第二行: 值 # 不是注释',
    },
    [balancedSchools.id]: 'remove',
    't-1: x': { indicator: '---' },
    '<<': { phrase: '*alias' },
  },
  add: [{ ...balancedSchools, id: undefined, text: '到2025年,全县适龄残疾儿童少年入学率不低于98%。', phrase: "'98%'", value: 98 }],
  units: { 县教育体育局: { aliases: ['县教体局', 'yes'] }, '县政府办: 办公室': 'remove', remove: { region: '2025-01-01' } },
};

describe('saveCorrections and loadCorrections', () => {
  it('round-trip corrections, hostile strings included', async () => {
    const path = freshPath();
    const { id: _id, ...added } = hostile.add![0];
    const corrections = { ...hostile, add: [added] };
    await saveCorrections(path, corrections);
    expect(await loadCorrections(path)).toStrictEqual(corrections);
  });

  it('round-trip every lookalike string as a value and as a key', async () => {
    const path = freshPath();
    const corrections: Corrections = {
      targets: Object.fromEntries(lookalikes.map((s) => [s, { indicator: s, responsible: [s] }])),
      units: Object.fromEntries(lookalikes.map((s) => [s, { region: s }])),
    };
    await saveCorrections(path, corrections);
    expect(await loadCorrections(path)).toStrictEqual(corrections);
  });

  it('write a header saying comments are not kept, quote dates, and leave no temporary file', async () => {
    const path = freshPath();
    await saveCorrections(path, { meta: { date: '2023-11-07' }, targets: { [preschoolEnrolment.id]: { deadline: '2025' } } });
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^# .*\n# .*\n# luoshi rewrites this file .*\n# comments, this header included, are not preserved/);
    expect(text).toContain("  date: '2023-11-07'\n");
    expect(text).toContain("    deadline: '2025'\n");
    expect(readdirSync(join(path, '..'))).toEqual(['zhenkang.yaml']);
  });

  it('write sections and fields in schema order', () => {
    const text = formatCorrections({
      units: { 县一中: 'remove' },
      targets: { [preschoolEnrolment.id]: { deadline: '2025', value: 95 } },
      meta: { sector: '教育', title: '镇康' },
    });
    expect([...text.matchAll(/^(\w+):/gm)].map((m) => m[1])).toEqual(['meta', 'targets', 'units']);
    expect(text).toContain('  title: 镇康\n  sector: 教育\n');
    expect(text).toContain("    value: 95\n    deadline: '2025'\n");
  });
});

describe('loadCorrections', () => {
  it('reads the example documented in corrections-schema.ts', async () => {
    const source = readFileSync(new URL('../../../src/pipeline/corrections/corrections-schema.ts', import.meta.url), 'utf8');
    const example = source
      .split('\n')
      .filter((line) => line.startsWith('//   '))
      .map((line) => line.slice(5))
      .join('\n');
    const corrections = await loadText(example);
    expect(corrections.targets?.['t-7b20d4e1']).toBe('remove');
    expect(corrections.add?.[0]).toMatchObject({ id: 't-9c0d1e2f', value: 98, deadline: '2025' });
    expect(corrections.units).toEqual({ 县教育体育局: { aliases: ['县教体局'] }, 县政府办: 'remove' });
  });

  it('gives no corrections for a missing, empty or comment-only file', async () => {
    expect(await loadCorrections(join(directory, 'none.yaml'))).toEqual({});
    expect(await loadText('')).toEqual({});
    expect(await loadText('# nothing to correct yet\n')).toEqual({});
  });

  it('says which line has an unquoted date', async () => {
    const error = await loadError(`targets:\n  ${preschoolEnrolment.id}:\n    deadline: 2025-12-31\n`);
    expect(error.format()).toMatch(/c\d+\.yaml:3:5: targets\.t-3f9a1c2e\.deadline: write the date in quotes, e\.g\. '2025-12-31'/);
  });

  it('says which line has a misspelt field, or a field that cannot be corrected', async () => {
    expect((await loadError(`targets:\n  ${preschoolEnrolment.id}:\n    dealine: '2025'\n`)).message).toBe(
      'targets.t-3f9a1c2e.dealine: unknown field dealine (a typo?)',
    );
    const id = await loadError(`targets:\n  ${preschoolEnrolment.id}:\n    id: t-00000000\n`);
    expect([id.line, id.message]).toEqual([3, 'targets.t-3f9a1c2e.id: unknown field id (a typo?)']);
    expect((await loadError('meta:\n  titel: 镇康\n')).line).toBe(2);
    expect((await loadError('correction:\n  meta: {}\n')).message).toBe('correction: unknown field correction (a typo?)');
  });

  it('says what to write instead of a word other than `remove`', async () => {
    const error = await loadError(`targets:\n  ${preschoolEnrolment.id}: delete\n`);
    expect(error.format()).toMatch(/:2:3: targets\.t-3f9a1c2e: write `remove` to drop the target, or the fields to replace under it$/);
  });

  it('points into a patch that is wrong inside', async () => {
    const error = await loadError(`units:\n  县一中:\n    level: school\n`);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^units\.县一中\.level: Invalid option/);
  });

  it('reports bad YAML with file, line and column', async () => {
    const error = await loadError('targets:\n  t-1: {deadline: 2025\n');
    expect(error.file).toMatch(/c\d+\.yaml$/);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^this is not valid YAML: /);
  });
});
