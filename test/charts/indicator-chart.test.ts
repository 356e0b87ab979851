import { describe, expect, it } from 'vitest';
import { indicatorChartGeometry, periodYear, textWidth, SERIES_COLORS } from '../../src/charts/indicator-chart.ts';
import { chartTargets, distinctTrajectories, indicatorChartInput, shortRegionName, targetLabel } from '../../src/charts/indicator-input.ts';
import type { QuantityEntry } from '../../src/progress/entries.ts';
import { fixtureProgress, realProgress } from '../support/progress-data.ts';

const real = await realProgress();
const fx = fixtureProgress();

function boxesOverlap(g: ReturnType<typeof indicatorChartGeometry>): boolean {
  const boxes = g.targets.map((t) => {
    const w = textWidth(t.label.text);
    const x0 = t.label.anchor === 'start' ? t.label.x : t.label.x - w;
    return { x0, x1: x0 + w, y0: t.label.y - 10, y1: t.label.y + 3 };
  });
  return boxes.some((a, i) => boxes.some((b, j) => i < j && a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1));
}

describe('indicator chart geometry on the real sample data', () => {
  const view = real.progress.byIndicator.get('preschool-gross-enrolment')!;
  const g = indicatorChartGeometry(indicatorChartInput(view, real.regions));

  it('draws one line per region with data, points in time order inside the plot', () => {
    expect(g.lines.map((l) => l.label)).toEqual(['全国', '云南省', '河南省']);
    expect(g.lines[0].points).toHaveLength(13);
    expect(g.lines[1].points).toHaveLength(1);
    expect(new Set(g.lines.map((l) => l.color)).size).toBe(3);
    expect(new Set(g.lines.map((l) => l.symbol)).size).toBe(3);
    for (const l of g.lines) {
      expect(l.path.startsWith('M')).toBe(true);
      for (let i = 1; i < l.points.length; i++) expect(l.points[i].x).toBeGreaterThan(l.points[i - 1].x);
      for (const p of l.points) {
        expect(p.x).toBeGreaterThanOrEqual(g.plot.left);
        expect(p.x).toBeLessThanOrEqual(g.plot.right);
        expect(p.y).toBeGreaterThanOrEqual(g.plot.top);
        expect(p.y).toBeLessThanOrEqual(g.plot.bottom);
        expect(p.hollow).toBe(false);
      }
    }
    // 全国 rises from 64.5 (2012) to 92.00 (2024): later points sit higher (smaller y)
    const nat = g.lines[0].points;
    expect(nat[nat.length - 1].y).toBeLessThan(nat[0].y);
    expect(nat[nat.length - 1].valueText).toBe('92.00');
  });

  it("draws 镇康's ≥95% target at its deadline year, right of every observation and above them", () => {
    expect(g.targets.map((t) => t.label.text)).toEqual(['镇康县 ≥95%']);
    const [target] = g.targets;
    expect(g.years).toEqual([2012, 2025]);
    expect(target.x).toBeGreaterThan(Math.max(...g.lines.flatMap((l) => l.points.map((p) => p.x))));
    expect(target.y).toBeLessThan(Math.min(...g.lines.flatMap((l) => l.points.map((p) => p.y))));
    expect(target.label.x + textWidth(target.label.text)).toBeLessThanOrEqual(g.width);
    expect(target.title).toContain('镇康县');
  });

  it('labels years and values; the value axis covers data and targets', () => {
    expect(g.xTicks[0].label).toBe('2012');
    expect(g.xTicks.every((tk, i) => i === 0 || tk.x > g.xTicks[i - 1].x)).toBe(true);
    expect(g.yTicks.every((tk) => tk.label.endsWith('%'))).toBe(true);
    const values = g.yTicks.map((tk) => Number(tk.label.replace('%', '')));
    expect(Math.max(...values)).toBeGreaterThanOrEqual(95);
    expect(Math.min(...values)).toBeLessThanOrEqual(64.5);
  });

  it("draws a plan's yearly steps as a trajectory when there is no data (镇康 30 → 50 → 70 %)", () => {
    const balanced = real.progress.byIndicator.get('compulsory-high-quality-balanced-share')!;
    const b = indicatorChartGeometry(indicatorChartInput(balanced, real.regions));
    expect(b.empty).toBe(false);
    expect(b.lines).toEqual([]);
    expect(b.trajectories).toHaveLength(1);
    expect(b.trajectories[0].points).toHaveLength(3);
    expect(b.targets.map((t) => t.label.text)).toEqual(['镇康县 ≥30%', '镇康县 ≥50%', '镇康县 ≥70%']);
    // with no data the value axis starts at 0
    expect(b.yTicks[0].label).toBe('0%');
    expect(b.xTicks.map((tk) => tk.label)).toEqual(['2023年', '2024年', '2025年']);
    expect(boxesOverlap(b)).toBe(false);
  });

  it('merges repeated statements of one goal into one marker (恩施 states each step twice)', () => {
    const alliance = real.progress.byIndicator.get('education-alliance-coverage')!;
    const markers = chartTargets(alliance, real.regions);
    expect(markers.merged).toBe(false);
    expect(markers.items.map((m) => [m.label, m.year, m.ids.length])).toEqual([
      ['恩施州 ≥30%', 2023, 2],
      ['恩施州 ≥60%', 2024, 2],
      ['恩施州 ≥80%', 2025, 2],
    ]);
  });

  describe('a goal set by the plans of many regions', () => {
    // 镇康's plan as forty counties would publish it: the same steps, each county its own.
    const balanced = real.progress.byIndicator.get('compulsory-high-quality-balanced-share')!;
    const counties = Array.from({ length: 40 }, (_, i) => `第${i + 1}县`);
    const many = {
      ...balanced,
      targets: balanced.targets.flatMap((e) => counties.map((region) => ({ ...e, region, regionId: null, policy: `${e.policy}-${region}` }))),
      trajectories: balanced.trajectories.flatMap((p) => counties.map((region) => ({ ...p, region, policy: `${p.policy}-${region}` }))),
    };

    it('is one marker per year and value for all of them, saying how many regions set it', () => {
      const markers = chartTargets(many, real.regions);
      expect(markers.merged).toBe(true);
      expect(markers.hidden).toBe(0);
      // the plan states its 2025 goal twice: 80 statements, still 40 regions
      expect(markers.items.map((m) => [m.label, m.year, m.ids.length])).toEqual([
        ['≥70%（40 个地区）', 2025, 80],
        ['≥30%（40 个地区）', 2023, 40],
        ['≥50%（40 个地区）', 2024, 40],
      ]);
      expect(markers.items[1].title).toMatch(/^40 个地区的规划目标 ≥30%（2023年，40 项）：第1县、第2县、.*第8县等$/);
    });

    it('draws the goals set in most regions past the limit, and counts the rest', () => {
      // the 2025 goal stated twice, but by one county only
      const uneven = { ...many, targets: many.targets.filter((e) => e.progress.targetYear !== 2025 || e.region === '第1县') };
      const markers = chartTargets(uneven, real.regions, 2);
      expect(markers.items.map((m) => m.year)).toEqual([2023, 2024]);
      expect(markers.hidden).toBe(1);
      const few = chartTargets({ ...many, targets: many.targets.filter((e) => ['第1县', '第2县'].includes(e.region!)) }, real.regions, 2);
      expect(few.items[0].title).toMatch(/：第1县、第2县$/);
    });

    it("counts no region for plans that name none, and keeps one region's goals its own however many", () => {
      const unnamed = { ...many, targets: many.targets.map((e, i) => (i % 40 < 10 ? { ...e, region: null, regionId: null } : e)) };
      const markers = chartTargets(unnamed, real.regions);
      expect(markers.items.map((m) => m.label)).toEqual(['≥70%（30 个地区）', '≥30%（30 个地区）', '≥50%（30 个地区）']);
      const oneRegion = { ...many, targets: many.targets.map((e) => ({ ...e, region: '镇康县', regionId: 'zhenkang' })) };
      const own = chartTargets(oneRegion, real.regions, 2);
      expect(own.merged).toBe(false);
      expect(own.items.map((m) => m.label)).toEqual(['镇康县 ≥30%', '镇康县 ≥50%', '镇康县 ≥70%']);
    });

    it('draws one trajectory per step series, with every plan that sets it', () => {
      const own = distinctTrajectories(balanced);
      expect(own.merged).toBe(false);
      expect(own.items).toHaveLength(1);
      const merged = distinctTrajectories(many);
      expect(merged.merged).toBe(true);
      expect(merged.items).toHaveLength(1);
      expect(merged.items[0].region).toBeNull();
      expect(merged.items[0].policies).toHaveLength(40);
      const input = indicatorChartInput(many, real.regions);
      expect(input.merged).toEqual({ hiddenTargets: 0, hiddenPaths: 0 });
      expect(input.trajectories).toHaveLength(1);
    });
  });

  it('is empty for an indicator with neither data nor targets', () => {
    const empty = indicatorChartGeometry({ series: [], targets: [], trajectories: [], unit: '%' });
    expect(empty.empty).toBe(true);
    expect(empty.years).toBeNull();
  });
});

