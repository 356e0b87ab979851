// A site larger than one page of each list (issue 9, item 8): the fixture policies copied under
// new slugs and titles, built with `astro build` in a repository copy. The policies list comes
// in linked pages that work without JavaScript; its filters and sort orders read only the
// chunks of the facet value chosen; the departments index lists regions in pages, each with a page
// of its units; an indicator of many regions merges its chart's goals and pages its regions without
// data; a filter of more regions than a page lists reads them from a file; the targets explorer
// downloads only that on a first visit,
// and a filter only the scope and chunks it needs; a unit's obligations come in pages whose
// items add up to its count; the paged views pass axe.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext } from './support/browser.ts';
import { explorerRows } from './support/explorer.ts';
import { serveDir, type StaticServer } from './support/server.ts';
import { astroBuild, copyRepo, removeRepo, ROOT, tail } from './support/repo.ts';
import { departmentSlug } from '../../src/site/departments.ts';
import { LIST_PAGE } from '../../src/site/policy-list.ts';
import { CHUNK_ROWS } from '../../src/search/explorer-scopes.ts';
import { INLINE_OPTIONS } from '../../src/site/select-options.ts';
import { DEPARTMENT_PAGE } from '../../src/site/department-pages.ts';
import { DEPARTMENTS_ON_INDEX, REGIONS_PAGE, regionSlug } from '../../src/site/department-index.ts';
import { MISSING_LIMIT, WAITING_LIMIT } from '../../src/progress/summary.ts';
import { CHART_MARKS } from '../../src/charts/indicator-input.ts';
import { formatCount } from '../../src/i18n/format.ts';
import { brokenAnchors } from '../support/site-anchors.ts';
import { countDisagreements } from '../support/site-counts.ts';

const FIXTURES = join(ROOT, 'test', 'site', 'fixtures');
const COPIES = 60;
const jiaoti = departmentSlug('镇康县', '县教育体育局');

/** The fixture policies, each copied COPIES times under a new slug and title. */
function writeCopies(dir: string): number {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for (const file of readdirSync(join(FIXTURES, 'policies')).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(join(FIXTURES, 'policies', file), 'utf8');
    for (let c = 0; c < COPIES; c++) {
      const slug = `${file.replace(/\.mdx$/, '')}-c${c}`;
      writeFileSync(
        join(dir, `${slug}.mdx`),
        text
          .replace(/^slug: .*$/m, `slug: ${slug}`)
          .replace(/^ {2}title: "(.*)"$/m, (_, title: string) => `  title: "${title}（副本 ${String(c).padStart(2, '0')}）"`),
      );
      n++;
    }
  }
  return n;
}

/**
 * Policies of regions of their own: the 镇康 plan under other county names, so that the site has
 * more units than the departments index lists on one page, and the 德州 plan under other city
 * names, so that the index's regions fill more than one page.
 */
const REGION_COPIES = Math.ceil(DEPARTMENTS_ON_INDEX / 8) + 2;
const CITY_COPIES = REGIONS_PAGE;
function writeRegionCopies(dir: string, file: string, region: string, count: number, name: (i: number) => string): number {
  const text = readFileSync(join(FIXTURES, 'policies', `${file}.mdx`), 'utf8');
  for (let i = 0; i < count; i++) {
    const slug = `${file}-r${i}`;
    writeFileSync(
      join(dir, `${slug}.mdx`),
      text
        .replace(/^slug: .*$/m, `slug: ${slug}`)
        .replace(/^ {2}title: "(.*)"$/m, (_, title: string) => `  title: "${title}（${name(i)}）"`)
        .replaceAll(`region: "${region}"`, `region: "${name(i)}"`),
    );
  }
  return count;
}

let root: string;
let out: string;
let server: StaticServer;
let browser: Browser;
let policies: number;

beforeAll(async () => {
  root = copyRepo('luoshi-e2e-paged-');
  cpSync(FIXTURES, join(root, 'fixtures'), { recursive: true });
  const dir = join(root, 'paged-policies');
  policies =
    writeCopies(dir) +
    writeRegionCopies(dir, 'zhenkang-education-2023-2025', '镇康县', REGION_COPIES, (i) => `演示${i}县`) +
    writeRegionCopies(dir, 'dezhou-county-high-school-2023', '德州市', CITY_COPIES, (i) => `演示${i}市`);
  out = join(root, 'site');
  const result = await astroBuild(root, out, { LUOSHI_CONTENT: join(root, 'paged-policies'), LUOSHI_DATA: 'fixtures/data' });
  if (result.code !== 0) throw new Error(`astro build of the paged site exited with ${result.code}:\n${tail(result.stdout + '\n' + result.stderr)}`);
  server = await serveDir(out);
  browser = await launch();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) removeRepo(root);
});

