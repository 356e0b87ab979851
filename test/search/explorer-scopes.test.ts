import { describe, expect, it } from 'vitest';
import { readFixtures, TODAY } from '../support/policy-fixtures.ts';
import type { PolicyRecord } from '../../src/schema/record.ts';
import { buildSite } from '../../src/site/site-data.ts';
import { departmentSlug } from '../../src/site/departments.ts';
import { buildExplorerData, filterRows, NO_YEAR, parseFilter, type ExplorerFilter } from '../../src/search/explorer-data.ts';
import {
  CHUNK_ROWS,
  chunkCount,
  chunkMayMatch,
  chunkRows,
  exactCount,
  explorerScopes,
  OPTION_LIMIT,
  regionScope,
  scopeHead,
  scopeOf,
} from '../../src/search/explorer-scopes.ts';

/** The fixture policies, copied under new slugs until the site has more than three chunks of rows and too many policies to list. */
function largeSite() {
  const base = readFixtures();
  const perCopy = base.reduce((n, p) => n + p.targets.length, 0);
  const copies = Math.max(Math.ceil((CHUNK_ROWS * 3.5) / perCopy), Math.ceil((OPTION_LIMIT + 1) / base.length));
  const records: PolicyRecord[] = [];
  for (let c = 0; c < copies; c++) for (const p of base) records.push({ ...p, slug: c ? `${p.slug}-c${c}` : p.slug });
  return buildSite(records, TODAY);
}

const site = largeSite();
const scopes = explorerScopes(site);
const everything = buildExplorerData(site.rows, TODAY);

/** What the browser does: the head of the filter's scope, then the chunks it may need. */
function read(f: ExplorerFilter): { ids: string[]; chunksRead: number; exact: number | null } {
  const scope = scopeOf(f);
  const entry = scope ? scopes.get(scope) : undefined;
  if (!scope || !entry) return { ids: [], chunksRead: 0, exact: 0 };
  const head = scopeHead(entry.rows, TODAY, entry.label);
  const ids: string[] = [];
  let chunksRead = 0;
  head.c.forEach((summary, n) => {
    if (!chunkMayMatch(summary, f)) return;
    chunksRead++;
    const data = head.d ?? buildExplorerData(chunkRows(entry.rows, n), TODAY);
    ids.push(...filterRows(data, f).map((r) => r.i));
  });
  return { ids, chunksRead, exact: exactCount(head, scope, f) };
}

const filter = (query: string) => parseFilter(new URLSearchParams(query));
const jiaoti = departmentSlug('镇康县', '县教育体育局');

describe('the explorer data in scopes and chunks', () => {
  it('has the whole site, each region, each unit with rows and each policy, in deadline order', () => {
    expect(scopes.get('all')!.rows).toBe(site.rows);
    expect(scopes.get(regionScope('镇康县'))!.rows.every((r) => r.region === '镇康县')).toBe(true);
    expect(scopes.get(`u/${jiaoti}`)!.rows).toBe(site.departmentsBySlug.get(jiaoti)!.rows);
    const policy = scopes.get('p/zhenkang-education-2023-2025')!;
    expect(policy.label).toBe(site.bySlug.get('zhenkang-education-2023-2025')!.meta.title);
    expect(policy.rows.map((r) => r.id)).toEqual(site.rows.filter((r) => r.policy === 'zhenkang-education-2023-2025').map((r) => r.id));
    expect([...scopes.keys()].filter((k) => k.startsWith('p/'))).toHaveLength(site.policies.length);
    expect([...scopes.keys()].filter((k) => k.startsWith('u/'))).toHaveLength(site.departments.filter((d) => d.rows.length).length);
  });

  it('cuts a scope into chunks whose summaries add up to its rows', () => {
    const all = scopes.get('all')!.rows;
    const head = scopeHead(all, TODAY);
    expect(head.c).toHaveLength(chunkCount(all.length));
    expect(head.c.length).toBeGreaterThan(3);
    expect(head.c.reduce((n, c) => n + c.n, 0)).toBe(all.length);
    expect(Object.values(head.t).reduce((a, b) => a + b, 0)).toBe(all.length);
    expect(head.d).toBeUndefined();
    const chunks = head.c.map((_, n) => chunkRows(all, n));
    expect(chunks.flat()).toEqual(all);
    // too many policies to list as options; a policy's own head is small and holds its one chunk
    expect(head.ps).toBeUndefined();
    const own = scopeHead(scopes.get('p/dezhou-county-high-school-2023')!.rows, TODAY);
    expect(own.d?.rows.map((r) => r.i)).toEqual(site.rows.filter((r) => r.policy === 'dezhou-county-high-school-2023').map((r) => r.id));
    expect(own.ps).toHaveLength(1);
  });

  it('lists a scope’s units and policies, by name, only up to the limit', () => {
    const unit = scopeHead(site.departmentsBySlug.get(jiaoti)!.rows, TODAY);
    expect(unit.ps!.length).toBeLessThanOrEqual(OPTION_LIMIT);
    expect(unit.us!.map((u) => u.s)).toContain(jiaoti);
    const titles = unit.ps!.map((p) => p.t);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });

  it.each([
    '',
    'year=2025',
    `year=${NO_YEAR}`,
    'kind=recurring',
    'status=open',
    'status=passed&kind=milestone',
    `department=${jiaoti}&year=2025&kind=quantity`,
    `department=${jiaoti}&region=镇康县`,
    'region=恩施州',
    'region=德州市&year=2023',
    'policy=dezhou-county-high-school-2023-c2',
    `policy=zhenkang-education-2023-2025&department=${jiaoti}`,
    'q=毛入学率',
    'q=毛入学率&year=2025',
  ])('reading the scope of “%s” finds exactly the rows the filter keeps', (query) => {
    const f = filter(query);
    const expected = filterRows(everything, f).map((r) => r.i);
    const got = read(f);
    expect(got.ids).toEqual(expected);
    if (got.exact !== null) expect(got.exact).toBe(expected.length);
  });

  it('counts exactly from the head when the filter narrows by year, kind and state only', () => {
    expect(read(filter('year=2025&kind=quantity')).exact).not.toBeNull();
    expect(read(filter(`department=${jiaoti}&status=passed`)).exact).not.toBeNull();
    expect(read(filter('q=毛入学率')).exact).toBeNull();
    expect(read(filter(`department=${jiaoti}&region=镇康县`)).exact).toBeNull();
  });

  it('skips the chunks a year or a state rules out', () => {
    const all = scopeHead(scopes.get('all')!.rows, TODAY);
    const year = read(filter('year=2023'));
    expect(year.ids.length).toBeGreaterThan(0);
    expect(year.chunksRead).toBeLessThan(all.c.length);
    expect(read(filter(`year=${NO_YEAR}`)).chunksRead).toBeLessThan(all.c.length);
    expect(read(filter('year=1990')).chunksRead).toBe(0);
  });

  it('names no file for a value that cannot be a slug', () => {
    expect(scopeOf(filter('policy=../../etc/passwd'))).toBeNull();
    expect(scopeOf(filter('department=u-x/../../all'))).toBeNull();
    expect(scopeOf(filter('policy=x&department=u-y'))).toBe('p/x');
    expect(scopeOf(filter('region=../x'))).toBe(regionScope('../x'));
    expect(regionScope('../x')).toMatch(/^r\/[0-9a-z]+$/);
    expect(read(filter('department=u-doesnotexist'))).toEqual({ ids: [], chunksRead: 0, exact: 0 });
  });
});
