import { describe, expect, it } from 'vitest';
import { readFixtures, TODAY } from '../support/policy-fixtures.ts';
import { buildSite } from '../../src/site/site-data.ts';
import { departmentLabel, departmentSlug } from '../../src/site/departments.ts';
import { dueNext, latestPassed } from '../../src/site/target-rows.ts';

const site = buildSite(readFixtures(), TODAY);

describe('site data from the fixture policies', () => {
  it('orders policies newest first, undated last', () => {
    expect(site.policies.map((p) => p.slug)).toEqual([
      'zhenkang-education-2023-2025',
      'enshi-county-alliance-2022-2025',
      'dezhou-county-high-school-2023',
      'basic-education-action-plan',
    ]);
  });

  it('merges a unit across its aliases into one department per region and name', () => {
    const slug = departmentSlug('镇康县', '县教育体育局');
    const dep = site.departmentsBySlug.get(slug)!;
    expect(dep.label).toBe('镇康县 · 县教育体育局');
    expect(dep.aliases).toContain('教体局');
    expect(slug).toMatch(/^u-[0-9a-z]{11}$/);
    // Its obligations are ordered by deadline with undated recurring duties last.
    const dues = dep.rows.map((r) => r.due);
    const dated = dues.filter(Boolean) as string[];
    expect(dated).toEqual([...dated].sort());
    expect(dues.indexOf(null)).toBeGreaterThan(dues.lastIndexOf(dated.at(-1)!));
    expect(dep.rows.some((r) => r.kind === 'recurring')).toBe(true);
    expect(dep.counts.passed).toBeGreaterThan(0);
  });

  it('gives the same department slug for the same region and name, another for another region', () => {
    expect(departmentSlug('镇康县', '县教育体育局')).toBe(departmentSlug('镇康县', '县教育体育局'));
    expect(departmentSlug('德州市', '县教育体育局')).not.toBe(departmentSlug('镇康县', '县教育体育局'));
    expect(departmentSlug(null, '县教育体育局')).not.toBe(departmentSlug('', 'x县教育体育局'));
    expect(departmentLabel('恩施州', '恩施州教育局')).toBe('恩施州教育局');
    expect(departmentLabel(null, '教育部')).toBe('教育部');
  });

  it('resolves every responsible name to a department page', () => {
    for (const row of site.rows) for (const ref of row.responsible) expect(site.departmentsBySlug.has(ref.slug)).toBe(true);
  });

  it("puts a plan's items that name no unit on its lead's page, marked as coming from the lead", () => {
    const bureau = site.departmentsBySlug.get(departmentSlug('镇康县', '县教育体育局'))!;
    expect(bureau.leads).toEqual(['zhenkang-education-2023-2025']);
    const unnamed = site.rowsByPolicy.get('zhenkang-education-2023-2025')!.filter((r) => r.responsible.length === 0);
    expect(unnamed.map((r) => r.id).sort()).toEqual(['t-2a61c0f3', 't-5be0917d']);
    for (const row of unnamed) {
      expect(row.fromLead.map((r) => r.slug)).toEqual([bureau.slug]);
      expect(bureau.rows).toContain(row);
    }
    expect(bureau.counts.total - bureau.named).toBe(unnamed.length);
    // an item that names a unit is that unit's alone: the lead does not stand in
    const named = site.rowsByPolicy.get('zhenkang-education-2023-2025')!.find((r) => r.id === 't-c3b7d58e')!;
    expect(named.fromLead).toEqual([]);
  });

  it('gives the issuer of a plan its page, merged with the unit of the same name in the text', () => {
    const dezhou = site.departmentsBySlug.get(departmentSlug('德州市', '市教育和体育局'))!;
    expect(dezhou.issued).toEqual(['dezhou-county-high-school-2023']);
    expect(dezhou.counts.total).toBeGreaterThan(0);
    const office = site.departmentsBySlug.get(departmentSlug('镇康县', '县委办公室'))!;
    expect(office.issued).toEqual(['zhenkang-education-2023-2025']);
    expect(site.departmentsBySlug.get(departmentSlug('镇康县', '县人民政府办公室'))?.issued).toEqual(['zhenkang-education-2023-2025']);
  });

  it('leaves no unit at 0 items while a plan gives it work', () => {
    for (const d of site.departments)
      if (d.leads.some((slug) => site.rowsByPolicy.get(slug)!.some((r) => r.responsible.length === 0))) expect(d.counts.total).toBeGreaterThan(0);
  });

  it('links a target to its sentence only when the text marks it, else to its entry in the side list', () => {
    const withIds = buildSite(readFixtures(), TODAY, (slug) => (slug === 'zhenkang-education-2023-2025' ? new Set(['t-2a61c0f3', 's2']) : undefined));
    const rows = withIds.rowsByPolicy.get('zhenkang-education-2023-2025')!;
    expect(rows.find((r) => r.id === 't-2a61c0f3')!.anchor).toBe('t-2a61c0f3');
    expect(rows.find((r) => r.id === 't-5be0917d')!.anchor).toBe('item-t-5be0917d');
    expect(withIds.rowsByPolicy.get('dezhou-county-high-school-2023')!.every((r) => r.anchor === r.id)).toBe(true);
  });

  it('judges partial deadlines against the build date', () => {
    const byId = new Map(site.rows.map((r) => [r.id, r]));
    expect(byId.get('t-0c4d9b1e')!.status).toBe('passed'); // "2025" at 2026-11-25
    expect(byId.get('t-4c0e8a1f')!.due).toBe('2022-12-31'); // "2022-12"
    expect(byId.get('t-9e13f6d2')!.status).toBe('open'); // "2027"
    expect(byId.get('t-41f8a7c5')!.kind).toBe('recurring');
    expect(byId.get('t-41f8a7c5')!.status).toBe('undated');
  });

  it('lists the soonest open deadlines and the most recently passed ones', () => {
    expect(dueNext(site.rows, 3).map((r) => r.deadline)).toEqual(['2027', '2030', '2035']);
    const od = latestPassed(site.rows, 100);
    expect(od[0].due! >= od.at(-1)!.due!).toBe(true);
    expect(od.every((r) => r.due! < TODAY)).toBe(true);
  });

  it('records which ingested policies cite a policy', () => {
    expect(site.citedBy.get('basic-education-action-plan')).toEqual(['zhenkang-education-2023-2025']);
    expect(site.citedBy.has('zhenkang-education-2023-2025')).toBe(false);
  });
});
