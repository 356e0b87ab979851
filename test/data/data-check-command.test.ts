import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataCommand } from '../../src/cli/commands/data-check.ts';
import type { Io } from '../../src/cli/command.ts';
import { REPO, TODAY, makeRoot, milestones, progress } from './helpers.ts';

function io(root: string): Io & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { root, lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

describe('luoshi data check', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('passes on the repository data: exit 0 and a summary', async () => {
    const t = io(REPO);
    expect(await dataCommand.run(['check', '--today', TODAY, '--content', 'no-such-dir'], t)).toBe(0);
    expect(t.lines).toEqual([`data check: no problems (89 observations and 0 milestone records in 2 files; checked against ${TODAY})`]);
    expect(t.errors).toEqual(['note: no policies in no-such-dir: milestone target ids were not checked']);
  });

  it('prints file:line:column: severity: message and exits 1 on an error', async () => {
    const root = makeRoot({
      'data/progress/x.csv': progress('学前教育毛入园率,全国,2019,九十,%,公报,,', '学前教育毛入园率,全国,2020,85.2,%,公报,,provisional'),
    });
    const t = io(root);
    expect(await dataCommand.run(['check', `--today=${TODAY}`], t)).toBe(1);
    expect(t.lines).toEqual([
      'data/progress/x.csv:2:18: error: value "九十" is not a number — write it as digits, e.g. 90.5',
      'data/progress/x.csv:3:29: warning: provisional value for 2020 is more than 3 years old — replace it with the final figure, or drop the flag',
      `data check: 1 error, 1 warning (1 observation and 0 milestone records in 1 file; checked against ${TODAY})`,
    ]);
  });

  it('judges periods against the build date LUOSHI_BUILD_DATE when --today is not given', async () => {
    vi.stubEnv('LUOSHI_BUILD_DATE', '2024-06-30');
    const root = makeRoot({ 'data/progress/x.csv': progress('学前教育毛入园率,全国,2023,91.1,%,公报,,', '学前教育毛入园率,全国,2024,92.0,%,公报,,') });
    const t = io(root);
    expect(await dataCommand.run(['check'], t)).toBe(1);
    expect(t.lines[0]).toMatch(/^data\/progress\/x\.csv:3:13: error: period 2024 is not over on the build date 2024-06-30/);
    expect(t.lines[1]).toContain('checked against 2024-06-30');
  });

  it('counts every problem in the summary, also those not listed', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `学前教育毛入园率,全国,${1950 + (i >> 2)}-0${(i % 4) + 1}-01,九十,%,公报,,`);
    const t = io(makeRoot({ 'data/progress/x.csv': progress(...rows) }));
    expect(await dataCommand.run(['check', '--today', TODAY], t)).toBe(1);
    expect(t.lines).toHaveLength(102);
    expect(t.lines[100]).toMatch(/^data\/progress\/x\.csv:102:24: error: 50 more problems from here on \(50 errors\) not listed/);
    expect(t.lines[101]).toBe(`data check: 150 errors, 0 warnings (0 observations and 0 milestone records in 1 file; checked against ${TODAY})`);
  });

  it('warnings alone do not fail', async () => {
    const root = makeRoot({ 'data/progress/x.csv': progress('学前教育毛入园率,全国,2019,85.2,%,公报,,provisional') });
    expect(await dataCommand.run(['check', '--today', TODAY], io(root))).toBe(0);
  });

  it('reads target ids from the policies frontmatter for the milestone check', async () => {
    const mdx = '---\nslug: p\ntargets:\n  - id: zk-3f9a1c\n    kind: milestone\n---\n\n正文\n';
    const root = makeRoot({
      'content/policies/p.mdx': mdx,
      'data/milestones/m.csv': milestones('zk-3f9a1c,2024-07,in-progress,,', 'zk-000000,2024-07,in-progress,,'),
    });
    const t = io(root);
    expect(await dataCommand.run(['check', '--today', TODAY], t)).toBe(1);
    expect(t.lines[0]).toBe('data/milestones/m.csv:3:1: error: unknown target id "zk-000000". No ingested policy has a target with this id');
    expect(t.lines[1]).toContain('1 target id from content/policies');
  });

  it.each([[[]], [['chek']], [['check', '--today']], [['check', '--today', '2025-13-01']], [['check', '--fast']]])('usage error %j exits 2', async (argv) => {
    const t = io(REPO);
    expect(await dataCommand.run(argv as string[], t)).toBe(2);
    expect(t.errors[0]).toMatch(/^luoshi data: /);
    expect(t.errors[1]).toMatch(/^usage: luoshi data check/);
  });

  it('--help exits 0', async () => {
    const t = io(REPO);
    expect(await dataCommand.run(['--help'], t)).toBe(0);
    expect(t.lines[0]).toMatch(/^usage: luoshi data check/);
    expect(dataCommand.name).toBe('data');
  });
});
