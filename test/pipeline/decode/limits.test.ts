import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitsFromEnv } from '../../../src/pipeline/decode/limits.ts';
import { InputError } from '../../../src/pipeline/errors.ts';

describe('limitsFromEnv', () => {
  it('gives the defaults when nothing is set', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS).toEqual({ fileBytes: 64 * 2 ** 20, markupBytes: 16 * 2 ** 20, htmlDepth: 500, zipEntries: 10_000 });
  });

  it('reads megabytes and counts from the environment', () => {
    expect(limitsFromEnv({ LUOSHI_MAX_FILE_MB: '100', LUOSHI_MAX_MARKUP_MB: '0.5', LUOSHI_MAX_HTML_DEPTH: '1000', LUOSHI_MAX_ZIP_ENTRIES: ' 20 ' })).toEqual({
      fileBytes: 100 * 2 ** 20,
      markupBytes: 2 ** 19,
      htmlDepth: 1000,
      zipEntries: 20,
    });
  });

  it('refuses a value that is not a positive number, naming the variable', () => {
    for (const value of ['abc', '0', '-5', '10MB']) {
      const error = (() => {
        try {
          limitsFromEnv({ LUOSHI_MAX_MARKUP_MB: value });
        } catch (e) {
          return e;
        }
      })();
      expect(error, value).toBeInstanceOf(InputError);
      expect((error as InputError).format(), value).toMatch(
        /^LUOSHI_MAX_MARKUP_MB: ".*" is not a positive number\n {2}Set LUOSHI_MAX_MARKUP_MB to megabytes \(default 16\)/,
      );
    }
  });
});
