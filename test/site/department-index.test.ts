import { describe, expect, it } from 'vitest';
import { DEPARTMENTS_ON_INDEX, indexByRegion, regionGroups, regionSlug } from '../../src/site/department-index.ts';

const unit = (name: string, region: string | null) => ({ name, region });

describe('regionGroups', () => {
  it('groups units by region in the order they come; no region goes under the given label', () => {
    const groups = regionGroups(
      [unit('县教育体育局', '镇康县'), unit('市教育和体育局', '德州市'), unit('县委', '镇康县'), unit('教育部门', null)],
      '未注明地区',
    );
    expect(groups.map((g) => [g.region, g.departments.map((d) => d.name)])).toEqual([
      ['镇康县', ['县教育体育局', '县委']],
      ['德州市', ['市教育和体育局']],
      ['未注明地区', ['教育部门']],
    ]);
    expect(groups[0].slug).toBe(regionSlug('镇康县'));
  });

  it('gives each region a stable ASCII slug of its own', () => {
    const slugs = ['镇康县', '德州市', '恩施土家族苗族自治州', '全国'].map(regionSlug);
    for (const s of slugs) expect(s).toMatch(/^r-[0-9a-z]+$/);
    expect(new Set(slugs).size).toBe(4);
    expect(regionSlug('镇康县')).toBe(regionSlug('镇康县'));
  });

  it('no units, no groups', () => {
    expect(regionGroups([], '未注明地区')).toEqual([]);
  });
});

describe('indexByRegion', () => {
  it('lists the units on the index up to DEPARTMENTS_ON_INDEX, the regions past it', () => {
    expect(indexByRegion(0)).toBe(false);
    expect(indexByRegion(DEPARTMENTS_ON_INDEX)).toBe(false);
    expect(indexByRegion(DEPARTMENTS_ON_INDEX + 1)).toBe(true);
  });
});
