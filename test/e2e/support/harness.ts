// One static server and one browser for a test file.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, newContext, watch, type Watch } from './browser.ts';
import { serveDir, type StaticServer } from './server.ts';
import { siteDir } from './site.ts';

export interface Harness {
  server: StaticServer;
  browser: Browser;
  dir: string;
  url(path: string): string;
  /** A page in a fresh context, with its problems recorded. */
  open(options?: Parameters<Browser['newContext']>[0]): Promise<{ page: Page; context: BrowserContext; problems: Watch }>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dir = siteDir();
  const server = await serveDir(dir);
  const browser = await launch();
  const contexts: BrowserContext[] = [];
  return {
    server,
    browser,
    dir,
    url: (path) => `${server.origin}${path}`,
    async open(options = {}) {
      const context = await newContext(browser, options);
      contexts.push(context);
      const page = await context.newPage();
      return { page, context, problems: watch(page, new Map([[`${server.origin}/no-such-page/`, 404]])) };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}

/** Is (part of) the element on screen? */
export async function onScreen(page: Page, selector: string): Promise<{ visible: boolean; top: number; bottom: number; height: number }> {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { visible: r.bottom > 0 && r.top < innerHeight && r.width > 0 && r.height > 0, top: r.top, bottom: r.bottom, height: innerHeight };
  });
}
