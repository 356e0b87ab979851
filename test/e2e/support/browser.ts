// Debian's Chromium driven by playwright-core (no browser downloads here).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.LUOSHI_E2E_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM}, and it is not there. Install Debian's package: ` +
        '`apt-get install chromium` (and fonts-noto-cjk), as .ci/run does. ' +
        'Browsers cannot be downloaded here: do not run `playwright install`.',
    );
  }
}

export async function launch(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
}

export interface Problems {
  /** console.error messages and uncaught exceptions */
  errors: string[];
  /** requests that failed, or got a status of 400 or more */
  failed: string[];
}

/** Problems, and a way to wait until no request of the page is in flight. */
export interface Watch extends Problems {
  /** Resolves once no request has been in flight for `ms` (a quicker networkidle). */
  quiet(ms?: number): Promise<void>;
}

/**
 * Records console errors, page errors, failed requests and error responses of a page.
 * `expectStatus` lists URLs that may answer with an error status (the 404 page itself).
 */
export function watch(page: Page, expectStatus: Map<string, number> = new Map()): Watch {
  const errors: string[] = [];
  const failed: string[] = [];
  const problems = { errors, failed };
  let inflight = 0;
  let last = Date.now();
  page.on('request', () => {
    inflight++;
    last = Date.now();
  });
  const done = () => {
    inflight = Math.max(0, inflight - 1);
    last = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('console', (m) => {
    if (m.type() === 'error') problems.errors.push(`console.error: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.errors.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A download the test does not wait for is aborted by the page closing: not a site fault.
    if (r.failure()?.errorText === 'net::ERR_ABORTED' && r.resourceType() === 'other') return;
    problems.failed.push(`${r.method()} ${r.url()}: ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    const expected = expectStatus.get(r.url());
    if (r.status() >= 400 && r.status() !== expected) problems.failed.push(`${r.request().method()} ${r.url()}: HTTP ${r.status()}`);
  });
  const quiet = async (ms = 150) => {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (inflight > 0 || Date.now() - last < ms)) await new Promise((r) => setTimeout(r, 25));
  };
  // `quiet` is not enumerable, so `expect(problems).toEqual({ errors: [], failed: [] })` still reads well.
  return Object.defineProperty(problems, 'quiet', { value: quiet, enumerable: false }) as Watch;
}

export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true, ...options });
}
