import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/data/check.ts';
import { indicatorCatalogue, regionList } from '../../src/data/indicators-schema.ts';
import type { IndicatorCatalogue } from '../../src/data/indicators-schema.ts';
import { targetProgress } from '../../src/progress/quantity.ts';
import type { StatusContext } from '../../src/progress/quantity.ts';
import type { Target } from '../../src/schema/record.ts';
import { REPO, TODAY } from '../data/helpers.ts';
import { aTarget } from '../support/targets.ts';

const catalogue = indicatorCatalogue.parse(load(readFileSync(join(REPO, 'data', 'indicators.yaml'), 'utf8')));
const regions = regionList.parse(load(readFileSync(join(REPO, 'data', 'regions.yaml'), 'utf8')));
const REGION_IDS: Record<string, string> = { 全国: 'china', 河南省: 'henan', 镇康县: 'zhenkang', 德州市: 'dezhou' };

function obs(indicatorId: string, region: string, period: string, valueText: string, flag: Observation['flag'] = ''): Observation {
  return {
    indicatorId,
    region,
    regionId: REGION_IDS[region],
    period,
    year: Number(period.slice(0, 4)),
    value: Number(valueText),
    valueText,
    unit: '%',
    source: 'test',
    note: '',
    flag,
    file: 'data/progress/test.csv',
    line: 1,
  };
}

const target = (over: Partial<Target>): Target => aTarget({ indicatorId: 'preschool-gross-enrolment', ...over });

function ctx(observations: Observation[], over: Partial<StatusContext> = {}): StatusContext {
  return { today: TODAY, observations, catalogue, regions, region: '全国', planStart: 2020, ...over };
}

// Published national values (data/progress/education-statistics.csv), 2019–2023.
const PRESCHOOL = [
  ['2019', '83.4'],
  ['2020', '85.2'],
  ['2021', '88.1'],
  ['2022', '89.7'],
  ['2023', '91.1'],
].map(([p, v]) => obs('preschool-gross-enrolment', '全国', p, v));
const UPPER = [
  ['2019', '89.5'],
  ['2020', '91.2'],
  ['2021', '91.4'],
  ['2022', '91.6'],
  ['2023', '91.8'],
  ['2024', '92.00'],
].map(([p, v]) => obs('upper-secondary-gross-enrolment', '全国', p, v));
const RETENTION = [
  ['2019', '94.8'],
  ['2023', '95.7'],
].map(([p, v]) => obs('compulsory-retention', '全国', p, v));

