import { defineConfig } from 'vitest/config';

// `npm test` runs two projects: `unit` (everything under test/ but the browser
// tests) and then `e2e` (test/e2e, configured in vitest.e2e.config.ts: it builds
// the site once and drives Debian's Chromium). Run one with `--project unit|e2e`
// (npm run test:unit, npm run test:e2e).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      './vitest.e2e.config.ts',
    ],
  },
});
