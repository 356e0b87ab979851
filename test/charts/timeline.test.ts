import { describe, expect, it } from 'vitest';
import { timelineGeometry } from '../../src/charts/timeline.ts';
import { yearBarsGeometry } from '../../src/charts/year-bars.ts';

const item = (id: string, due: string, status: 'passed' | 'due-soon' | 'open' = 'open') => ({
  id,
  due,
  label: id,
  status,
  href: `#${id}`,
});

describe('timeline geometry', () => {
  const g = timelineGeometry(
    [
      {
        key: 'a',
        label: '镇康县教育高质量发展三年行动计划实施方案',
        items: [item('t1', '2023-12-31', 'passed'), item('t2', '2025-12-31', 'passed'), item('t3', '2025-12-31', 'passed')],
      },
      { key: 'b', label: '恩施州', items: [item('t4', '2027-12-31')] },
    ],
    '2026-11-25',
    { width: 600 },
  );

  it('places marks in time order inside the plot and merges same-day items', () => {
    const [a, b] = g.rows;
    expect(a.marks.map((m) => m.count)).toEqual([1, 2]);
    expect(a.marks[0].x).toBeLessThan(a.marks[1].x);
    expect(a.marks[1].r).toBeGreaterThan(a.marks[0].r);
    expect(b.marks[0].x).toBeGreaterThan(g.today.x);
    for (const r of g.rows)
      for (const m of r.marks) {
        expect(m.x).toBeGreaterThanOrEqual(g.plot.left);
        expect(m.x).toBeLessThanOrEqual(g.plot.right);
      }
    expect(g.today.visible).toBe(true);
    expect(g.count).toBe(4);
    expect([g.first, g.last]).toEqual(['2023-12-31', '2027-12-31']);
  });

  it('draws an item inside the period its deadline names: a 2023 deadline in the 2023 band, not on the 2024 line', () => {
    const one = timelineGeometry(
      [
        {
          key: 'x',
          label: 'x',
          items: [{ ...item('y', '2023-12-31', 'passed'), deadline: '2023' }, { ...item('m', '2024-03-31'), deadline: '2024-03' }, item('d', '2025-06-30')],
        },
      ],
      '2026-11-25',
      { width: 600 },
    );
    const line = (year: string) => one.ticks.find((tk) => tk.major && tk.x >= 0 && tk.label === `${year}年`)!;
    const [y2023, m2024, d2025] = one.rows[0].marks;
    expect(y2023.x).toBeGreaterThan(line('2023').x);
    expect(y2023.x).toBeLessThan(line('2024').x - 20);
    expect(m2024.x).toBeGreaterThan(line('2024').x);
    expect(m2024.x).toBeLessThan(line('2025').x);
    // a year label stands in the middle of its band, between its line and the next
    expect(line('2023').labelX).toBeCloseTo((line('2023').x + line('2024').x) / 2, 5);
    expect(d2025.due).toBe('2025-06-30');
  });

  it('never lets axis labels overlap, also on a narrow chart', () => {
    for (const width of [320, 360, 720]) {
      const g2 = timelineGeometry([{ key: 'x', label: 'x', items: [item('a', '2024-02-29'), item('b', '2026-12-31')] }], '2025-05-01', { width });
      const boxes = g2.ticks
        .filter((tk) => tk.label)
        .map((tk) => {
          const w = Array.from(tk.label).reduce((n, ch) => n + (/[\u2e80-\uffff]/.test(ch) ? 11 : 11 * 0.58), 0);
          const left = tk.anchor === 'middle' ? tk.labelX - w / 2 : tk.anchor === 'end' ? tk.labelX - w : tk.labelX;
          return { row: tk.labelY, left, right: left + w };
        });
      for (const a of boxes) for (const b of boxes) if (a !== b && a.row === b.row) expect(a.right <= b.left || b.right <= a.left).toBe(true);
      expect(boxes.length).toBeGreaterThan(2);
    }
  });

  it('labels year ticks with the zh-CN locale', () => {
    // The closing boundary (2028-01-01) has a line but no label.
    expect(g.ticks.filter((tk) => tk.major).map((tk) => tk.label)).toEqual(['2023年', '2024年', '2025年', '2026年', '2027年', '']);
  });

  it('labels fewer years on long spans so labels do not collide', () => {
    const long = timelineGeometry([{ key: 'x', label: 'x', items: [item('a', '2022-12-31'), item('b', '2035-12-31')] }], '2026-11-25', { width: 720 });
    const labels = long.ticks.filter((tk) => tk.label).map((tk) => tk.label);
    expect(labels).toEqual(['2022年', '2024年', '2026年', '2028年', '2030年', '2032年', '2034年']);
    const xs = long.ticks.map((tk) => tk.x);
    expect(Math.min(...xs.slice(1).map((x, i) => x - xs[i]))).toBeGreaterThan(60);
  });

  it('adds month ticks on short spans and copes with no items', () => {
    const short = timelineGeometry([{ key: 'x', label: 'x', items: [item('t', '2026-12-31')] }], '2026-11-25');
    expect(short.ticks.some((tk) => tk.label === '7月')).toBe(true);
    const empty = timelineGeometry([], '2026-11-25');
    expect(empty.rows).toEqual([]);
    expect(empty.first).toBeNull();
  });
});

describe('year bars', () => {
  it('labels fewer years on a narrow chart so labels keep apart', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ year: 2001 + i, status: 'open' as const }));
    for (const width of [340, 720]) {
      const labelled = yearBarsGeometry(items, { width }).bars.filter((b) => b.labelled);
      const gaps = labelled.slice(1).map((b, i) => b.labelX - labelled[i].labelX);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(4 * 11 * 0.58 + 6);
      expect(labelled[0].year).toBe(2001);
    }
  });

  it('stacks passed and open deadlines per year, keeping empty years', () => {
    const g = yearBarsGeometry([
      { year: 2023, status: 'passed' },
      { year: 2025, status: 'passed' },
      { year: 2025, status: 'passed' },
      { year: 2027, status: 'open' },
    ]);
    expect(g.bars.map((b) => [b.year, b.total, b.passed.count, b.open.count])).toEqual([
      [2023, 1, 1, 0],
      [2024, 0, 0, 0],
      [2025, 2, 2, 0],
      [2026, 0, 0, 0],
      [2027, 1, 0, 1],
    ]);
    const b2025 = g.bars[2];
    expect(b2025.passed.y + b2025.passed.height).toBeCloseTo(g.plot.bottom);
    expect(yearBarsGeometry([]).bars).toEqual([]);
  });
});