const url = (path: string) => `${server.origin}${path}`;

/** A page in a fresh context (nothing cached), with the paths of the JSON files it fetched. */
async function open(javaScriptEnabled = true): Promise<{ page: Page; json: string[]; errors: string[] }> {
  const context = await newContext(browser, { javaScriptEnabled });
  const page = await context.newPage();
  const json: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.json')) json.push(path);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, json, errors };
}

const drawn = (page: Page, table: string) => page.waitForSelector(`${table}[aria-busy="false"]`);
const hrefs = (page: Page, table: string) => page.$$eval(`${table} tbody tr td:first-child a`, (as) => as.map((a) => a.getAttribute('href')!));

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the policies list in pages', () => {
  it('without JavaScript: numbered pages that link to each other and hold every policy once', async () => {
    const { page, errors } = await open(false);
    await page.goto(url('/policies/'));
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      const rows = await hrefs(page, '#policy-table');
      expect(rows.length).toBe(Math.min(LIST_PAGE, policies - seen.length));
      seen.push(...rows);
      expect(await page.locator('#policy-pager a[aria-current="page"]').innerText()).toBe(String(n));
      const next = page.locator('#policy-pager a[rel="next"]');
      if (!(await next.count())) break;
      await next.click();
      await page.waitForURL(url(`/policies/page/${n + 1}/`));
    }
    expect(seen.length).toBe(policies);
    expect(new Set(seen).size).toBe(policies);
    expect(errors).toEqual([]);
  });

  it('a filter and an order read only the chunks of the facet value chosen', async () => {
    const { page, json, errors } = await open();
    await page.goto(url('/policies/?region=%E9%95%87%E5%BA%B7%E5%8E%BF&sort=title'));
    await page.waitForSelector('#policy-filters:not([hidden])');
    await drawn(page, '#policy-table');
    const titles = await page.$$eval('#policy-table tbody tr td:first-child a', (as) => as.map((a) => a.textContent!));
    expect(titles.length).toBe(COPIES);
    expect(titles.every((t) => t.startsWith('镇康县'))).toBe(true);
    // more regions than a page lists: the select's options come from a file, the one chosen selected
    const regions = page.locator('#policy-filters select[name="region"]');
    expect(await regions.getAttribute('data-options')).toBe('/policies/facets/region.json');
    expect(await regions.inputValue()).toBe('镇康县');
    expect(await regions.locator('option').count()).toBeGreaterThan(INLINE_OPTIONS);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('zh-CN').compare));
    expect(await page.locator('#policy-count').innerText()).toContain(`${COPIES} / ${COPIES}`);
    expect(await page.locator('#policy-pager').isHidden()).toBe(true);
    expect(json[0]).toBe('/policies/facets/region.json');
    expect(json.length).toBeGreaterThan(1);
    expect(json.slice(1).every((p) => /^\/policies\/list\/title\/region-[0-9a-z]+\/\d+\.json$/.test(p))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the whole list in another order: a page at a time, more on demand', async () => {
    const { page, json } = await open();
    await page.goto(url('/policies/'));
    await page.waitForSelector('#policy-filters:not([hidden])');
    // only the list of regions (too many for the page's HTML)
    expect(json).toEqual(['/policies/facets/region.json']);
    await page.selectOption('#policy-filters select[name="sort"]', 'targets');
    await drawn(page, '#policy-table');
    const counts = async () => page.$$eval('#policy-table tbody tr td:last-child', (tds) => tds.map((td) => Number(td.textContent)));
    expect((await counts()).length).toBe(LIST_PAGE);
    await page.locator('#policy-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#policy-table tbody tr').length === n, 2 * LIST_PAGE);
    const all = await counts();
    expect(all).toEqual([...all].sort((a, b) => b - a));
    expect(json).toEqual(['/policies/facets/region.json', '/policies/list/targets/all/0.json', '/policies/list/targets/all/1.json']);
  });
});

