// What people come to the site for, in a real browser: read a policy and its
// targets, search, take a department's obligations away as CSV and calendar,
// filter the targets explorer and share the view.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv, readIcs, unescapeIcsText } from './support/formats.ts';
import { onScreen, startHarness, type Harness } from './support/harness.ts';
import { departmentPath, policyPath } from './support/site.ts';
import { explorerRows } from './support/explorer.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The element the URL fragment points at, its highlighted sentence, and whether it shows as current. */
async function landing(page: Page) {
  return page.evaluate(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = document.getElementById(id);
    const mark = el?.closest('mark.target') ?? null;
    const box = (mark ?? el)?.getBoundingClientRect();
    const style = mark ? getComputedStyle(mark) : null;
    return {
      id,
      found: !!el,
      sentence: mark?.textContent ?? null,
      targets: (mark as HTMLElement | null)?.dataset.targets?.split(' ') ?? [],
      onScreen: !!box && box.bottom > 0 && box.top < innerHeight,
      outlined: !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    };
  });
}

describe('journey 1: a policy, from the side list to the sentence and back', () => {
  it('镇康: a target in the side list → its highlighted sentence → back to the entry', async () => {
    const { page, problems } = await h.open();
    await page.goto(h.url(policyPath(h.dir)));
    const item = page.locator('.policy-aside .target-list > li', { hasText: '九年义务教育巩固率达99.5%以上' }).first();
    const itemId = await item.getAttribute('id');
    expect(itemId).toMatch(/^item-t-[0-9a-z]+$/);
    const targetId = itemId!.slice('item-'.length);
    await item.locator(`a[href="#${targetId}"]`).click();
    await page.waitForURL((u) => u.hash === `#${targetId}`);
    const at = await landing(page);
    expect(at).toMatchObject({ found: true, onScreen: true, outlined: true });
    expect(at.sentence).toContain('九年义务教育巩固率达99.5%以上');

    // The small "目标" link in the sentence leads back to the entry in the side list.
    await page.locator(`mark.target[id="${targetId}"] a.target-ref`).click();
    await page.waitForURL((u) => u.hash === `#${itemId}`);
    expect((await onScreen(page, `#${itemId}`)).visible).toBe(true);
    expect(await page.$eval(`#${itemId}`, (li) => li.matches(':target') && getComputedStyle(li).outlineStyle !== 'none')).toBe(true);

    // And the browser's Back button retraces the steps.
    await page.goBack();
    await page.waitForURL((u) => u.hash === `#${targetId}`);
    expect((await landing(page)).onScreen).toBe(true);
    expect(problems).toEqual({ errors: [], failed: [] });
  });

  it('镇康: the side list holds the targets, each linking to a sentence of the text that contains it', async () => {
    const { page } = await h.open();
    await page.goto(h.url(policyPath(h.dir)));
    const entries = await page.$$eval('.policy-aside .target-list > li', (lis) =>
      lis.map((li) => {
        const href = li.querySelector('a[href^="#t-"]')?.getAttribute('href') ?? '';
        const el = document.getElementById(href.slice(1));
        return { li: li.id, href, phrase: li.querySelector('.phrase')?.textContent ?? '', sentence: el?.closest('mark.target')?.textContent ?? null };
      }),
    );
    expect(entries.length).toBeGreaterThan(50);
    const lost = entries.filter((e) => e.li !== `item-${e.href.slice(1)}` || e.sentence === null);
    expect(lost).toEqual([]);
    const heading = await page.locator('#targets-heading').innerText();
    expect(heading).toContain(String(entries.length));
  });

  // BUG (reported): a sentence holding several targets carries the first id; the
  // others are empty <span id> inside the <mark>. Only `mark.target:target` is
  // outlined, so following the 2nd, 3rd … target of a sentence (21 of 镇康's 70
  // entries, e.g. 高中阶段毛入学率达95.5%以上) lands on a sentence that is not
  // marked as the current one.
  it('镇康: every side-list entry lands on a sentence highlighted as the current one', async () => {
    const { page } = await h.open();
    await page.goto(h.url(policyPath(h.dir)));
    const hrefs = await page.$$eval('.policy-aside .target-list > li a[href^="#t-"]', (as) => as.map((a) => a.getAttribute('href')!));
    const unmarked: string[] = [];
    for (const href of hrefs) {
      await page.$eval(`.policy-aside a[href="${href}"]`, (a) => (a as HTMLElement).click());
      await page.waitForFunction((h) => location.hash === h, href);
      const at = await landing(page);
      if (!at.onScreen || !at.outlined) unmarked.push(`${href} (${at.sentence?.slice(0, 20)}…)`);
    }
    expect(unmarked).toEqual([]);
  });
});

