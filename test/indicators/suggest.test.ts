import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { formatSuggestions, indicatorKey, measureOf, suggestIndicators } from '../../src/indicators/suggest.ts';
import { indicator as indicatorSchema, indicatorCatalogue } from '../../src/data/indicators-schema.ts';
import { readFixtures, FIXTURE_DIR } from '../support/policy-fixtures.ts';
import { main } from '../../src/cli/main.ts';
import type { PolicyRecord, Target } from '../../src/schema/record.ts';

const catalogue = indicatorCatalogue.parse(load(readFileSync(join(FIXTURE_DIR, '..', 'data', 'indicators.yaml'), 'utf8')));
const [base] = readFixtures();
const quantity = (id: string, indicator: string, over: Partial<Target> = {}): Target => ({
  ...base.targets.find((t) => t.kind === 'quantity')!,
  id,
  indicator,
  indicatorId: null,
  phrase: `${indicator}达到75%以上`,
  unit: '%',
  comparator: '>=',
  ...over,
});
const policy = (slug: string, targets: Target[]): PolicyRecord => ({ ...base, slug, targets });
const policies = [
  policy('forest-a', [quantity('t-1', '全县森林覆盖率'), quantity('t-2', '城市生活垃圾回收利用率', { comparator: '>=' })]),
  policy('forest-b', [quantity('t-3', '森林覆盖率'), quantity('t-4', '城市生活垃圾回收利用率'), quantity('t-5', '学前教育毛入园率')]),
  policy('air', [
    quantity('t-6', 'PM2.5平均浓度', { unit: '微克/立方米', comparator: '<=' }),
    quantity('t-7', '全市PM2.5平均浓度', { unit: '微克/立方米', comparator: '<=' }),
  ]),
];

describe('indicators suggest', () => {
  it('normalises names: scope words and white space do not make another indicator', () => {
    expect(indicatorKey('全县 森林覆盖率')).toBe('森林覆盖率');
    expect(indicatorKey('各县(市、区)学前教育毛入园率')).toBe('学前教育毛入园率');
    expect(measureOf('森林覆盖率')).toBe('覆盖率');
    expect(measureOf('城镇新增就业人数')).toBe('人数');
  });

  it('groups recurring names of unlinked targets into proposals, with the targets each would link', () => {
    const result = suggestIndicators(policies, catalogue);
    const byName = new Map(result.suggestions.map((s) => [s.name, s]));
    expect([...byName.keys()].sort()).toEqual(['PM2.5平均浓度', '城市生活垃圾回收利用率', '森林覆盖率']);
    expect(byName.get('森林覆盖率')).toMatchObject({ unit: '%', direction: 'higher', measure: '覆盖率', policies: 2 });
    expect(byName.get('森林覆盖率')!.targets.map((t) => t.id)).toEqual(['t-1', 't-3']);
    expect(byName.get('PM2.5平均浓度')).toMatchObject({ unit: '微克/立方米', direction: 'lower' });
    // a name the catalogue knows is not proposed again: ingest links it
    expect(byName.has('学前教育毛入园率')).toBe(false);
    expect(result.known).toBe(1);
    expect(suggestIndicators(policies, catalogue, { minTargets: 3 }).suggestions).toEqual([]);
  });

  it('writes proposals in the catalogue format, ready to copy once a person has filled them in', () => {
    const text = formatSuggestions(suggestIndicators(policies, catalogue));
    expect(text).toMatch(/^# luoshi indicators suggest: 3 proposed indicators/);
    expect(text).toContain('#   forest-a t-1 全县森林覆盖率达到75%以上');
    const parsed = load(text) as { indicators: unknown[] };
    expect(parsed.indicators).toHaveLength(3);
    for (const entry of parsed.indicators) expect(indicatorSchema.safeParse(entry).success).toBe(true);
  });
});

describe('luoshi indicators suggest', () => {
  const root = mkdtempSync(join(tmpdir(), 'luoshi-suggest-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('prints proposals and never changes data/indicators.yaml', async () => {
    mkdirSync(join(root, 'content', 'policies'), { recursive: true });
    cpSync(join(FIXTURE_DIR, '..', 'data'), join(root, 'data'), { recursive: true });
    const before = readFileSync(join(root, 'data', 'indicators.yaml'), 'utf8');
    for (const f of ['zhenkang-education-2023-2025.mdx', 'enshi-county-alliance-2022-2025.mdx'])
      writeFileSync(join(root, 'content', 'policies', f), readFileSync(join(FIXTURE_DIR, f), 'utf8'));
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), root };
    expect(await main(['indicators', 'suggest', '--min', '1', '--content', 'content/policies'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/^# luoshi indicators suggest: \d+ proposed indicators/);
    expect(readFileSync(join(root, 'data', 'indicators.yaml'), 'utf8')).toBe(before);
    expect(await main(['indicators', 'propose'], io)).toBe(2);
    expect(await main(['indicators', 'suggest', '--min', 'x'], io)).toBe(2);
  });
});
