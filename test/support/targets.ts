// A quantity target for tests that need one record field and not a whole sentence:
// 95 % or more by 2025, no unit, no section; each test overrides what it is about.
import type { Target } from '../../src/schema/record.ts';

export function aTarget(over: Partial<Target> = {}): Target {
  return {
    id: 't1',
    kind: 'quantity',
    text: '',
    phrase: '',
    indicator: null,
    indicatorId: null,
    value: 95,
    unit: '%',
    comparator: '>=',
    deadline: '2025',
    recurring: null,
    change: null,
    baseYear: null,
    responsible: [],
    section: null,
    modality: 'binding',
    optional: false,
    ...over,
  };
}