describe('the targets explorer in parts', () => {
  it('a first visit downloads only its list of regions; “more” reads on from the rows the page holds', async () => {
    const { page, json, errors } = await open();
    await page.goto(url('/targets/'));
    await page.waitForSelector('#explorer-form:not([hidden])');
    expect(json).toEqual(['/targets/regions.json']);
    expect(await page.locator('#explorer-form select[name="region"] option').count()).toBeGreaterThan(INLINE_OPTIONS);
    const served = await explorerRows(url);
    expect(served.length).toBeGreaterThan(3 * CHUNK_ROWS);
    const first = await hrefs(page, '#explorer-table');
    await page.locator('#explorer-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#explorer-table tbody tr').length === n, 2 * first.length);
    await drawn(page, '#explorer-table');
    const ids = (await hrefs(page, '#explorer-table')).map((h) => h.split('#')[1]);
    expect(ids).toEqual(served.slice(0, 2 * first.length).map((r) => r.id));
    // the chunks up to the last row shown, and no more
    const chunks = Math.ceil((2 * first.length) / CHUNK_ROWS);
    expect(json).toEqual(['/targets/regions.json', '/targets/d/all.json', ...Array.from({ length: chunks }, (_, n) => `/targets/d/all/${n}.json`)]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('a unit and a year: the unit’s scope only, and an exact count', async () => {
    const { page, json, errors } = await open();
    await page.goto(url(`/targets/?department=${jiaoti}&year=2025`));
    await page.waitForSelector('#explorer-form:not([hidden])');
    await drawn(page, '#explorer-table');
    const expected = (await explorerRows(url)).filter((r) => (r.units.includes(jiaoti) || r.leads.includes(jiaoti)) && r.year === 2025);
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.$$eval('#explorer-table tbody tr', (trs) => trs.length)).toBe(Math.min(expected.length, 300));
    expect(await page.locator('#explorer-count').innerText()).toContain(`/ ${formatCount(expected.length)} 项`);
    expect(json.filter((p) => p.startsWith('/targets/d/')).every((p) => p.startsWith(`/targets/d/u/${jiaoti}`))).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('a unit’s obligations in pages', () => {
  it('add up to its count, in pages linked without JavaScript', async () => {
    const { page, errors } = await open(false);
    await page.goto(url(`/departments/${jiaoti}/`));
    const total = Number(/(\d+) 项/.exec(await page.locator('xpath=//dl[@class="meta-card"]/dt[text()="职责"]/following-sibling::dd[1]').innerText())![1]);
    expect(total).toBeGreaterThan(DEPARTMENT_PAGE);
    let items = 0;
    for (let n = 1; ; n++) {
      items += await page.locator('main .item-list > li').count();
      const next = page.locator('nav.pager a[rel="next"]');
      if (!(await next.count())) break;
      await next.click();
      await page.waitForURL(url(`/departments/${jiaoti}/page/${n + 1}/`));
    }
    expect(items).toBe(total);
    expect(errors).toEqual([]);
  });
});

describe('the departments index by region', () => {
  it('lists the regions with their units, in pages; each region page lists those units, all of them once', async () => {
    const { page, errors } = await open(false);
    await page.goto(url('/departments/'));
    const total = Number((await page.locator('.lead').innerText()).match(/共 ([\d,]+) 个/)![1].replace(/,/g, ''));
    expect(total).toBeGreaterThan(DEPARTMENTS_ON_INDEX);
    const regions: { href: string; units: number }[] = [];
    for (let n = 1; ; n++) {
      const rows = await page.$$eval('.dep-table tbody tr', (trs) =>
        trs.map((r) => ({ href: r.querySelector('a')!.getAttribute('href')!, units: Number(r.querySelectorAll('td')[1].textContent!.replace(/,/g, '')) })),
      );
      expect(rows.length).toBeLessThanOrEqual(REGIONS_PAGE);
      regions.push(...rows);
      const next = page.locator('nav.pager a[rel="next"]');
      if (!(await next.count())) break;
      await next.click();
      await page.waitForURL(url(`/departments/page/${n + 1}/`));
    }
    expect(regions.length).toBeGreaterThan(REGIONS_PAGE);
    expect(new Set(regions.map((r) => r.href)).size).toBe(regions.length);
    expect(regions.reduce((n, r) => n + r.units, 0)).toBe(total);
    const seen = new Set<string>();
    for (const region of regions) {
      await page.goto(url(region.href));
      const units = await hrefs(page, '.dep-table');
      expect(units.length).toBe(region.units);
      for (const u of units) seen.add(u);
    }
    expect(seen.size).toBe(total);
    await page.goto(url([...seen][0]));
    expect(await page.locator('h1').count()).toBe(1);
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('an indicator whose targets come from many regions', () => {
  it('draws merged goals, names its first regions without data and links to the rest', async () => {
    const id = 'compulsory-high-quality-balanced-share';
    const { page, errors } = await open(false);
    await page.goto(url(`/indicators/${id}/`));
    const marks = await page.locator('#indicator-chart svg.chart-wide .target-mark').count();
    expect(marks).toBeGreaterThan(0);
    expect(marks).toBeLessThanOrEqual(CHART_MARKS);
    expect(await page.locator('#indicator-chart svg.chart-wide .target-label').first().textContent()).toMatch(/个地区）$/);
    expect(await page.locator('#indicator-chart > p.note').innerText()).toContain('合并标注');
    expect(await page.locator('#waiting .waiting-list > li').count()).toBe(WAITING_LIMIT);
    const more = page.locator('#waiting a[href^="/progress/missing/"]');
    const rest = Number((await more.innerText()).match(/另有 ([\d,]+) 个地区/)![1].replace(/,/g, ''));
    await more.click();
    await page.waitForURL(/\/progress\/missing\//);
    expect(new URL(page.url()).hash).toBe(`#missing-${id}`);
    expect(await page.locator(`#missing-${id}`).count()).toBe(1);
    // the indicator's rows on this page and the pages after it: every region waiting for its data
    let rows = 0;
    for (let n = Number(/page\/(\d+)/.exec(page.url())?.[1] ?? 1); ; n++) {
      rows += await page.locator(`#progress-missing tbody tr:has(a[href="/indicators/${id}/"])`).count();
      const next = page.locator('nav.pager a[rel="next"]');
      if (!(await next.count())) break;
      await next.click();
      await page.waitForURL(url(`/progress/missing/page/${n + 1}/`));
    }
    expect(rows).toBe(WAITING_LIMIT + rest);
    expect(errors).toEqual([]);
  });

  it('the progress page shows the first rows of the data still missing; its pages hold them all, once', async () => {
    const { page, errors } = await open(false);
    await page.goto(url('/progress/'));
    expect(await page.locator('#progress-missing tbody tr').count()).toBe(MISSING_LIMIT);
    const link = page.locator('a[href="/progress/missing/"]');
    const total = Number((await link.innerText()).match(/（([\d,]+) 项/)![1].replace(/,/g, ''));
    await link.click();
    await page.waitForURL(url('/progress/missing/'));
    const rows: string[] = [];
    for (let n = 1; ; n++) {
      rows.push(...(await page.$$eval('#progress-missing tbody tr', (trs) => trs.map((tr) => tr.textContent!.replace(/\s+/g, ' ')))));
      const next = page.locator('nav.pager a[rel="next"]');
      if (!(await next.count())) break;
      await next.click();
      await page.waitForURL(url(`/progress/missing/page/${n + 1}/`));
    }
    expect(rows.length).toBe(total);
    expect(new Set(rows).size).toBe(total);
    expect(errors).toEqual([]);
  });
});

describe('paged views pass axe', () => {
  it.each([
    `/departments/${jiaoti}/page/2/`,
    '/departments/',
    '/departments/page/2/',
    `/departments/r/${regionSlug('镇康县')}/`,
    '/progress/missing/',
    '/policies/page/2/',
    '/indicators/upper-secondary-gross-enrolment/',
    '/progress/policies/',
  ])('%s', async (path) => {
    const { page, errors } = await open();
    await page.goto(url(path));
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('across pages', () => {
  it('counts shown in two places agree, summed over the pages of a list', () => {
    expect(countDisagreements(out)).toEqual([]);
  });

  it('every link to a #fragment names an element of its page (a status links to the page its row is on)', () => {
    expect(brokenAnchors(out).map((b) => `${b.from}: ${b.href}`)).toEqual([]);
  });
});
