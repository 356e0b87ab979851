// Shared by the MDX and corrections tests.
import { InputError } from '../../../src/pipeline/errors.ts';

/** Strings a YAML reader (1.1 or 1.2, js-yaml 4 or 5) might take for something else. */
export const lookalikes = [
  '2025',
  '2025-01-01',
  '2025-06',
  '2001-12-14t21:59:43.10-05:00',
  '2023-11-07 11:43:13',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'n',
  'true',
  'False',
  'null',
  'Null',
  'NULL',
  '~',
  '',
  '1e3',
  '-1.5',
  '+1',
  '.5',
  '0x10',
  '0o17',
  '017',
  '0b101',
  '1_000',
  '1:20',
  '190:20:30',
  '.inf',
  '-.Inf',
  '.NaN',
  '1.',
  '(1)',
  '三、',
  '<<',
  '=',
  '-',
  '---',
  '...',
  '? x',
  '- x',
  '# not a comment',
  'a # b',
  'key: value',
  '@scope',
  '`tick',
  '!tag',
  '&anchor',
  '*alias',
  '|',
  '>',
  '%TAG',
  "'single'",
  '"double"',
  ' leading',
  'trailing ',
  'tab\there',
  'line\nbreak',
  'ends with newline\n',
  '\u2028',
  '\uFEFFbom',
  '\u0007bell',
  '镇康县教育高质量发展三年行动计划实施方案(2023—2025年)',
  '云办发〔2023〕7号',
  '“3815”战略',
  '😀',
  '{a: 1}',
  '[1, 2]',
];

/** The InputError `action` throws (fails the test if it throws nothing or something else). */
export function catchError(action: () => unknown): InputError {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}
