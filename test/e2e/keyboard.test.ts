// The site without a mouse: the skip link, the search forms and the explorer's
// filters work from the keyboard, and whatever has focus shows it.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from './support/formats.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { departmentPath, policyPath } from './support/site.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

interface Focused {
  tag: string;
  id: string;
  name: string;
  text: string;
  href: string;
  inMain: boolean;
  focusVisible: boolean;
  indicator: string | null;
  onScreen: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { tag: 'body', id: '', name: '', text: '', href: '', inMain: false, focusVisible: false, indicator: null, onScreen: false };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? `outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}` : null;
    const shadow = s.boxShadow && s.boxShadow !== 'none' ? `box-shadow ${s.boxShadow}` : null;
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name: el.getAttribute('name') ?? '',
      text: (el.textContent ?? '').trim().slice(0, 30),
      href: el.getAttribute('href') ?? '',
      inMain: !!el.closest('main'),
      focusVisible: el.matches(':focus-visible'),
      indicator: outline ?? shadow,
      onScreen: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth && r.width > 0 && r.height > 0,
    };
  });
}

/** Presses Tab until `match` holds for the focused element (at most `max` times). */
async function tabTo(page: Page, match: (f: Focused) => boolean, max = 40): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error(`Tab never reached the element (${max} presses) on ${page.url()}`);
}

describe('skip link', () => {
  for (const path of ['/', '/targets/', 'policy']) {
    it(`${path}: the first Tab shows "跳到正文", Enter moves focus to the main content`, async () => {
      const { page } = await h.open();
      await page.goto(h.url(path === 'policy' ? policyPath(h.dir) : path));
      await page.keyboard.press('Tab');
      const skip = await focused(page);
      expect(skip).toMatchObject({ tag: 'a', text: '跳到正文', onScreen: true, focusVisible: true });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#main' && document.activeElement?.id === 'main');
      await page.keyboard.press('Tab');
      expect((await focused(page)).inMain).toBe(true);
    });
  }
});

describe('search by keyboard', () => {
  it('the search page: Tab to the box, type, Enter; Tab on to a result and open it', async () => {
    const { page } = await h.open();
    await page.goto(h.url('/search/'));
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent === '请输入关键词。');
    await tabTo(page, (f) => f.id === 'search-q');
    await page.keyboard.type('毛入学率');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => /^找到/.test(document.getElementById('search-status')?.textContent ?? '') && decodeURIComponent(location.search) === '?q=毛入学率',
    );
    // the first target among the results (indicators are listed before targets)
    const result = await tabTo(page, (f) => f.tag === 'a' && f.text.includes('毛入学率') && /#t-/.test(f.href), 12);
    expect(result.onScreen && result.focusVisible).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/policies\/.+#t-/);
    expect(await page.evaluate(() => !!document.getElementById(location.hash.slice(1))?.closest('mark.target'))).toBe(true);
  });

  it('the header search box of another page: Tab to it, type, Enter', async () => {
    const { page } = await h.open();
    await page.goto(h.url(departmentPath(h.dir)));
    const box = await tabTo(page, (f) => f.id === 'header-q');
    expect(box.onScreen && box.focusVisible && box.indicator !== null).toBe(true);
    await page.keyboard.type('教体局');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results a', { hasText: '县教育体育局' }).count()).toBeGreaterThan(0);
  });
});

describe('explorer filters by keyboard', () => {
  it('choose a year and a kind with the keyboard, then download the view with Enter', async () => {
    const { page } = await h.open();
    await page.goto(h.url('/targets/'));
    await page.waitForSelector('#explorer-form:not([hidden])');
    const before = await page.locator('#explorer-count').innerText();

    const year = await tabTo(page, (f) => f.name === 'year');
    expect(year.focusVisible && year.indicator !== null && year.onScreen).toBe(true);
    await page.keyboard.type('2025');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2025');
    await page.waitForSelector('#explorer-table[aria-busy="false"]');
    expect(await page.locator('#explorer-count').innerText()).not.toBe(before);

    const kind = await tabTo(page, (f) => f.name === 'kind', 3);
    expect(kind.focusVisible && kind.indicator !== null).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('kind') !== null);
    await page.waitForSelector('#explorer-table[aria-busy="false"]');
    const picked = await page.inputValue('select[name="kind"]');
    expect(picked).not.toBe('');

    const rows = await page.$$eval('#explorer-table tbody tr', (trs) => trs.length);
    expect(rows).toBeGreaterThan(0);
    const button = await tabTo(page, (f) => f.id === 'explorer-csv', 6);
    expect(button.focusVisible && button.indicator !== null && button.onScreen).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const csv = readCsv(readFileSync((await download.path())!));
    expect(csv.problems).toEqual([]);
    expect(csv.rows.length).toBe(rows);
    for (const r of csv.rows) expect(r['期限截止日']).toMatch(/^2025-/);

    // Shift+Tab back to "清除筛选", Enter: everything again.
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).text).toBe('清除筛选');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).search === '');
    expect(await page.inputValue('select[name="year"]')).toBe('');
  });
});

describe('focus is visible', () => {
  for (const path of ['/', '/policies/', 'policy', '/targets/', '/departments/', 'department', '/deadlines/', '/search/?q=2025', '/no-such-page/']) {
    it(`${path}: every Tab stop (up to 60) shows a focus indicator and is on screen`, async () => {
      const { page } = await h.open();
      const url = path === 'policy' ? policyPath(h.dir) : path === 'department' ? departmentPath(h.dir) : path;
      await page.goto(h.url(url));
      if (path.startsWith('/search/')) await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')?.textContent ?? ''));
      if (path === '/targets/') await page.waitForSelector('#explorer-form:not([hidden])');
      const bad: string[] = [];
      let stops = 0;
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (f.tag === 'body') break;
        stops++;
        if (!f.focusVisible || !f.indicator || !f.onScreen)
          bad.push(`${f.tag}#${f.id}[name=${f.name}] "${f.text}": ${!f.onScreen ? 'off screen' : 'no focus indicator'}`);
      }
      expect(stops).toBeGreaterThan(3);
      expect(bad).toEqual([]);
    });
  }
});
