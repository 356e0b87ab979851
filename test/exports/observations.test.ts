import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { OBSERVATION_CSV_HEADER, observationsCsv, observationsJson } from '../../src/exports/observations.ts';
import { PROGRESS_CSV_HEADER, progressCsv, progressJson } from '../../src/exports/progress.ts';
import { statusHref } from '../../src/progress/reason-text.ts';
import type { Observation } from '../../src/data/check.ts';
import { fixtureProgress, realProgress } from '../support/progress-data.ts';

const real = await realProgress();
const fx = fixtureProgress();

describe('observations CSV', () => {
  const view = real.progress.byIndicator.get('preschool-gross-enrolment')!;
  const csv = observationsCsv(view.indicator, view.observations);

  it('is UTF-8 with a byte-order mark and CRLF lines, one row per observation', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows[0]).toEqual(OBSERVATION_CSV_HEADER);
    expect(rows.length - 1).toBe(view.observations.length);
    expect(rows.length - 1).toBe(13 + 1 + 5); // 全国 2012–2024, 云南省 2016, 河南省 ×5
  });

  it('writes values exactly as printed, with source and note', () => {
    const rows = parse(csv.slice(1)) as string[][];
    const y2024 = rows.find((r) => r[2] === '全国' && r[3] === '2024')!;
    expect(y2024).toEqual([
      'preschool-gross-enrolment',
      '学前教育毛入园率',
      '全国',
      '2024',
      '92.00',
      '%',
      '教育部《2024年全国教育事业发展统计公报》',
      '2024年公报（2025-06-11发布）数值取自单一新闻转载',
      '',
    ]);
    expect(rows.find((r) => r[2] === '河南省' && r[3] === '2019')![4]).toBe('89.50');
  });

  it('labels flags in Chinese and keeps a negative value a number (not an escaped formula)', () => {
    const fxView = fx.progress.byIndicator.get('upper-secondary-gross-enrolment')!;
    const rows = parse(observationsCsv(fxView.indicator, fxView.observations).slice(1)) as string[][];
    expect(rows.find((r) => r[2] === '德州市' && r[3] === '2024')![8]).toBe('初步数');
    const negative: Observation = { ...view.observations[0], value: -1.5, valueText: '-1.5' };
    const line = observationsCsv(view.indicator, [negative]).split('\r\n')[1];
    expect(line.split(',')[4]).toBe('-1.5');
  });

  it('has a header only when there is no observation', () => {
    const empty = real.progress.byIndicator.get('myopia-rate')!;
    expect(observationsCsv(empty.indicator, empty.observations).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('observations JSON', () => {
  it('carries the catalogue entry, the latest period and every observation', () => {
    const view = real.progress.byIndicator.get('preschool-gross-enrolment')!;
    const json = observationsJson(view.indicator, view.observations);
    expect(json.indicator).toMatchObject({ id: 'preschool-gross-enrolment', name: '学前教育毛入园率', unit: '%', direction: 'higher' });
    expect(json.latestPeriod).toBe('2024');
    expect(json.observations).toHaveLength(view.observations.length);
    expect(json.observations.find((o) => o.region === '全国' && o.period === '2024')).toEqual({
      region: '全国',
      regionId: 'china',
      period: '2024',
      value: 92,
      valueText: '92.00',
      unit: '%',
      source: '教育部《2024年全国教育事业发展统计公报》',
      note: '2024年公报（2025-06-11发布）数值取自单一新闻转载',
      flag: '',
    });
    // round-trips through JSON
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('progress CSV and JSON', () => {
  const url = (e: Parameters<typeof statusHref>[0]) => `https://x.test${statusHref(e)}`;

  it('lists every status with the numbers behind it', () => {
    const rows = parse(progressCsv(fx.progress.entries, url).slice(1)) as string[][];
    expect(rows[0]).toEqual(PROGRESS_CSV_HEADER);
    expect(rows.length - 1).toBe(fx.progress.entries.length);
    const dezhou = rows.find((r) => r[0] === 't-6a4d0e21')!;
    const observed = (91.5 / 88) ** (1 / 4) - 1;
    const required = (95 / 88) ** (1 / 5) - 1;
    expect(dezhou.slice(3, 15)).toEqual([
      'upper-secondary-gross-enrolment',
      '德州市',
      '95%以上',
      '2025',
      '需加快进度',
      '2020',
      '88.0',
      '2024',
      '91.5',
      String(Number(observed.toFixed(6))),
      String(Number(required.toFixed(6))),
      String(Number((observed / required).toFixed(4))),
    ]);
    expect(dezhou[19]).toBe('https://x.test/indicators/upper-secondary-gross-enrolment/#t-6a4d0e21');
    const milestone = rows.find((r) => r[0] === 't-e5f31b08')!;
    expect(milestone[7]).toBe('已完成');
    expect(milestone[19]).toBe('https://x.test/policies/zhenkang-education-2023-2025/#item-t-e5f31b08');
  });

  it('gives the JSON the structured result', () => {
    const json = progressJson(fx.progress.today, fx.progress.entries, url);
    expect(json.today).toBe(fx.progress.today);
    const e = json.entries.find((x) => x.id === 't-6a4d0e21')!;
    expect(e).toMatchObject({ kind: 'quantity', status: 'acceleration-needed', indicatorId: 'upper-secondary-gross-enrolment', region: '德州市' });
    expect(e.progress).toMatchObject({ base: { period: '2020', valueText: '88.0' }, latest: { period: '2024', valueText: '91.5' } });
  });
});
