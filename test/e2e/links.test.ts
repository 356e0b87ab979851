// Link walker: every internal link of the built site leads somewhere. Plain HTTP
// and an HTML parser, no browser: pages are crawled from the home page (and every
// built page, so orphans are checked too), following <a href>, stylesheets,
// scripts, icons and form actions; the CSV / .ics / JSON files they link are
// fetched as well, and the links inside the CSV and .ics files (relative: the test
// build sets no public URL) are checked against this build. Every URL must answer
// 200 and every #fragment must exist on its page; no file names a placeholder domain.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePage, type DocPage, type SearchManifest } from '../../src/search/index-format.ts';
import { serveDir, type StaticServer } from './support/server.ts';
import { siteDir } from './support/site.ts';

interface Fetched {
  status: number;
  type: string;
  body: string;
  ids: Set<string> | null;
}

function htmlPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html') out.push(`/${relative(dir, d).split(sep).map(encodeURIComponent).join('/')}${d === dir ? '' : '/'}`);
    }
  };
  walk(dir);
  return out.sort();
}

describe('link walker', () => {
  let server: StaticServer;
  const cache = new Map<string, Promise<Fetched>>();
  /** url (without fragment) → the pages that link to it */
  const referrers = new Map<string, Set<string>>();
  const problems: string[] = [];
  const fragments: { from: string; url: string; id: string }[] = [];
  let crawled: string[] = [];

  const get = (url: string): Promise<Fetched> => {
    let hit = cache.get(url);
    if (!hit) {
      hit = fetch(url, { redirect: 'manual' }).then(async (res) => {
        const type = res.headers.get('content-type') ?? '';
        const body = await res.text();
        let ids: Set<string> | null = null;
        if (type.startsWith('text/html')) {
          const $ = cheerio.load(body);
          ids = new Set();
          $('[id]').each((_, e) => void ids!.add($(e).attr('id')!));
          $('a[name]').each((_, e) => void ids!.add($(e).attr('name')!));
        }
        return { status: res.status, type, body, ids };
      });
      cache.set(url, hit);
    }
    return hit;
  };

  beforeAll(async () => {
    server = await serveDir(siteDir());
    const origin = server.origin;
    const seen = new Set<string>();
    const queue: string[] = ['/', ...htmlPages(siteDir())].map((p) => `${origin}${p}`);

    const note = (from: string, raw: string, base: string, follow: boolean) => {
      if (!raw || /^(mailto:|tel:|javascript:|data:)/i.test(raw)) return;
      let url: URL;
      try {
        url = new URL(raw, base);
      } catch {
        problems.push(`${from}: unparsable link ${raw}`);
        return;
      }
      if (url.origin !== origin) return;
      const id = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
      url.hash = '';
      const key = url.href;
      if (!referrers.has(key)) referrers.set(key, new Set());
      referrers.get(key)!.add(from);
      if (id) fragments.push({ from, url: key, id });
      if (follow && !seen.has(key)) queue.push(key);
    };

    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const page = await get(url);
      const from = url.slice(origin.length);
      if (page.type.startsWith('text/html') && page.status === 200) {
        const $ = cheerio.load(page.body);
        $('a[href]').each((_, e) => note(from, $(e).attr('href')!, url, true));
        $('link[href]').each((_, e) => note(from, $(e).attr('href')!, url, false));
        $('script[src], img[src], source[src], iframe[src]').each((_, e) => note(from, $(e).attr('src')!, url, false));
        $('form[action]').each((_, e) => note(from, $(e).attr('action')!, url, false));
        $('[data-json], [data-manifest]').each((_, e) => note(from, ($(e).attr('data-json') ?? $(e).attr('data-manifest'))!, url, true));
        $('[aria-describedby], [aria-labelledby], [aria-controls], label[for]').each((_, e) => {
          for (const attr of ['aria-describedby', 'aria-labelledby', 'aria-controls', 'for']) {
            for (const id of ($(e).attr(attr) ?? '').split(/\s+/).filter(Boolean)) {
              if (!page.ids!.has(id)) problems.push(`${from}: ${attr}="${id}" names no element on the page`);
            }
          }
        });
      } else if (page.status === 200 && /\.(csv|ics)$/.test(new URL(url).pathname)) {
        for (const m of page.body.replace(/\r\n[ \t]/g, '').matchAll(/https?:\/\/[^\s",\\]+|(?<=^|[,"])\/policies\/[^\s",\\]+/gm)) note(from, m[0], url, false);
      } else if (page.status === 200 && new URL(url).pathname.endsWith('/search/manifest.json')) {
        // The search index: the manifest names its parts, the pages of records the result links.
        const manifest = JSON.parse(page.body) as SearchManifest;
        for (let n = 0; n < manifest.shards; n++) note(from, manifest.termUrl.replace('{n}', String(n)), url, true);
        for (let n = 0; manifest.long && n < manifest.long.split(' ').length; n++) note(from, manifest.listUrl.replace('{n}', String(n)), url, true);
        for (let n = 0; n < manifest.pages; n++) note(from, manifest.docUrl.replace('{n}', String(n)), url, true);
        note(from, manifest.pagesUrl, url, true);
        note(from, manifest.namesUrl, url, true);
      } else if (page.status === 200 && /\/search\/d\/\d+\.json$/.test(new URL(url).pathname)) {
        for (const d of decodePage(JSON.parse(page.body) as DocPage)) note(from, d.u, url, false);
      }
    }
    crawled = [...seen];
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  it('crawls the whole site', () => {
    const htmlCount = htmlPages(siteDir()).length;
    expect(crawled.length).toBeGreaterThan(htmlCount);
    console.log(`link walker: ${crawled.length} URLs fetched, ${htmlCount} HTML pages, ${fragments.length} fragment links`);
  });

  it('every internal link answers 200', async () => {
    const broken: string[] = [];
    for (const [url, from] of referrers) {
      const res = await get(url);
      if (res.status !== 200)
        broken.push(
          `${url.replace(server.origin, '')} → HTTP ${res.status}${res.status === 301 ? ' (missing trailing slash?)' : ''}, linked from ${[...from].slice(0, 3).join(', ')}`,
        );
    }
    expect(broken).toEqual([]);
  });

  it('links to pages, CSV, .ics and JSON files are all among them', () => {
    const paths = [...referrers.keys()].map((u) => new URL(u).pathname);
    expect(paths.some((p) => p.endsWith('.csv'))).toBe(true);
    expect(paths.some((p) => p.endsWith('.ics'))).toBe(true);
    expect(paths.some((p) => p.endsWith('.json'))).toBe(true);
  });

  it('every #fragment exists on the page it points to', async () => {
    const missing: string[] = [];
    const seen = new Set<string>();
    for (const { from, url, id } of fragments) {
      const key = `${url}#${id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const page = await get(url);
      if (page.ids && !page.ids.has(id)) missing.push(`${url.replace(server.origin, '')}#${id} (linked from ${from})`);
    }
    expect(missing).toEqual([]);
  });

  it('no page, CSV, .ics or JSON file names a placeholder domain', async () => {
    const placeholder: string[] = [];
    for (const url of crawled) {
      const page = await get(url);
      if (/\b(?:[a-z0-9-]+\.)*example\.(?:cn|com|org|net)\b/i.test(page.body)) placeholder.push(url.replace(server.origin, ''));
    }
    expect(placeholder).toEqual([]);
  });

  it('every id reference (label for, aria-*) names an element of its page', () => {
    expect(problems).toEqual([]);
  });

  it('every built page is linked from some other page', () => {
    const linked = new Set(
      [...referrers.entries()].filter(([u, from]) => [...from].some((f) => `${server.origin}${f}` !== u)).map(([u]) => new URL(u).pathname),
    );
    const orphans = htmlPages(siteDir()).filter((p) => p !== '/' && !linked.has(p));
    expect(orphans).toEqual([]);
  });
});
