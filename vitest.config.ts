import { defineConfig } from 'vitest/config';

// `npm test` runs three projects: `unit` (everything under test/ but the site's golden
// pages and the browser tests), then `site` (test/golden/site.test.ts: builds the fixture
// site and compares pages and downloads with test/golden/site/), then `e2e` (test/e2e,
// configured in vitest.e2e.config.ts: it builds the site once and drives Debian's
// Chromium). Run one with `--project unit|site|e2e` (npm run test:unit, test:site, test:e2e).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/golden/site.test.ts'],
          testTimeout: 30_000,
          globalSetup: ['test/support/temp-root.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/golden/site.test.ts'],
          testTimeout: 30_000,
          globalSetup: ['test/support/temp-root.ts'],
          // An Astro build at a time: the machine has two cores.
          sequence: { groupOrder: 1 },
        },
      },
      './vitest.e2e.config.ts',
    ],
  },
});