describe('quantity targets: the Open SDG / Statistics Canada growth-rate method', () => {
  it('on-track: 学前教育毛入园率 83.4 (2019) → 91.1 (2023), target ≥ 95 by 2025', () => {
    // CAGR_o = (91.1 / 83.4)^(1/4) − 1 = 0.022323
    // CAGR_r = (95 / 83.4)^(1/6) − 1   = 0.021942
    // R = 0.022323 / 0.021942 = 1.0174 ≥ 0.95
    const p = targetProgress(target({}), ctx(PRESCHOOL));
    expect(p.status).toBe('on-track');
    expect(p.base).toMatchObject({ period: '2019', value: 83.4 });
    expect(p.latest).toMatchObject({ period: '2023', valueText: '91.1' });
    expect(p.observedRate).toBeCloseTo(0.022323, 6);
    expect(p.requiredRate).toBeCloseTo(0.021942, 6);
    expect(p.ratio).toBeCloseTo(1.0174, 4);
    expect(p).toMatchObject({ direction: 1, targetValue: 95, targetYear: 2025, final: false, missed: false, deadlinePassed: false, region: '全国' });
    expect(p.series.map((s) => s.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(p.reason).toBe('trend');
  });

  it('acceleration-needed: 高中阶段教育毛入学率 89.5 (2019) → 91.8 (2023), target ≥ 95 by 2025 (德州)', () => {
    // CAGR_o = (91.8 / 89.5)^(1/4) − 1 = 0.006364
    // CAGR_r = (95 / 89.5)^(1/6) − 1   = 0.009989
    // R = 0.6370: 0.6 ≤ R < 0.95
    const p = targetProgress(target({ indicatorId: 'upper-secondary-gross-enrolment' }), ctx(UPPER.slice(0, 5)));
    expect(p.status).toBe('acceleration-needed');
    expect(p.ratio).toBeCloseTo(0.637, 3);
  });

  it('limited-progress: 九年义务教育巩固率 94.8 (2019) → 95.7 (2023), target ≥ 99.5 by 2025 (镇康)', () => {
    // CAGR_o = (95.7 / 94.8)^(1/4) − 1 = 0.002365
    // CAGR_r = (99.5 / 94.8)^(1/6) − 1 = 0.008097
    // R = 0.2921: 0 ≤ R < 0.6
    const p = targetProgress(target({ indicatorId: 'compulsory-retention', value: 99.5 }), ctx(RETENTION));
    expect(p.status).toBe('limited-progress');
    expect(p.ratio).toBeCloseTo(0.2921, 4);
  });

  it('regressing: the value moves the wrong way (synthetic: 90 → 88, target ≥ 95)', () => {
    // CAGR_o = (88 / 90)^(1/3) − 1 = −0.007463;  CAGR_r = (95 / 90)^(1/5) − 1 = 0.010872
    // R = −0.6864 < 0
    const series = [obs('preschool-gross-enrolment', '镇康县', '2020', '90'), obs('preschool-gross-enrolment', '镇康县', '2023', '88')];
    const p = targetProgress(target({}), ctx(series, { region: '镇康县', planStart: 2021 }));
    expect(p.status).toBe('regressing');
    expect(p.ratio).toBeCloseTo(-0.6864, 4);
  });

  it('achieved: the latest value already meets the target (≥ 90 by 2025), rates still reported', () => {
    // CAGR_r = (90 / 83.4)^(1/6) − 1 = 0.012774; R = 0.022323 / 0.012774 = 1.7475
    const p = targetProgress(target({ value: 90 }), ctx(PRESCHOOL));
    expect(p.status).toBe('achieved');
    expect(p.ratio).toBeCloseTo(1.7475, 4);
    expect(p.reason).toBe('achieved');
  });

  it('a target met and then lost is regressing, not achieved', () => {
    // base 96 already above 95; latest 94: CAGR_r < 0, CAGR_o < 0: R = d·CAGR_o/|CAGR_r| < 0
    const series = [obs('compulsory-retention', '河南省', '2020', '96'), obs('compulsory-retention', '河南省', '2023', '94')];
    const p = targetProgress(target({ indicatorId: 'compulsory-retention' }), ctx(series, { region: '河南省' }));
    expect(p.status).toBe('regressing');
    expect(p.ratio).toBeLessThan(0);
  });

  it('a base exactly at the target gives no required rate: judged by the movement', () => {
    const series = [obs('compulsory-retention', '河南省', '2020', '95'), obs('compulsory-retention', '河南省', '2023', '94.5')];
    const p = targetProgress(target({ indicatorId: 'compulsory-retention' }), ctx(series, { region: '河南省' }));
    expect(p).toMatchObject({ status: 'regressing', ratio: null, requiredRate: 0 });
  });

  describe('≤ targets (lower is better): 儿童青少年总体近视率 ≤ 60 % by 2025 (镇康; synthetic data)', () => {
    const series = [obs('myopia-rate', '镇康县', '2020', '65'), obs('myopia-rate', '镇康县', '2023', '62')];

    it('falling towards the target is progress', () => {
      // CAGR_o = (62 / 65)^(1/3) − 1 = −0.015628;  CAGR_r = (60 / 65)^(1/5) − 1 = −0.015881
      // R = −1 · (−0.015628) / 0.015881 = 0.9840 ≥ 0.95
      const p = targetProgress(target({ indicatorId: 'myopia-rate', comparator: '<=', value: 60 }), ctx(series, { region: '镇康县' }));
      expect(p).toMatchObject({ status: 'on-track', direction: -1 });
      expect(p.ratio).toBeCloseTo(0.984, 3);
    });

    it('at or below the target is achieved', () => {
      const p = targetProgress(
        target({ indicatorId: 'myopia-rate', comparator: '<=', value: 60 }),
        ctx([...series, obs('myopia-rate', '镇康县', '2024', '59.8')], { region: '镇康县' }),
      );
      expect(p.status).toBe('achieved');
    });

    it('rising is regressing', () => {
      const up = [obs('myopia-rate', '镇康县', '2020', '58'), obs('myopia-rate', '镇康县', '2023', '63')];
      expect(targetProgress(target({ indicatorId: 'myopia-rate', comparator: '<=', value: 60 }), ctx(up, { region: '镇康县' })).status).toBe('regressing');
    });

    it("'=' takes the indicator's direction", () => {
      const p = targetProgress(target({ indicatorId: 'myopia-rate', comparator: '=', value: 60 }), ctx(series, { region: '镇康县' }));
      expect(p).toMatchObject({ status: 'on-track', direction: -1 });
    });
  });

  describe('one observation', () => {
    const one = [obs('compulsory-retention', '河南省', '2023', '96.30')];
    it('is insufficient data when the target is not met', () => {
      const p = targetProgress(target({ indicatorId: 'compulsory-retention', value: 99.5 }), ctx(one, { region: '河南省' }));
      expect(p).toMatchObject({ status: 'insufficient-data', base: null, ratio: null });
      expect(p.reason).toBe('single-observation');
    });
    it('is achieved when it meets the target', () => {
      expect(targetProgress(target({ indicatorId: 'compulsory-retention', value: 95 }), ctx(one, { region: '河南省' })).status).toBe('achieved');
    });
  });

  describe('deadline passed', () => {
    it('final figure in and short of the target: missed, limited-progress when it moved the right way', () => {
      // 高中阶段教育毛入学率 ≥ 93 by 2024 (hypothetical); 2024 = 92.00
      // CAGR_o = (92 / 89.5)^(1/5) − 1 = 0.005525; CAGR_r = (93 / 89.5)^(1/5) − 1 = 0.007702; R = 0.7174
      const p = targetProgress(target({ indicatorId: 'upper-secondary-gross-enrolment', value: 93, deadline: '2024' }), ctx(UPPER));
      expect(p).toMatchObject({ status: 'limited-progress', final: true, missed: true, deadlinePassed: true });
      expect(p.ratio).toBeCloseTo(0.7174, 4);
      expect(p.reason).toBe('missed');
    });

    it('final figure in and met: achieved', () => {
      const p = targetProgress(target({ indicatorId: 'upper-secondary-gross-enrolment', value: 92, deadline: '2024' }), ctx(UPPER));
      expect(p).toMatchObject({ status: 'achieved', final: true, missed: false });
    });

    it('final figure in, moved the wrong way: missed and regressing (synthetic 92 → 90, ≥ 95 by 2023)', () => {
      const series = [obs('preschool-gross-enrolment', '德州市', '2019', '92'), obs('preschool-gross-enrolment', '德州市', '2023', '90')];
      const p = targetProgress(target({ deadline: '2023' }), ctx(series, { region: '德州市' }));
      expect(p).toMatchObject({ status: 'regressing', missed: true });
      expect(p.reason).toBe('missed');
    });

    it('deadline passed, final figure not yet published: the trend so far, flagged', () => {
      // ≥ 93 by 2024 judged on 2019–2023: CAGR_r = 0.007702, R = 0.006364 / 0.007702 = 0.8263
      const p = targetProgress(target({ indicatorId: 'upper-secondary-gross-enrolment', value: 93, deadline: '2024' }), ctx(UPPER.slice(0, 5)));
      expect(p).toMatchObject({ status: 'acceleration-needed', final: false, missed: false, deadlinePassed: true });
      expect(p.ratio).toBeCloseTo(0.8263, 4);
      expect(p.reason).toBe('trend');
    });

    it('ignores observations after the target year', () => {
      const p = targetProgress(target({ indicatorId: 'upper-secondary-gross-enrolment', value: 91.7, deadline: '2022' }), ctx(UPPER));
      expect(p.latest?.period).toBe('2022');
      expect(p).toMatchObject({ status: 'limited-progress', missed: true });
    });
  });

  describe('zero and negative values', () => {
    it('a zero base is replaced by 0.001 (Open SDG): 0 → 20 (2023), ≥ 60 by 2024 (镇康 数字校园; synthetic)', () => {
      // CAGR_o = (20 / 0.001)^(1/1) − 1 = 19999; CAGR_r = (60 / 0.001)^(1/2) − 1 = 243.95; R = 81.98
      const series = [obs('digital-campus-share', '镇康县', '2022', '0'), obs('digital-campus-share', '镇康县', '2023', '20')];
      const p = targetProgress(
        target({ indicatorId: 'digital-campus-share', value: 60, deadline: '2024' }),
        ctx(series, { region: '镇康县', planStart: 2023 }),
      );
      expect(p.status).toBe('on-track');
      expect(p.ratio).toBeCloseTo(81.98, 2);
    });

    it('a zero target is replaced by 0.001', () => {
      const series = [obs('myopia-rate', '镇康县', '2020', '4'), obs('myopia-rate', '镇康县', '2023', '1')];
      const p = targetProgress(target({ indicatorId: 'myopia-rate', comparator: '<=', value: 0 }), ctx(series, { region: '镇康县' }));
      // CAGR_o = (1/4)^(1/3) − 1 = −0.370; CAGR_r = (0.001/4)^(1/5) − 1 = −0.809; R = 0.457
      expect(p.status).toBe('limited-progress');
      expect(p.ratio).toBeCloseTo(0.4575, 3);
    });

    it('negative values: the sign is flipped (−10 → −5 towards ≥ −2; synthetic indicator)', () => {
      // s = −1; CAGR_o = (−5/−10)^(1/3) − 1 = −0.206299; CAGR_r = (−2/−10)^(1/5) − 1 = −0.275220
      // R = (−1)(+1)(−0.206299) / 0.275220 = 0.7496
      const balance: IndicatorCatalogue = {
        indicators: [
          {
            id: 'balance',
            name: '结余',
            aliases: [],
            phrasings: [],
            contextual: [],
            unit: '亿元',
            direction: 'higher',
            definition: '结余',
            english: 'Balance',
            source: null,
          },
        ],
      };
      const series = [obs('balance', '全国', '2020', '-10'), obs('balance', '全国', '2023', '-5')];
      const p = targetProgress(target({ indicatorId: 'balance', value: -2, unit: '亿元' }), ctx(series, { catalogue: balance }));
      expect(p.status).toBe('acceleration-needed');
      expect(p.ratio).toBeCloseTo(0.7496, 4);
    });

    it('values that change sign cannot be assessed', () => {
      const balance: IndicatorCatalogue = {
        indicators: [
          {
            id: 'balance',
            name: '结余',
            aliases: [],
            phrasings: [],
            contextual: [],
            unit: '亿元',
            direction: 'higher',
            definition: '结余',
            english: 'Balance',
            source: null,
          },
        ],
      };
      const series = [obs('balance', '全国', '2020', '-10'), obs('balance', '全国', '2023', '5')];
      const p = targetProgress(target({ indicatorId: 'balance', value: 20, unit: '亿元' }), ctx(series, { catalogue: balance }));
      expect(p).toMatchObject({ status: 'insufficient-data', reason: 'sign-change' });
    });
  });

  describe('comparators = and ~ (tolerance)', () => {
    const safe = (v: string) => [obs('safe-campus-rate', '镇康县', '2022', '90'), obs('safe-campus-rate', '镇康县', '2023', v)];
    it("'= 100' is met within 0.5 % of the target", () => {
      expect(
        targetProgress(target({ indicatorId: 'safe-campus-rate', comparator: '=', value: 100, deadline: '2023' }), ctx(safe('99.6'), { region: '镇康县' }))
          .status,
      ).toBe('achieved');
      expect(
        targetProgress(target({ indicatorId: 'safe-campus-rate', comparator: '=', value: 100, deadline: '2023' }), ctx(safe('99.4'), { region: '镇康县' }))
          .missed,
      ).toBe(true);
    });
    it("'~ 80' is met within 5 %", () => {
      const p = targetProgress(
        target({ indicatorId: 'safe-campus-rate', comparator: '~', value: 80, deadline: '2025' }),
        ctx(safe('76.5'), { region: '镇康县' }),
      );
      expect(p.status).toBe('achieved');
    });
  });

  describe('base year', () => {
    it('is the year before the plan period; the next observed year when that one is missing', () => {
      expect(targetProgress(target({}), ctx(PRESCHOOL, { planStart: 2021 })).base?.period).toBe('2020');
      // 2020 wanted; nothing between 2020 and the latest (2023): the last year before, 2019
      expect(targetProgress(target({ indicatorId: 'compulsory-retention', value: 99.5 }), ctx(RETENTION, { planStart: 2021 })).base?.period).toBe('2019');
      expect(
        targetProgress(
          target({}),
          ctx(
            PRESCHOOL.filter((o) => o.period !== '2020'),
            { planStart: 2021 },
          ),
        ).base?.period,
      ).toBe('2021');
    });
    it("the target's own baseYear wins", () => {
      expect(targetProgress(target({ baseYear: 2021 }), ctx(PRESCHOOL)).base?.period).toBe('2021');
    });
    it('without a plan period, the earliest observation', () => {
      expect(targetProgress(target({}), ctx(PRESCHOOL, { planStart: null })).base?.period).toBe('2019');
    });
    it('a statistical-year figure wins over a dated one in the same year', () => {
      const series = [obs('preschool-gross-enrolment', '全国', '2019-09-01', '80'), ...PRESCHOOL];
      expect(targetProgress(target({}), ctx(series)).base?.valueText).toBe('83.4');
    });
  });

  it('custom thresholds (e.g. 0.95 / 0.5 / 0)', () => {
    const series = [obs('compulsory-retention', '河南省', '2019', '90'), obs('compulsory-retention', '河南省', '2023', '92')];
    const t = target({ indicatorId: 'compulsory-retention', value: 97.5 });
    // CAGR_o = (92/90)^(1/4) − 1 = 0.005510; CAGR_r = (97.5/90)^(1/6) − 1 = 0.013430; R = 0.4103
    expect(targetProgress(t, ctx(series, { region: '河南省' })).status).toBe('limited-progress');
    expect(targetProgress(t, ctx(series, { region: '河南省', thresholds: { onTrack: 0.95, acceleration: 0.4, limited: 0 } })).status).toBe(
      'acceleration-needed',
    );
  });

  describe('insufficient data, with the reason', () => {
    it.each([
      [{ change: 'increase' as const }, 'relative'],
      [{ recurring: 'year' as const }, 'recurring'],
      [{ indicatorId: null }, 'unlinked'],
      [{ indicatorId: 'no-such-indicator' }, 'unknown-indicator'],
      [{ deadline: null }, 'no-deadline'],
      [{ deadline: '2025-02-30' }, 'no-deadline'],
      [{ value: null }, 'no-value'],
      [{ kind: 'milestone' as const }, 'not-quantity'],
    ])('%o', (over, reason) => {
      expect(targetProgress(target(over), ctx(PRESCHOOL))).toMatchObject({ status: 'insufficient-data', reason });
    });

    it('no observations for the plan region (national data does not stand in for 德州市)', () => {
      const p = targetProgress(target({ indicatorId: 'upper-secondary-gross-enrolment' }), ctx(UPPER, { region: '德州市' }));
      expect(p).toMatchObject({ status: 'insufficient-data', reason: 'no-data', region: '德州市', targetYear: 2025 });
    });

    it('a region missing from data/regions.yaml', () => {
      expect(targetProgress(target({}), ctx(PRESCHOOL, { region: '火星县' })).reason).toBe('unknown-region');
      expect(targetProgress(target({}), ctx(PRESCHOOL, { region: null })).reason).toBe('no-region');
    });

    it('region aliases are resolved (恩施州 = 恩施土家族苗族自治州)', () => {
      const p = targetProgress(target({}), ctx([], { region: '恩施州' }));
      expect(p.region).toBe('恩施土家族苗族自治州');
    });
  });
});
