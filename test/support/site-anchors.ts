// In-page anchors of a built site, checked from its files (no server): every link to a
// #fragment of one of its own pages, in a page or in a download (CSV, .ics, JSON), names an
// element (or <a name>) of that page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';

/** Site paths ("/policies/x/") of every index.html under `dir`. */
export function builtPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html') out.push(d === dir ? '/' : `/${relative(dir, d).split(sep).join('/')}/`);
    }
  };
  walk(dir);
  return out.sort();
}

export interface BrokenAnchor {
  /** The page the link is on. */
  from: string;
  /** The link as written. */
  href: string;
}

/** Every file under `dir` whose name ends in one of `extensions`. */
function filesUnder(dir: string, extensions: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (extensions.test(entry.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Links to a #fragment that no element of the target page carries. */
export function brokenAnchors(dir: string): BrokenAnchor[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (page: string): Set<string> | null => {
    let set = ids.get(page);
    if (set) return set;
    const file = join(dir, decodeURIComponent(page), 'index.html');
    if (!existsSync(file)) return null;
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    set = new Set();
    $('[id]').each((_, e) => void set!.add($(e).attr('id')!));
    $('a[name]').each((_, e) => void set!.add($(e).attr('name')!));
    ids.set(page, set);
    return set;
  };
  const broken: BrokenAnchor[] = [];
  for (const from of builtPages(dir)) {
    const $ = cheerio.load(readFileSync(join(dir, from, 'index.html'), 'utf8'));
    $('a[href*="#"]').each((_, e) => {
      const href = $(e).attr('href')!;
      if (/^[a-z]+:/i.test(href)) return;
      const [path, fragment] = href.split('#', 2);
      if (!fragment) return;
      const page = path ? posix.resolve(from, path).replace(/\/?$/, '/') : from;
      const set = idsOf(page);
      if (set && !set.has(decodeURIComponent(fragment))) broken.push({ from, href });
    });
  }
  // downloads link pages by their path (relative links: the test builds set no public URL)
  for (const file of filesUnder(dir, /\.(csv|ics|json)$/)) {
    const text = readFileSync(file, 'utf8').replace(/\r\n[ \t]/g, '');
    for (const m of text.matchAll(/\/(?:policies|indicators|departments|progress)\/[^\s",\\#]*#[^\s",\\]+/g)) {
      const [path, fragment] = m[0].split('#', 2);
      const set = idsOf(path);
      if (!set || !set.has(decodeURIComponent(fragment))) broken.push({ from: `/${relative(dir, file).split(sep).join('/')}`, href: m[0] });
    }
  }
  return broken;
}
