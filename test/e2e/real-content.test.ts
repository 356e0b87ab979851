// Issue 9's journeys, on the site built from the samples and real texts (three of test/fixtures/corpus-real):
// who leads, honest statuses, search that finds text, a timeline that puts a deadline in its
// year, and charts legible on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './support/harness.ts';
import { departmentPath, policyPath } from './support/site.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('who leads', () => {
  it("the lead bureau's page lists the plan it leads and that plan's items, marked as coming from the lead", async () => {
    const { page, problems } = await h.open();
    await page.goto(h.url(departmentPath(h.dir, '县教育体育局')));
    const card = page.locator('dl.meta-card');
    await expect.poll(() => card.locator('dt', { hasText: '牵头或统筹的计划' }).count()).toBe(1);
    const leads = card.locator('dt:has-text("牵头或统筹的计划") + dd');
    expect(await leads.locator('a', { hasText: '镇康县教育高质量发展三年行动计划' }).count()).toBe(1);
    // the plan's items that name no unit are listed here, each marked
    const marked = page.locator('main .item-list .tag--lead');
    expect(await marked.count()).toBeGreaterThan(0);
    const total = await card.locator('dt:has-text("职责") + dd').first().innerText();
    expect(total).not.toMatch(/^0 项/);
    expect(problems).toEqual({ errors: [], failed: [] });
  });

  it('lists on the home page name the lead instead of 未注明 for items of a plan that has one', async () => {
    const { page } = await h.open();
    await page.goto(h.url('/'));
    const units = await page.locator('main .item-list li', { hasText: '镇康县教育高质量发展' }).allInnerTexts();
    for (const text of units) expect(text).not.toMatch(/责任单位：未注明/);
  });

  it('the home page and the department index count the same units', async () => {
    const { page } = await h.open();
    await page.goto(h.url('/'));
    const home = Number((await page.locator('.stats div', { hasText: '单位' }).locator('dd').innerText()).replace(/\D/g, ''));
    await page.goto(h.url('/departments/'));
    const index = Number((await page.locator('main p.lead').innerText()).match(/共 (\d+) 个/)![1]);
    expect(home).toBe(index);
  });
});

describe('honest statuses', () => {
  it('no milestone is 已逾期 without a record: past deadlines without one are 期限已过 · 无完成记录, not at risk', async () => {
    const { page } = await h.open();
    await page.goto(h.url('/progress/'));
    // data/milestones/ holds no record, so nothing may be overdue
    expect(await page.locator('a.progress[data-status="overdue"]').count()).toBe(0);
    expect(await page.locator('a.progress[data-status="lapsed"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a.progress[data-status="lapsed"]').first().innerText()).toBe('期限已过 · 无完成记录');
    await page.goto(h.url('/progress/methodology/'));
    expect(await page.locator('main').innerText()).toContain('期限已过而没有任何记录的');
  });
});

/** Submits a query on the search page and waits for its results. */
async function search(page: Page, q: string) {
  await page.goto(h.url(`/search/?q=${encodeURIComponent(q)}`));
  await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''));
  return page.locator('#search-results');
}

describe('search that finds text', () => {
  it('张桂梅 and 控辍保学 find paragraphs of the text, highlighted, linking to an anchor that exists', async () => {
    const { page, problems } = await h.open();
    for (const q of ['张桂梅', '控辍保学']) {
      const results = await search(page, q);
      const hit = results.locator('section[aria-labelledby="results-paragraph"] li').first();
      expect(await hit.locator('mark', { hasText: q }).count()).toBeGreaterThan(0);
      const href = (await hit.locator('a.item-title').getAttribute('href'))!;
      expect(href).toMatch(/#p-\d+$/);
      await hit.locator('a.item-title').click();
      await page.waitForURL((u) => u.hash === href.slice(href.indexOf('#')));
      const paragraph = await page.evaluate(() => document.getElementById(location.hash.slice(1))?.textContent ?? null);
      expect(paragraph).toContain(q);
    }
    expect(problems).toEqual({ errors: [], failed: [] });
  });

  it('镇康教育 finds 镇康县教育…; 毛入学律 finds 毛入学率', async () => {
    const { page } = await h.open();
    let results = await search(page, '镇康教育');
    expect(await results.locator('section[aria-labelledby="results-policy"] a', { hasText: '镇康县教育高质量发展' }).count()).toBe(1);
    results = await search(page, '毛入学律');
    expect(await results.locator('mark', { hasText: '毛入学率' }).count()).toBeGreaterThan(0);
  });

  it('2025 lists substantive hits before generic headings, each saying which policy it belongs to', async () => {
    const { page } = await h.open();
    const results = await search(page, '2025');
    const groups = await results.locator('section h2').allInnerTexts();
    expect(groups[0]).not.toMatch(/章节标题/);
    if (groups.some((g) => g.startsWith('章节标题'))) expect(groups.at(-1)).toMatch(/^章节标题/);
    for (const meta of await results.locator('section[aria-labelledby="results-target"] li > p.meta:first-of-type').allInnerTexts())
      expect(meta.length).toBeGreaterThan(4);
  });

  it('finds indicators and units', async () => {
    const { page } = await h.open();
    let results = await search(page, '毛入园率');
    expect(await results.locator('section[aria-labelledby="results-indicator"] a').count()).toBeGreaterThan(0);
    results = await search(page, '教体局');
    expect(await results.locator('section[aria-labelledby="results-department"] a', { hasText: '县教育体育局' }).count()).toBeGreaterThan(0);
  });
});

describe('timeline and charts', () => {
  it('the timeline puts a 2023 deadline in 2023, not on the 2024 line', async () => {
    const { page } = await h.open();
    await page.goto(h.url(policyPath(h.dir)));
    const placed = await page.$eval('#timeline-heading + figure svg.chart-wide', (svg) => {
      const lineX = (year: number) => Number(svg.querySelector(`g[data-year="${year}"] line`)?.getAttribute('x1'));
      const mark = svg.querySelector('g.mark[data-due="2023-12-31"]');
      const shape = mark?.querySelector('path, circle');
      const box = (shape as SVGGraphicsElement | null)?.getBBox();
      return { x: box ? box.x + box.width / 2 : NaN, from: lineX(2023), to: lineX(2024) };
    });
    expect(placed.x).toBeGreaterThan(placed.from);
    expect(placed.x).toBeLessThan(placed.to - 5);
  });

  it('on a 390 px phone every text of a chart renders at 11 px or more', async () => {
    const { page } = await h.open({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await page.goto(h.url('/indicators/'));
    const first = page.locator('main table a[href*="/indicators/"]').first();
    await page.goto(h.url((await first.getAttribute('href'))!));
    for (const path of [page.url(), h.url(policyPath(h.dir)), h.url('/deadlines/')]) {
      await page.goto(path);
      const sizes = await page.$$eval('figure.chart > svg', (svgs) =>
        svgs
          .filter((svg) => getComputedStyle(svg).display !== 'none')
          .flatMap((svg) => {
            const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
            return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
          }),
      );
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    }
    const shot = await page.locator('figure.chart').first().screenshot();
    expect(shot.length).toBeGreaterThan(1000);
  });
});
