import { describe, expect, it } from 'vitest';
import { buildHeapArgs } from '../../src/cli/build-heap.ts';
import { InputError } from '../../src/pipeline/errors.ts';

const GB = 2 ** 30;

describe('buildHeapArgs', () => {
  it('gives the build three quarters of the memory: 24 GB → 18,432 MB', () => {
    expect(buildHeapArgs({}, 24 * GB)).toEqual(['--max-old-space-size=18432']);
  });

  it('takes LUOSHI_BUILD_HEAP_MB when it is set', () => {
    expect(buildHeapArgs({ LUOSHI_BUILD_HEAP_MB: '6000' }, 24 * GB)).toEqual(['--max-old-space-size=6000']);
  });

  it('adds nothing when NODE_OPTIONS already sets the heap', () => {
    expect(buildHeapArgs({ NODE_OPTIONS: '--max-old-space-size=8192', LUOSHI_BUILD_HEAP_MB: '6000' }, 24 * GB)).toEqual([]);
  });

  it('refuses a setting that is not a number of megabytes, naming it', () => {
    expect(() => buildHeapArgs({ LUOSHI_BUILD_HEAP_MB: 'lots' }, 24 * GB)).toThrow(InputError);
    expect(() => buildHeapArgs({ LUOSHI_BUILD_HEAP_MB: '-1' }, 24 * GB)).toThrow(expect.objectContaining({ file: 'LUOSHI_BUILD_HEAP_MB' }));
  });
});
