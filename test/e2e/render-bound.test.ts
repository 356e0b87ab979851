// Pages that always render (issue 10): policy pages whose text is 50,000 （, 、 or quotes in
// a row once never finished loading in Chromium. The pages are generated here, built with
// `astro build` in a repository copy, and each must finish loading and lay out its whole
// text within a second, at desktop and phone width. The bound is behavioural and generous
// (such a relayout takes tens of milliseconds; before the fix, minutes).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newContext } from './support/browser.ts';
import { serveDir, type StaticServer } from './support/server.ts';
import { astroBuild, BUILD_DATE, copyRepo, removeRepo, tail } from './support/repo.ts';

const RUNS: Record<string, string> = { parens: '（', commas: '、', quotes: '“”' };
const LAYOUT_BOUND_MS = 1000;

/** A policy file as ingest writes it, with a text of `run` repeated to 50,000 characters. */
function hostilePolicy(name: string, run: string): string {
  const slug = `hostile-${name}`;
  const text = run.repeat(Math.ceil(50_000 / run.length)).slice(0, 50_000);
  return `---
slug: ${slug}
meta:
  title: "长标点文本（${name}）"
  issuers: []
  date: "2024-01-01"
  docNumber: null
  region: null
  validity: null
  indexNumber: null
  planPeriod: null
  attachments: []
  sourceUrl: null
  sector: null
source:
  file: "content/sources/${slug}.txt"
  format: "text"
  encoding: "utf-8"
  sha256: "${'0'.repeat(64)}"
sections: []
targets: []
units: []
references: []
removed: []
warnings: []
---

开头一句。

${text}

结尾一句。
`;
}

describe('pages that always render', () => {
  let root: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    root = copyRepo('luoshi-e2e-render-');
    const content = join(root, 'render-policies');
    mkdirSync(content);
    for (const [name, run] of Object.entries(RUNS)) writeFileSync(join(content, `hostile-${name}.mdx`), hostilePolicy(name, run));
    const out = join(root, 'site');
    const result = await astroBuild(root, out, { LUOSHI_CONTENT: content });
    if (result.code !== 0)
      throw new Error(
        `astro build of the generated pages (LUOSHI_BUILD_DATE=${BUILD_DATE}) exited with ${result.code}:\n${tail(result.stdout + '\n' + result.stderr)}`,
      );
    server = await serveDir(out);
    browser = await launch();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root) removeRepo(root);
  });

  for (const name of Object.keys(RUNS)) {
    for (const width of [1280, 375]) {
      it(`lays out a text of 50,000 ${RUNS[name]} at ${width} px`, async () => {
        const context = await newContext(browser, { viewport: { width, height: 800 } });
        const page = await context.newPage();
        // the page must finish loading at all (it used to hang for minutes)
        await page.goto(`${server.origin}/policies/hostile-${name}/`, { waitUntil: 'load', timeout: 45_000 });
        const measured = await page.evaluate(() => {
          const text = document.querySelector<HTMLElement>('.policy-text')!;
          // a forced layout of the whole text at another width: what a resize or a font load costs
          const start = performance.now();
          text.style.maxWidth = '18rem';
          const height = text.getBoundingClientRect().height;
          return { ms: performance.now() - start, height, overflow: document.documentElement.scrollWidth - innerWidth };
        });
        await context.close();
        console.log(`render bound: 50,000 ${RUNS[name]} at ${width} px: relayout ${measured.ms.toFixed(0)} ms`);
        expect(measured.ms).toBeLessThan(LAYOUT_BOUND_MS);
        expect(measured.height).toBeGreaterThan(1000); // the text is laid out in lines, not one endless line
        expect(measured.overflow).toBeLessThanOrEqual(0);
      });
    }
  }
});
