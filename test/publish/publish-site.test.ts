// Publishing with a stub build (test/publish/support): each publish is a process of
// its own, with the real lock, releases, switch, recovery and change report. Two
// at once; killed at every step; a lock left by a dead process; a live directory
// from before releases; a failed build.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KEEP_RELEASES } from '../../src/publish/releases.ts';
import { liveVersion, publishChild, type ChildResult } from './support/stub-site.ts';
import { PAGES } from './support/pages.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

interface Site {
  root: string;
  live: string;
  releases: string;
  /** Sets the observations the next snapshot holds. */
  data(observations: Record<string, string>): void;
  publish(version: string, extra?: Record<string, unknown>): Promise<ChildResult>;
  /** Names in dist.releases/ other than complete releases, the state and the lock (nothing, after a clean run). */
  leftovers(): string[];
}

function site(): Site {
  const root = mkdtempSync(join(tmpdir(), 'luoshi-publish-'));
  roots.push(root);
  const live = join(root, 'dist');
  const s: Site = {
    root,
    live,
    releases: `${live}.releases`,
    data: (observations) => writeFileSync(join(root, 'data.json'), JSON.stringify(observations)),
    publish: (version, extra = {}) => publishChild({ live, version, ...extra }),
    leftovers: () => readdirSync(s.releases).filter((n) => !/^\d{8}T\d{9}-\d+$/.test(n) && n !== 'state.json'),
  };
  s.data({ 'rate|全国|2023': '91.1' });
  return s;
}

const explain = (r: ChildResult) => `exit ${r.code} ${r.signal ?? ''}\n${r.stdout}\n${r.stderr}`;
const releasesOf = (s: Site) => readdirSync(s.releases).filter((n) => /^\d{8}T\d{9}-\d+$/.test(n));

