// Browser end-to-end tests (test/e2e): Debian's Chromium through playwright-core,
// against the site built once by the global setup. Run alone with
// `npm run test:e2e`; `npm test` runs them after the unit tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/support/temp-root.ts', 'test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: the CI machine has two cores.
    fileParallelism: true,
    maxWorkers: 2,
    // After the unit tests and the site's golden pages, not beside them.
    sequence: { groupOrder: 2 },
  },
});
