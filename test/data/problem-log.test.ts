import { describe, expect, it } from 'vitest';
import { ProblemLog } from '../../src/data/problem-log.ts';
import { formatProblem } from '../../src/problems/problem.ts';

const at = (line: number, column = 1) => ({ line, column });

describe('ProblemLog', () => {
  it('lists every problem, by position, while there are no more than the limit', () => {
    const log = new ProblemLog('f.csv', 3);
    log.at('warning', at(9), 'c');
    log.at('error', at(2, 5), 'b');
    log.at('error', at(2, 1), 'a');
    expect(log.list().map(formatProblem)).toEqual(['f.csv:2:1: error: a', 'f.csv:2:5: error: b', 'f.csv:9:1: warning: c']);
    expect([log.errors, log.warnings]).toEqual([2, 1]);
  });

  it('keeps the first problems by position, whatever order they were found in, and counts the rest', () => {
    const log = new ProblemLog('f.csv', 3);
    for (let line = 100; line > 0; line--) log.at(line % 10 === 0 ? 'warning' : 'error', at(line), `p${line}`);
    // found last, listed first: a warning found after all rows were read
    log.at('warning', at(1, 0), 'early');
    const listed = log.list();
    expect(listed.slice(0, 3).map((p) => p.message)).toEqual(['early', 'p1', 'p2']);
    expect(formatProblem(listed[3])).toBe(
      'f.csv:3:1: error: 98 more problems from here on (88 errors, 10 warnings) not listed: the first 3 are above — fix them (many rows often share one cause, such as a shifted column or a wrong unit) and run the check again',
    );
    expect([log.errors, log.warnings]).toEqual([90, 11]);
  });

  it('the count of the rest is a warning when only warnings are left out', () => {
    const log = new ProblemLog('f.csv', 1);
    log.at('error', at(1), 'e');
    log.at('warning', at(2), 'w');
    expect(log.list()[1]).toMatchObject({ severity: 'warning', line: 2, message: expect.stringMatching(/^1 more problem from here on \(1 warning\)/) });
  });

  it('100,000 problems: the first 10 and one line counting the rest', () => {
    const log = new ProblemLog('f.csv', 10);
    for (let line = 1; line <= 100_000; line++) log.at('error', at(line), 'x');
    expect(log.list()).toHaveLength(11);
    expect(log.errors).toBe(100_000);
  });
});
