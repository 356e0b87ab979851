import { describe, expect, it } from 'vitest';
import { readFixtures, TODAY } from '../support/policy-fixtures.ts';
import { buildSite } from '../../src/site/site-data.ts';
import { departmentSlug } from '../../src/site/departments.ts';
import { buildExplorerData, filterRows, filterToQuery, NO_YEAR, parseFilter, toFlatRow } from '../../src/search/explorer-data.ts';

const site = buildSite(readFixtures(), TODAY);
const data = buildExplorerData(site.rows, site.today);
const f = (query: string) => filterRows(data, parseFilter(new URLSearchParams(query)));

describe('targets explorer filters', () => {
  it('shows everything without a filter, in deadline order', () => {
    expect(f('').length).toBe(site.rows.length);
    expect(f('').map((r) => r.i)).toEqual(site.rows.map((r) => r.id));
  });

  it('filters by department, year, kind, region, policy and status, combined', () => {
    const jiaoti = departmentSlug('镇康县', '县教育体育局');
    const rows = f(`department=${jiaoti}&year=2025`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.y === 2025 && r.u.some((n) => data.units[n].s === jiaoti))).toBe(true);
    expect(f('kind=recurring').every((r) => r.rc !== null)).toBe(true);
    expect(f(`year=${NO_YEAR}`).every((r) => r.d === null)).toBe(true);
    expect(f('region=恩施州').every((r) => data.policies[r.p].s === 'enshi-county-alliance-2022-2025')).toBe(true);
    expect(f('policy=dezhou-county-high-school-2023').length).toBe(3);
    expect(f('status=open').map((r) => r.d)).toEqual(['2027', '2030', '2035']);
    // a link shared before the deadline states were renamed
    expect(f('status=upcoming')).toEqual(f('status=open'));
    expect(f('status=overdue')).toEqual(f('status=passed'));
    expect(f('status=passed').length).toBeGreaterThan(0);
    expect(f('department=u-doesnotexist')).toEqual([]);
  });

  it('matches keywords as NFKC substrings across phrase, text, policy and units', () => {
    // Two targets share zhenkang's sentence that names 毛入学率; one more in dezhou.
    expect(f('q=毛入学率').length).toBe(3);
    expect(f('q=毛入园率').length).toBe(1);
    expect(f('q=%EF%BC%99%EF%BC%95%25').length).toBeGreaterThan(0); // full-width ９５%
    expect(f('q=镇康县+95').every((r) => data.policies[r.p].s.startsWith('zhenkang'))).toBe(true);
  });

  it('round-trips filter state through the URL query', () => {
    const state = parseFilter(new URLSearchParams('?department=u-x&year=2025&q=教体局&junk=1'));
    expect(filterToQuery(state)).toBe('?q=%E6%95%99%E4%BD%93%E5%B1%80&department=u-x&year=2025');
    expect(parseFilter(new URLSearchParams(filterToQuery(state)))).toEqual(state);
    expect(filterToQuery(parseFilter(new URLSearchParams('')))).toBe('');
  });

  it('turns a view into the same CSV rows the server writes', () => {
    const row = f('q=高中阶段毛入学率达95.5%').find((r) => r.i === 't-92c4e7b1')!;
    const flat = toFlatRow(row, data, (p, id) => `/policies/${p}/#${id}`);
    expect(flat).toMatchObject({ id: 't-92c4e7b1', policy: 'zhenkang-education-2023-2025', deadline: '2025', due: '2025-12-31', status: 'passed' });
    expect(flat.responsible).toEqual(['镇康县 · 县教育体育局']);
  });
});
