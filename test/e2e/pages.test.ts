// Every page type of the site, in a real browser: no console errors or failed
// requests, no axe violations (WCAG 2.1 AA), no horizontal scrolling on a phone,
// and the policy page prints without the site's navigation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Watch } from './support/browser.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { pageTypes, policyPath, siteDir, type PageType } from './support/site.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Every page type, plus the explorer and the policies list with a filter applied (rows drawn by the script). */
const TYPES: PageType[] = [
  ...pageTypes(siteDir()),
  { name: 'explorer (filtered)', path: '/targets/?year=2025&kind=quantity', status: 200 },
  { name: 'policies (filtered)', path: '/policies/?sort=title', status: 200 },
];

let h: Harness;
let phone: Page;
beforeAll(async () => {
  h = await startHarness();
  ({ page: phone } = await h.open({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }));
});
afterAll(async () => {
  await h?.close();
});

/** Opens a page and waits until its scripts have done their work and its requests are over. */
async function visit(page: Page, type: PageType, watch?: Watch): Promise<void> {
  const res = await page.goto(h.url(type.path), { waitUntil: 'load' });
  expect(res?.status(), `${type.path} status`).toBe(type.status);
  if (type.path.startsWith('/search/'))
    await page.waitForFunction(() => /找到|没有找到|请输入/.test(document.getElementById('search-status')?.textContent ?? ''));
  if (type.path.startsWith('/targets/')) await page.waitForSelector('#explorer-form:not([hidden])');
  if (type.path.startsWith('/policies/?')) await page.waitForSelector('#policy-filters:not([hidden])');
  // a filtered list: the rows its script fetched are drawn
  if (/^\/(targets|policies)\/\?/.test(type.path)) await page.waitForSelector('table[aria-busy="false"]');
  await watch?.quiet();
}

function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s): ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
        .join(' | ')}`,
  );
}

describe.each(TYPES)('$name ($path)', (type) => {
  let page: Page;
  let problems: Watch;
  beforeAll(async () => {
    ({ page, problems } = await h.open());
    await visit(page, type, problems);
  });

  it('loads without console errors or failed requests', () => {
    // The 404 page is served with status 404, which Chromium reports as a console error of the document itself.
    const errors = problems.errors.filter((e) => !(type.status === 404 && /status of 404/.test(e) && e.includes(h.url(type.path))));
    expect({ errors, failed: problems.failed }).toEqual({ errors: [], failed: [] });
  });

  it('has no axe violations (WCAG 2.1 A and AA)', async () => {
    // Legacy mode runs axe in the page itself instead of finishing in a second, blank
    // page (the site has no frames, so nothing is lost), and only violations are
    // reported in full: both matter on the long policy pages.
    const result = await new AxeBuilder({ page })
      .withTags(WCAG_21_AA)
      .options({ resultTypes: ['violations'] })
      .setLegacyMode(true)
      .analyze();
    expect(describeViolations(result.violations)).toEqual([]);
    expect(result.passes.length).toBeGreaterThan(10);
  });

  it('does not scroll sideways on a phone (375×812)', async () => {
    await visit(phone, type);
    const overflow = await phone.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const scrollable = (el: Element | null): boolean => {
        for (let p = el?.parentElement; p && p !== document.body; p = p.parentElement) {
          if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(p).overflowX)) return true;
        }
        return false;
      };
      const culprits = [...document.body.querySelectorAll('*')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.right > width + 1 && !scrollable(el);
        })
        .slice(0, 5)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (right ${Math.round(el.getBoundingClientRect().right)}px)`,
        );
      return { width, scrollWidth: document.documentElement.scrollWidth, culprits };
    });
    expect(overflow.scrollWidth, `wider than the screen: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(overflow.width);
    expect(overflow.width).toBe(375);
  });
});

describe('print', () => {
  it('a policy prints without the navigation, with the text and its targets', async () => {
    const { page } = await h.open();
    await page.goto(h.url(policyPath(h.dir)));
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      // Rendered at all: checkVisibility() is false inside a display: none ancestor.
      const display = (sel: string) =>
        [...document.querySelectorAll(sel)].map((e) => (e.checkVisibility() ? `rendered (${getComputedStyle(e).display})` : 'none'));
      const visible = (sel: string) => [...document.querySelectorAll(sel)].some((e) => e.checkVisibility() && e.getBoundingClientRect().height > 0);
      return {
        hidden: {
          header: display('.site-header'),
          nav: display('nav.site-nav'),
          skip: display('.skip-link'),
          breadcrumbs: display('nav.breadcrumbs'),
          footer: display('.site-footer'),
          search: display('form[role="search"]'),
        },
        h1: visible('main h1'),
        text: visible('.policy-text'),
        marks: visible('.policy-text mark.target'),
        targets: visible('.policy-aside .target-list'),
      };
    });
    for (const [what, list] of Object.entries(shown.hidden)) {
      for (const d of list) expect(d, `${what} is printed`).toBe('none');
    }
    expect(shown.hidden.header.length + shown.hidden.nav.length).toBeGreaterThan(0);
    expect({ h1: shown.h1, text: shown.text, marks: shown.marks, targets: shown.targets }).toEqual({ h1: true, text: true, marks: true, targets: true });

    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
    console.log(`print: ${policyPath(h.dir)} is ${pages} A4 pages (${Math.round(pdf.length / 1024)} KB PDF)`);
  });
});