describe('publish: releases and the live link', () => {
  const s = site();

  it('a first publish makes the live site a link to a whole release, and says there is nothing to compare with', async () => {
    const r = await s.publish('v1');
    expect(r.code, explain(r)).toBe(0);
    expect(liveVersion(s.live)).toBe('v1');
    expect(r.stdout).toMatch(/^published .*\/dist → .*\/dist\.releases\/\d{8}T\d{9}-\d+ \(judged against 2026-11-25\)$/m);
    expect(r.stdout).toContain('first publish: nothing to compare with');
    expect(JSON.parse(readFileSync(join(s.live, 'publish.json'), 'utf8'))).toMatchObject({ observations: { 'rate|全国|2023': '91.1' } });
    expect(s.leftovers()).toEqual([]);
  });

  it('the next publish reports what changed, and keeps the previous release', async () => {
    s.data({ 'rate|全国|2023': '91.1', 'rate|河南省|2021': '53.13' });
    const r = await s.publish('v2');
    expect(r.code, explain(r)).toBe(0);
    expect(liveVersion(s.live)).toBe('v2');
    expect(r.stdout).toMatch(/^new observations \(1\):\n {2}rate 河南省 2021: 53\.13$/m);
    expect(releasesOf(s)).toHaveLength(2);
  });

  it(`keeps only the newest ${KEEP_RELEASES} releases`, async () => {
    for (const v of ['v3', 'v4', 'v5', 'v6']) expect((await s.publish(v)).code).toBe(0);
    const kept = releasesOf(s);
    expect(kept).toHaveLength(KEEP_RELEASES);
    expect(kept.map((id) => readFileSync(join(s.releases, id, 'index.html'), 'utf8').trim())).toEqual(['v4', 'v5', 'v6']);
    expect(liveVersion(s.live)).toBe('v6');
  });

  it('a build (luoshi build) switches the site too, and the next report still compares with the last publish', async () => {
    s.data({ 'rate|全国|2023': '91.1', 'rate|河南省|2021': '53.13', 'rate|河北省|2021': '60.2' });
    const built = await s.publish('built', { noReport: true });
    expect(built.code, explain(built)).toBe(0);
    expect(built.stdout).toMatch(/^built .*\/dist → .*dist\.releases\/\S+$/m);
    expect(liveVersion(s.live)).toBe('built');
    expect(existsSync(join(s.live, 'publish.json'))).toBe(false);
    const published = await s.publish('v7');
    expect(published.stdout).toMatch(/^new observations \(1\):\n {2}rate 河北省 2021: 60\.2$/m);
  });

  it('a build that fails leaves the live site as it was, and nothing behind', async () => {
    const r = await s.publish('v8', { failBuild: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/publish stopped: the build failed, so the live site .*dist was not changed/);
    expect(liveVersion(s.live)).toBe('v7');
    expect(s.leftovers()).toEqual([]);
  });
});

describe('publish: two at once', () => {
  it('the second waits for the first: both publish, the live site is one whole release, and the reports follow each other', async () => {
    const s = site();
    expect((await s.publish('v0')).code).toBe(0);
    s.data({ 'rate|全国|2023': '91.1', 'rate|河南省|2021': '53.13' });
    // The live site is read all along, and must never be missing or mixed.
    const seen = new Set<string>();
    let running = true;
    const watcher = (async () => {
      while (running) {
        seen.add(liveVersion(s.live));
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    // The first holds the lock until the second says it is waiting; then both build, paced.
    const go = join(s.root, 'go');
    const first = s.publish('first', { pace: 20, holdUntil: go });
    while (!existsSync(join(s.releases, 'publish.lock'))) await new Promise((r) => setTimeout(r, 10));
    const second = publishChild({ live: s.live, version: 'second', pace: 20, waitMs: 60_000 }, (err) => err.includes('waiting for') && writeFileSync(go, ''));
    const [a, b] = await Promise.all([first, second]);
    running = false;
    await watcher;
    expect(a.code, explain(a)).toBe(0);
    expect(b.code, explain(b)).toBe(0);
    expect(b.stderr).toMatch(new RegExp(`^waiting for the publish or build of process ${a.pid} \\(started \\d{4}-\\d\\d-\\d\\dT`, 'm'));
    expect(liveVersion(s.live)).toBe('second');
    expect(a.stdout).toContain('new observations (1):');
    expect(b.stdout).toContain('no change in observations or target statuses since the last publish');
    expect([...seen].filter((v) => !['v0', 'first', 'second'].includes(v))).toEqual([]);
    expect(s.leftovers()).toEqual([]);
  }, 90_000);

  it('with --wait 0 the second refuses at once, naming the first: its process and start time', async () => {
    const s = site();
    expect((await s.publish('v0')).code).toBe(0);
    const go = join(s.root, 'go');
    const first = s.publish('held', { holdUntil: go });
    while (!existsSync(join(s.releases, 'publish.lock'))) await new Promise((r) => setTimeout(r, 10));
    const holder = JSON.parse(readFileSync(join(s.releases, 'publish.lock'), 'utf8')) as { pid: number; started: string };
    const refused = await s.publish('refused', { waitMs: 0 });
    writeFileSync(go, '');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`publish refused: another publish holds ${join(s.releases, 'publish.lock')}: process ${holder.pid} on `);
    expect(refused.stderr).toContain(`started ${holder.started}`);
    expect(refused.stderr).toContain('Nothing was changed.');
    expect((await first).code).toBe(0);
    expect(liveVersion(s.live)).toBe('held');
  });

  it('a lock left by a process that died is taken over', async () => {
    const s = site();
    const dead = await s.publish('dead', { crashAt: 'locked' });
    expect(dead.signal).toBe('SIGKILL');
    expect(JSON.parse(readFileSync(join(s.releases, 'publish.lock'), 'utf8'))).toMatchObject({ pid: dead.pid });
    const r = await s.publish('v1', { waitMs: 0 });
    expect(r.code, explain(r)).toBe(0);
    expect(liveVersion(s.live)).toBe('v1');
    expect(s.leftovers()).toEqual([]);
  });
});

describe('publish: killed at each step, then run again', () => {
  const steps = ['locked', 'checked', 'mid-build', 'built', 'complete', 'switched', 'reported'] as const;

  it.each(steps)('killed at "%s": the live site stays one whole release, and the next publish recovers with its change report', async (step) => {
    const s = site();
    expect((await s.publish('v1')).code).toBe(0);
    s.data({ 'rate|全国|2023': '91.1', 'rate|河南省|2021': '53.13' });

    const killed = await s.publish('v2', { crashAt: step });
    expect(killed.signal, explain(killed)).toBe('SIGKILL');
    const switched = step === 'switched' || step === 'reported';
    expect(liveVersion(s.live)).toBe(switched ? 'v2' : 'v1');

    const next = await s.publish('v3');
    expect(next.code, explain(next)).toBe(0);
    expect(liveVersion(s.live)).toBe('v3');
    if (step === 'reported') expect(next.stdout).toContain('no change in observations or target statuses since the last publish');
    else expect(next.stdout).toMatch(/^new observations \(1\):\n {2}rate 河南省 2021: 53\.13$/m);
    expect(s.leftovers()).toEqual([]);
  });

  it('a live link lost mid-switch comes back, pointing at the newest whole release', async () => {
    const s = site();
    expect((await s.publish('v1')).code).toBe(0);
    rmSync(s.live);
    const r = await s.publish('v2', { failBuild: true });
    expect(r.stderr).toMatch(/dist was missing after an interrupted publish: it is .*dist\.releases\/\d{8}T\d{9}-\d+ again/);
    expect(liveVersion(s.live)).toBe('v1');
  });
});

describe('publish: a live directory from before releases', () => {
  it('is kept as a release, and its publish.json is what the first report compares with', async () => {
    const s = site();
    mkdirSync(s.live);
    for (const page of PAGES) {
      mkdirSync(join(s.live, page, '..'), { recursive: true });
      writeFileSync(join(s.live, page), 'old\n');
    }
    writeFileSync(join(s.live, 'publish.json'), JSON.stringify({ today: '2026-11-01', observations: { 'rate|全国|2023': '90.0' }, statuses: {}, labels: {} }));
    const r = await s.publish('v1');
    expect(r.code, explain(r)).toBe(0);
    expect(liveVersion(s.live)).toBe('v1');
    expect(r.stdout).toMatch(/^revised observations \(1\):\n {2}rate 全国 2023: 90\.0 → 91\.1$/m);
    expect(releasesOf(s).map((id) => readFileSync(join(s.releases, id, 'index.html'), 'utf8').trim())).toEqual(['old', 'v1']);
  });
});