describe('indicator chart geometry on the fixtures', () => {
  const view = fx.progress.byIndicator.get('upper-secondary-gross-enrolment')!;
  const g = indicatorChartGeometry(indicatorChartInput(view, fx.regions));

  it('marks provisional and estimated points hollow', () => {
    const dezhou = g.lines.find((l) => l.label === '德州市')!;
    expect(dezhou.points.map((p) => [p.period, p.hollow])).toEqual([
      ['2020', false],
      ['2022', false],
      ['2024', true],
    ]);
  });

  it('keeps the labels of 德州 ≥95% and 镇康 ≥95.5%, both due in 2025, apart', () => {
    expect(g.targets.map((t) => t.label.text).sort()).toEqual(['德州市 ≥95%', '镇康县 ≥95.5%']);
    // due the same year and 0.5 apart: spread sideways so the rings do not cover each other
    expect(Math.abs(g.targets[0].x - g.targets[1].x)).toBe(12);
    expect(boxesOverlap(g)).toBe(false);
    // no label covers a marker
    for (const t of g.targets) {
      const w = textWidth(t.label.text);
      const x0 = t.label.anchor === 'start' ? t.label.x : t.label.x - w;
      for (const m of g.targets) expect(m.x + 6.5 <= x0 || m.x - 6.5 >= x0 + w || m.y + 6.5 <= t.label.y - 10 || m.y - 6.5 >= t.label.y + 3).toBe(true);
    }
    for (const t of g.targets) {
      expect(t.label.y).toBeGreaterThanOrEqual(g.plot.top);
      expect(t.label.y).toBeLessThanOrEqual(g.plot.bottom);
    }
  });
});

