// How much JavaScript each page type ships (as the browser loads it, gzipped at
// the default level a static host uses), and the JSON it fetches. Pages without
// search stay within 20 KB of gzipped JavaScript.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.ts';
import { pageTypes, siteDir } from './support/site.ts';

const BUDGET = 20 * 1024;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

interface Weight {
  name: string;
  path: string;
  scripts: number;
  js: number;
  jsGzip: number;
  json: number;
  jsonGzip: number;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('JavaScript per page type', () => {
  it('is measured, and pages without search ship at most 20 KB gzipped', async () => {
    const weights: Weight[] = [];
    const { page, context } = await h.open();
    for (const type of pageTypes(siteDir())) {
      const bodies: Promise<{ kind: 'js' | 'json'; url: string; body: Buffer } | null>[] = [];
      const listener = (res: import('playwright-core').Response) => {
        const kind: 'js' | 'json' | null =
          res.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(res.url()) ? 'js' : /\.json(\?|$)/.test(res.url()) ? 'json' : null;
        if (kind && res.status() === 200)
          bodies.push(
            res
              .body()
              .then((body) => ({ kind, url: res.url(), body }))
              .catch(() => null),
          );
      };
      context.on('response', listener);
      await page.goto(h.url(type.path), { waitUntil: 'load' });
      if (type.name === 'search') await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')?.textContent ?? ''));
      if (type.name === 'explorer') await page.waitForSelector('#explorer-form:not([hidden])');
      await page.waitForLoadState('networkidle');
      context.off('response', listener);
      const got = (await Promise.all(bodies)).filter((b) => b !== null);
      const unique = [...new Map(got.map((b) => [b.url, b])).values()];
      const sum = (kind: 'js' | 'json', f: (b: Buffer) => number) => unique.filter((b) => b.kind === kind).reduce((n, b) => n + f(b.body), 0);
      weights.push({
        name: type.name,
        path: type.path,
        scripts: unique.filter((b) => b.kind === 'js').length,
        js: sum('js', (b) => b.length),
        jsGzip: sum('js', (b) => gzipSync(b).length),
        json: sum('json', (b) => b.length),
        jsonGzip: sum('json', (b) => gzipSync(b).length),
      });
    }
    const table = weights.map(
      (w) =>
        `  ${w.name.padEnd(24)} ${String(w.scripts).padStart(2)} files  JS ${kb(w.js).padStart(9)} (${kb(w.jsGzip).padStart(8)} gz)  JSON ${kb(w.json).padStart(9)} (${kb(w.jsonGzip).padStart(8)} gz)`,
    );
    console.log(`JavaScript shipped per page type:\n${table.join('\n')}`);
    const over = weights.filter((w) => w.name !== 'search' && w.jsGzip > BUDGET).map((w) => `${w.name}: ${kb(w.jsGzip)} gzipped`);
    expect(over).toEqual([]);
    // The search page does ship its engine.
    expect(weights.find((w) => w.name === 'search')!.jsGzip).toBeGreaterThan(0);
  });
});
