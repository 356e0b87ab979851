// The built site under test: where it is, and one URL per page type.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built once by the global setup (test/e2e/global-setup.ts). */
    siteDir: string;
    /** How long that build took, in ms. */
    buildMs: number;
  }
}

export function siteDir(): string {
  return inject('siteDir');
}

export interface PageType {
  name: string;
  path: string;
  /** The HTTP status the page is served with. */
  status: number;
}

function html(dir: string, path: string): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(join(dir, path, 'index.html'), 'utf8'));
}

/** Sub-pages of a section (`indicators/<x>/index.html`), sorted. */
function children(dir: string, section: string): string[] {
  const base = join(dir, section);
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .filter((n) => statSync(join(base, n)).isDirectory() && existsSync(join(base, n, 'index.html')))
    .sort();
}

/** The department used by the journeys: 镇康县 · 乡(镇)党委政府, which has dated targets. */
export function departmentPath(dir: string, label = '乡(镇)党委政府', region = '镇康县'): string {
  const $ = html(dir, 'departments');
  let found: string | undefined;
  $('main a[href^="/departments/"]').each((_, a) => {
    const section = $(a).closest('section').find('h2').first().text();
    if (!found && $(a).text().trim() === label && section.includes(region)) found = $(a).attr('href');
  });
  if (!found) throw new Error(`no department "${region} · ${label}" in departments/index.html`);
  return found;
}

export function policyPath(dir: string, slugPart = 'zhenkang'): string {
  const slug = children(dir, 'policies').find((s) => s.includes(slugPart));
  if (!slug) throw new Error(`no policy page matching ${slugPart}`);
  return `/policies/${slug}/`;
}

/** One URL of every page type the site has (indicator and progress pages when they exist). */
export function pageTypes(dir: string): PageType[] {
  const types: PageType[] = [
    { name: 'home', path: '/', status: 200 },
    { name: 'policies', path: '/policies/', status: 200 },
    { name: 'policy', path: policyPath(dir), status: 200 },
    { name: 'explorer', path: '/targets/', status: 200 },
    { name: 'departments', path: '/departments/', status: 200 },
    { name: 'department', path: departmentPath(dir), status: 200 },
    { name: 'deadlines', path: '/deadlines/', status: 200 },
    { name: 'deadlines-by-department', path: '/deadlines/departments/', status: 200 },
    { name: 'search', path: '/search/?q=%E6%AF%9B%E5%85%A5%E5%AD%A6%E7%8E%87', status: 200 },
    { name: '404', path: '/no-such-page/', status: 404 },
  ];
  // Progress-data pages, when the site has them: the indexes, the indicator with the
  // most data and the one with the least (its empty state), every page under progress/.
  for (const section of ['indicators', 'progress']) {
    if (existsSync(join(dir, section, 'index.html'))) types.push({ name: section, path: `/${section}/`, status: 200 });
  }
  const indicators = children(dir, 'indicators')
    .map((name) => ({ name, rows: (readFileSync(join(dir, 'indicators', name, 'index.html'), 'utf8').match(/<tr[\s>]/g) ?? []).length }))
    .sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name));
  if (indicators.length) types.push({ name: 'indicator', path: `/indicators/${encodeURIComponent(indicators[0].name)}/`, status: 200 });
  if (indicators.length > 1) types.push({ name: 'indicator (least data)', path: `/indicators/${encodeURIComponent(indicators.at(-1)!.name)}/`, status: 200 });
  for (const name of children(dir, 'progress')) types.push({ name: `progress/${name}`, path: `/progress/${encodeURIComponent(name)}/`, status: 200 });
  return types;
}