describe('chart helpers', () => {
  it('places dated periods within their year', () => {
    expect(periodYear('2023')).toBe(2023);
    expect(periodYear('2023-01-01')).toBe(2023);
    expect(periodYear('2023-07-02')).toBeCloseTo(2023.5, 2);
  });

  it('measures CJK wider than Latin', () => {
    expect(textWidth('镇康县')).toBe(36);
    expect(textWidth('95%')).toBeLessThan(textWidth('镇康县'));
  });

  it('shortens long region names through their aliases', () => {
    expect(shortRegionName('恩施土家族苗族自治州', real.regions)).toBe('恩施州');
    expect(shortRegionName('恩施州', real.regions)).toBe('恩施州');
    expect(shortRegionName('镇康县', real.regions)).toBe('镇康县');
    expect(shortRegionName('未收录县', real.regions)).toBe('未收录县');
    expect(shortRegionName(null, real.regions)).toBe('');
  });

  it('labels a target with region, comparator and value', () => {
    const e = real.progress.byIndicator.get('upper-secondary-gross-enrolment')!.targets.find((t) => t.region === '镇康县') as QuantityEntry;
    expect(targetLabel(e, real.regions)).toBe('镇康县 ≥95.5%');
  });

  it('uses line colours dark enough for text on white (WCAG AA 4.5:1)', () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const c of SERIES_COLORS) expect(1.05 / (lum(c) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});