describe('journey 2: search', () => {
  /** Types the query into the search box of a page (the home page's own, else the header's) and submits. */
  async function search(page: Page, q: string, from = '/') {
    await page.goto(h.url(from));
    const form = page.locator('form[role="search"]').first();
    await form.locator('input[name="q"]').fill(q);
    await form.locator('input[name="q"]').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''));
    return page.locator('#search-results');
  }

  it('毛入学率 from the home page: results link to the exact sentence in 德州 and 镇康', async () => {
    const { page, problems } = await h.open();
    const results = await search(page, '毛入学率');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=毛入学率');
    expect(await page.inputValue('#search-q')).toBe('毛入学率');
    const targets = results.locator('section[aria-labelledby="results-target"] a.item-title');
    expect(await targets.count()).toBeGreaterThanOrEqual(2);

    for (const [slug, sentence] of [
      ['zhenkang', '高中阶段毛入学率达95.5%以上'],
      ['dezhou', '高中阶段教育毛入学率达到 95%以上'],
    ] as const) {
      const link = results.locator(`a.item-title[href*="${slug}"][href*="#t-"]`, { hasText: sentence }).first();
      // the first five targets are shown; the rest on request
      while (!(await link.count())) {
        const before = await targets.count();
        await results.locator('section[aria-labelledby="results-target"]').getByRole('button', { name: '显示更多' }).click();
        await page.waitForFunction((n) => document.querySelectorAll('section[aria-labelledby="results-target"] a.item-title').length > n, before);
      }
      const href = (await link.getAttribute('href'))!;
      await link.click();
      await page.waitForURL((u) => u.pathname.includes(slug));
      expect(new URL(page.url()).hash).toBe(href.slice(href.indexOf('#')));
      const at = await landing(page);
      expect(at.found).toBe(true);
      expect(at.onScreen).toBe(true);
      expect(at.sentence).toContain(sentence);
      await page.goBack();
      await page.waitForFunction(() => (document.getElementById('search-results')?.children.length ?? 0) > 0);
    }
    expect(problems).toEqual({ errors: [], failed: [] });
  });

  it('教体局, 2025 and 优质均衡 give results', async () => {
    const { page } = await h.open();
    // From the header search box of a policy page.
    let results = await search(page, '教体局', policyPath(h.dir));
    expect(await page.locator('form.header-search').count()).toBe(0);
    expect(await results.locator('section[aria-labelledby="results-department"] a', { hasText: '镇康县 · 县教育体育局' }).count()).toBe(1);

    results = await search(page, '2025');
    expect(Number((await page.locator('#search-status').innerText()).match(/\d+/)?.[0])).toBeGreaterThan(50);
    expect(await results.locator('section[aria-labelledby="results-policy"] a').count()).toBeGreaterThan(0);
    expect(await results.locator('section[aria-labelledby="results-target"] a').count()).toBeGreaterThan(0);

    results = await search(page, '优质均衡');
    const titles = await results.locator('section[aria-labelledby="results-target"] a.item-title').allInnerTexts();
    expect(titles.length).toBeGreaterThanOrEqual(3);
    for (const t of titles) expect(t).toContain('优质均衡');
  });

  it('as one types, the URL names the query whose answer is on screen', async () => {
    const { page, problems } = await h.open();
    await page.goto(h.url('/search/'));
    const box = page.locator('#search-q');
    const query = () => decodeURIComponent(new URL(page.url()).search);
    await box.pressSequentially('毛入学率');
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')?.textContent ?? ''));
    await page.waitForFunction(() => decodeURIComponent(location.search) === '?q=毛入学率');
    // a one-character query right after: the page asks for more, and no late update of the
    // answer before it brings that answer's URL back
    await box.fill('');
    await box.pressSequentially('教');
    await page.waitForFunction(() => decodeURIComponent(location.search) === '?q=教');
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50))));
    expect(query()).toBe('?q=教');
    expect(await page.locator('#search-results').locator('li').count()).toBe(0);
    expect(problems).toEqual({ errors: [], failed: [] });
  });

  it('shows the first hits of each type, and more of a type on request', async () => {
    const { page, problems } = await h.open();
    const results = await search(page, '2025');
    const section = results.locator('section[aria-labelledby="results-target"]');
    const links = section.locator('a.item-title');
    expect(await links.count()).toBe(5);
    const first = await links.allInnerTexts();
    await section.getByRole('button', { name: '显示更多' }).click();
    await page.waitForFunction(() => document.querySelectorAll('section[aria-labelledby="results-target"] a.item-title').length > 5);
    const all = await results.locator('section[aria-labelledby="results-target"] a.item-title').allInnerTexts();
    expect(all.slice(0, 5)).toEqual(first);
    // the keyboard is on the first hit added; the other types are as they were
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(all[5]);
    expect(await results.locator('section[aria-labelledby="results-policy"] a.item-title').count()).toBeLessThanOrEqual(5);
    expect(problems).toEqual({ errors: [], failed: [] });
  });

  it('full-width digits find what half-width ones do; markup in a query stays text', async () => {
    const { page } = await h.open();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await search(page, '2025');
    const half = await page.locator('#search-status').innerText();
    await search(page, '２０２５');
    expect(await page.locator('#search-status').innerText()).toBe(half);
    const attack = '<img src=x onerror=alert(1)>';
    await search(page, attack);
    expect(await page.locator('#search-status').innerText()).toContain(attack);
    expect(await page.locator('#search-status img, #search-results img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('typing on the search page searches as you type and keeps the query in the URL', async () => {
    const { page } = await h.open();
    await page.goto(h.url('/search/'));
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent === '请输入关键词。');
    await page.locator('#search-form #search-q').pressSequentially('巩固率', { delay: 30 });
    // Results follow each keystroke; wait for those of the whole word.
    await page.waitForFunction(
      () => decodeURIComponent(location.search) === '?q=巩固率' && /找到/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    expect(await page.locator('#search-results a', { hasText: '巩固率' }).count()).toBeGreaterThan(0);
    await page.locator('#search-q').fill('没有这样的词语啊');
    await page.waitForFunction(() => /没有找到/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results a').count()).toBe(0);
  });
});

describe('journey 3: a department, its CSV and its calendar', () => {
  it('镇康县 · 乡(镇)党委政府: the downloads hold its targets, as Excel and calendar apps need them', async () => {
    const { page, problems } = await h.open();
    await page.goto(h.url('/departments/'));
    const section = page.locator('main section', { has: page.locator('h2', { hasText: '镇康县' }) });
    await section.getByRole('link', { name: '乡(镇)党委政府', exact: true }).click();
    const downloads = page.locator('section[aria-labelledby="downloads-heading"]');
    await page.waitForURL(`**${departmentPath(h.dir)}`);
    expect(await page.locator('h1').innerText()).toBe('镇康县 · 乡(镇)党委政府');

    // The targets listed on the page.
    const listed = await page.$$eval('main .item-list a[href*="#t-"]', (as) => [...new Set(as.map((a) => a.getAttribute('href')!.split('#')[1]))]);
    const dated = await page.$$eval('section[aria-labelledby="dated-heading"] .item-list a[href*="#t-"]', (as) => [
      ...new Set(as.map((a) => a.getAttribute('href')!.split('#')[1])),
    ]);
    expect(listed.length).toBeGreaterThan(0);
    expect(dated.length).toBeGreaterThan(0);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), downloads.locator('a[href$=".csv"]').first().click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readCsv(readFileSync((await csvDownload.path())!));
    expect(csv.problems).toEqual([]);
    expect(csv.header.slice(0, 3)).toEqual(['目标编号', '类型', '目标表述']);
    for (const col of ['期限', '期限截止日', '状态', '责任单位', '政策文件', '链接', '原文']) expect(csv.header).toContain(col);
    expect(csv.rows.map((r) => r['目标编号']).sort()).toEqual([...listed].sort());
    for (const r of csv.rows) {
      expect(r['责任单位']).toContain('镇康县 · 乡(镇)党委政府');
      expect(r['链接']).toMatch(new RegExp(`/policies/zhenkang-education-2023-2025/#${r['目标编号']}$`));
    }
    const quantity = csv.rows.find((r) => r['目标表述'] === '九年义务教育巩固率达99.5%以上');
    expect(quantity).toMatchObject({ 类型: '量化目标', 目标值: '99.5', 单位: '%', 期限截止日: '2025-12-31', 状态: '期限已过' });

    const [icsDownload] = await Promise.all([page.waitForEvent('download'), downloads.locator('a[href$=".ics"]').first().click()]);
    expect(icsDownload.suggestedFilename()).toMatch(/\.ics$/);
    const ics = readIcs(readFileSync((await icsDownload.path())!));
    expect(ics.problems).toEqual([]);
    expect(ics.calendar.get('X-WR-CALNAME')).toContain('乡(镇)党委政府');
    // One event per dated target, on its deadline, pointing at its sentence.
    expect(ics.events.length).toBe(dated.length);
    for (const id of dated) {
      const event = ics.events.find((e) => e.get('UID')!.includes(id));
      expect(event, `no event for ${id}`).toBeDefined();
      const row = csv.rows.find((r) => r['目标编号'] === id)!;
      expect(event!.get('DTSTART')).toBe(row['期限截止日'].replaceAll('-', ''));
      expect(event!.get('DTSTAMP')).toBe('20261125T000000Z');
      expect(unescapeIcsText(event!.get('DESCRIPTION') ?? '')).toContain(row['原文']);
      // no public URL is set for the test build: a relative link in the CSV, no URL in the calendar
      expect(row['链接']).toMatch(/^\/policies\/[a-z0-9-]+\/#/);
      expect(event!.get('URL')).toBeUndefined();
    }
    // Text with commas is escaped (the sentences are full of them).
    expect(ics.events.some((e) => e.get('DESCRIPTION')!.includes('\\,'))).toBe(true);
    expect(problems).toEqual({ errors: [], failed: [] });
  });

  it('a department without targets (镇康县 · 县委办公室, which issued a plan) still offers a valid, empty CSV and calendar', async () => {
    const path = departmentPath(h.dir, '县委办公室');
    const csv = readCsv(Buffer.from(await (await fetch(h.url(path.replace(/\/$/, '.csv')))).arrayBuffer()));
    expect(csv.problems).toEqual([]);
    expect(csv.header[0]).toBe('目标编号');
    expect(csv.rows).toEqual([]);
    const ics = readIcs(Buffer.from(await (await fetch(h.url(path.replace(/\/$/, '.ics')))).arrayBuffer()));
    expect(ics.problems).toEqual([]);
    expect(ics.events).toEqual([]);
  });
});

describe('journey 4: the targets explorer', () => {
  const rowIds = (page: Page) => page.$$eval('#explorer-table tbody tr td:first-child a', (as) => as.map((a) => a.getAttribute('href')!.split('#')[1]));
  const ready = (page: Page) => page.waitForSelector('#explorer-form:not([hidden])');
  /** The rows the filter fetched are on screen. */
  const drawn = (page: Page) => page.waitForSelector('#explorer-table[aria-busy="false"]');

  it('filter by department, deadline year and kind; reload and share the URL; download the view', async () => {
    const { page, problems } = await h.open();
    await page.goto(h.url('/targets/'));
    await ready(page);
    const department = departmentPath(h.dir).split('/')[2];
    const all = await page.locator('#explorer-count').innerText();

    await page.selectOption('#explorer-form select[name="department"]', department);
    await page.selectOption('#explorer-form select[name="year"]', '2025');
    await page.selectOption('#explorer-form select[name="kind"]', 'quantity');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('kind') === 'quantity');
    await drawn(page);
    expect(await page.locator('#explorer-count').innerText()).not.toBe(all);

    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ department, year: '2025', kind: 'quantity' });

    // What the table shows is exactly what the data says.
    const expected = (await explorerRows((p) => h.url(p)))
      .filter((r) => r.units.includes(department) && r.year === 2025 && r.kind === 'quantity')
      .map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    const shown = await rowIds(page);
    expect(shown.sort()).toEqual([...expected].sort());
    for (const row of await page.$$eval('#explorer-table tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''))) {
      expect(row).toContain('乡(镇)党委政府');
      expect(row).toContain('2025');
      expect(row).toContain('量化目标');
    }
    expect(await page.locator('#explorer-count').innerText()).toContain(`${expected.length} / ${expected.length}`);

    // Reload: the same view.
    await page.reload();
    await ready(page);
    await page.waitForFunction((n) => document.querySelectorAll('#explorer-table tbody tr').length === n, expected.length);
    expect((await rowIds(page)).sort()).toEqual(shown);
    expect(await page.inputValue('select[name="department"]')).toBe(department);
    expect(await page.inputValue('select[name="year"]')).toBe('2025');
    expect(await page.inputValue('select[name="kind"]')).toBe('quantity');

    // The shared URL in someone else's browser: the same view.
    const other = await h.open();
    await other.page.goto(url.href);
    await ready(other.page);
    await other.page.waitForFunction((n) => document.querySelectorAll('#explorer-table tbody tr').length === n, expected.length);
    expect((await rowIds(other.page)).sort()).toEqual(shown);

    // Download the view: the same rows, as a CSV Excel opens.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#explorer-csv').click()]);
    expect(download.suggestedFilename()).toBe('luoshi-targets-2026-11-25.csv');
    const csv = readCsv(readFileSync((await download.path())!));
    expect(csv.problems).toEqual([]);
    expect(csv.rows.map((r) => r['目标编号']).sort()).toEqual(shown);
    for (const r of csv.rows) {
      expect(r['类型']).toBe('量化目标');
      expect(r['期限截止日']).toMatch(/^2025-/);
      expect(r['责任单位']).toContain('乡(镇)党委政府');
    }
    // The same columns as the full download.
    const full = readCsv(Buffer.from(await (await fetch(h.url('/targets.csv'))).arrayBuffer()));
    expect(csv.header).toEqual(full.header);
    // (The view links to the origin it was downloaded from; the full file, built without a public URL, relatively.)
    const local = (r: Record<string, string>) => ({ ...r, 链接: new URL(r['链接'], 'http://x').pathname + new URL(r['链接'], 'http://x').hash });
    for (const r of csv.rows) expect(local(full.rows.find((f) => f['目标编号'] === r['目标编号'])!)).toEqual(local(r));
    expect(problems).toEqual({ errors: [], failed: [] });
    expect(other.problems).toEqual({ errors: [], failed: [] });
  });

  it('clearing the filters brings every target back', async () => {
    const { page } = await h.open();
    await page.goto(h.url('/targets/?kind=milestone'));
    await ready(page);
    const rows = await explorerRows((p) => h.url(p));
    const milestones = rows.filter((r) => r.kind === 'milestone').length;
    await page.waitForFunction((n) => document.querySelectorAll('#explorer-table tbody tr').length === n, milestones);
    await page.locator('#explorer-form button[type="reset"]').click();
    await page.waitForFunction((n) => document.querySelectorAll('#explorer-table tbody tr').length === Math.min(n, 300), rows.length);
    expect(new URL(page.url()).search).toBe('');
  });
});
