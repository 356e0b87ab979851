import { describe, expect, it } from 'vitest';
import { METHOD_EXAMPLES, thresholdRows, workedExample } from '../../src/progress/methodology.ts';
import { DEFAULT_THRESHOLDS } from '../../src/progress/quantity.ts';
import { realProgress } from '../support/progress-data.ts';

const real = await realProgress();

describe('methodology', () => {
  it('builds the status table from the thresholds the code uses (0.95 / 0.6 / 0)', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ onTrack: 0.95, acceleration: 0.6, limited: 0 });
    expect(thresholdRows().map((r) => [r.status, r.lo, r.hi])).toEqual([
      ['achieved', null, null],
      ['on-track', 0.95, null],
      ['acceleration-needed', 0.6, 0.95],
      ['limited-progress', 0, 0.6],
      ['regressing', null, 0],
      ['insufficient-data', null, null],
    ]);
    expect(thresholdRows({ onTrack: 1, acceleration: 0.5, limited: 0.1 })[2]).toMatchObject({ lo: 0.5, hi: 1 });
  });

  it('computes the worked examples with targetProgress on the real national figures', () => {
    const data = { observations: real.data.observations, catalogue: real.catalogue, regions: real.regions, today: '2026-11-25' };
    const [preschool, upper] = METHOD_EXAMPLES.map((spec) => workedExample(spec, data));
    // base 2019 (the year before a 2020–2025 plan); latest 2024, the last figure before the 2025 deadline
    expect(preschool!.progress.base).toMatchObject({ period: '2019', valueText: '83.4' });
    expect(preschool!.progress.latest).toMatchObject({ period: '2024', valueText: '92.00' });
    const observed = (92 / 83.4) ** (1 / 5) - 1;
    const required = (95 / 83.4) ** (1 / 6) - 1;
    expect(preschool!.progress.observedRate).toBeCloseTo(observed, 12);
    expect(preschool!.progress.requiredRate).toBeCloseTo(required, 12);
    expect(preschool!.progress.ratio).toBeCloseTo(observed / required, 12);
    expect(preschool!.progress.ratio!.toFixed(2)).toBe('0.90');
    expect(preschool!.progress.status).toBe('acceleration-needed');
    expect(upper!.progress.ratio!.toFixed(2)).toBe('0.55');
    expect(upper!.progress.status).toBe('limited-progress');
  });

  it('gives no example when the data allow no trend', () => {
    const data = { observations: [], catalogue: real.catalogue, regions: real.regions, today: '2026-11-25' };
    expect(workedExample(METHOD_EXAMPLES[0], data)).toBeNull();
  });
});
