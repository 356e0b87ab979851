// Counts a built site shows in two places, read from its files (no server), and every place
// they disagree: the home page's totals and the lists they link to, each unit's counts on the
// unit index (or its region's page), on its own pages (all of them) and in the progress
// tables, each policy's number of targets in the list and on its page, each indicator's
// targets on the index and on its pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'csv-parse/sync';

type Page = cheerio.CheerioAPI;

const num = (text: string): number => Number(text.replace(/[,\s]/g, ''));

/** The first number in a text ("共 1,234 份" → 1234), or NaN. */
const firstNumber = (text: string): number => num(/\d[\d,]*/.exec(text)?.[0] ?? 'NaN');

export function countDisagreements(dir: string): string[] {
  const cache = new Map<string, Page>();
  const page = (path: string): Page => {
    let $ = cache.get(path);
    if (!$) cache.set(path, ($ = cheerio.load(readFileSync(join(dir, path, 'index.html'), 'utf8'))));
    return $;
  };
  /** A page and the numbered pages after it (…/page/2/ …). */
  const pages = (path: string): Page[] => {
    const more = join(dir, path, 'page');
    const later = existsSync(more)
      ? readdirSync(more)
          .map(Number)
          .sort((a, b) => a - b)
      : [];
    return [page(path), ...later.map((n) => page(`${path}page/${n}/`))];
  };
  const problems: string[] = [];
  const agree = (what: string, values: Record<string, number>) => {
    if (new Set(Object.values(values)).size > 1)
      problems.push(
        `${what}: ${Object.entries(values)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
  };

  const home = page('/');
  const stat = (i: number) => num(home('dl.stats dd').eq(i).text());
  const list = pages('/policies/');
  const listed = list.flatMap(($) =>
    $('#policy-table tbody tr')
      .toArray()
      .map((tr) => ({ href: $(tr).find('td').first().find('a').attr('href')!, targets: num($(tr).find('td').last().text()) })),
  );
  const policyPages = readdirSync(join(dir, 'policies')).filter((n) => !['page', 'list'].includes(n) && existsSync(join(dir, 'policies', n, 'index.html')));
  agree('policies', {
    home: stat(0),
    'policy list': firstNumber(list[0]('p.lead').text()),
    'rows of the list': listed.length,
    'policy pages': policyPages.length,
  });

  const csv = parse(readFileSync(join(dir, 'targets.csv')), { bom: true, columns: true }) as Record<string, string>[];
  agree('targets', { home: stat(1), explorer: firstNumber(page('/targets/')('p.lead').text()), 'targets.csv': csv.length });

  const deps = page('/departments/');
  // A large site's index lists regions (in pages), each with a page of its units.
  const regions = pages('/departments/').flatMap(($) =>
    $('table.dep-table tbody tr')
      .toArray()
      .map((tr) => ({ href: $(tr).find('a').attr('href')!, units: num($(tr).find('td').eq(1).text()) }))
      .filter((r) => r.href.startsWith('/departments/r/')),
  );
  for (const r of regions) agree(`${r.href}: units`, { index: r.units, 'rows of its page': page(r.href)('table.dep-table tbody tr').length });
  const depRows = (regions.length ? regions.map((r) => page(r.href)) : [deps]).flatMap(($) =>
    $('table.dep-table tbody tr')
      .toArray()
      .map((tr) => ({ $, tr })),
  );
  agree('units', { home: stat(2), 'unit index': firstNumber(deps('p.lead').text()), 'rows of the index': depRows.length });

  // the progress page's table of units (its first rows), and the pages of all of them
  const progressRows = new Map<string, { atRisk: number; total: number }>();
  const progressPages = existsSync(join(dir, 'progress', 'index.html')) ? [page('/progress/')] : [];
  if (existsSync(join(dir, 'progress', 'departments'))) progressPages.push(...pages('/progress/departments/'));
  for (const $ of progressPages) {
    $('table#progress-departments tbody tr[data-group]').each((_, tr) => {
      const cells = $(tr).find('td');
      progressRows.set($(tr).attr('data-group')!, { atRisk: num(cells.first().text()), total: num(cells.last().text()) });
    });
  }

  for (const { $: index, tr } of depRows) {
    const link = index(tr).find('td').first().find('a');
    const href = link.attr('href')!;
    const cell = (label: string) => num(index(tr).find(`td[data-label="${label}"]`).text());
    const own = pages(href);
    const dd = (label: string) =>
      own[0](`dl.meta-card dt`)
        .filter((_, dt) => own[0](dt).text() === label)
        .next('dd')
        .text();
    const total = /(\d+) 项（期限已过 (\d+)，未到期 (\d+)，常规任务 (\d+)）/.exec(dd('职责'));
    const items = own.reduce((n, $) => n + $('main .item-list > li').length, 0);
    const what = `${link.text()} (${href})`;
    agree(`${what}: obligations`, { index: cell('职责'), 'its page': Number(total?.[1]), 'items on its pages': items });
    agree(`${what}: passed`, { index: cell('期限已过'), 'its page': Number(total?.[2]) });
    agree(`${what}: open`, { index: cell('未到期'), 'its page': Number(total?.[3]) });
    agree(`${what}: recurring`, { index: cell('常规任务'), 'its page': Number(total?.[4]) });
    agree(`${what}: plans it leads`, { index: cell('牵头计划'), 'its page': firstNumber(dd('牵头或统筹的计划')) });
    agree(`${what}: plans it issued`, { index: cell('印发计划'), 'its page': firstNumber(dd('印发的计划')) });
    const progress = /需关注 (\d+) 项（共 (\d+) 项/.exec(dd('进展'));
    const row = progressRows.get(href.split('/').at(-2)!);
    if (progress || row) {
      agree(`${what}: at risk`, { 'its page': Number(progress?.[1]), progress: row?.atRisk ?? NaN });
      agree(`${what}: assessed`, { 'its page': Number(progress?.[2]), progress: row?.total ?? NaN });
    }
  }

  for (const { href, targets } of listed) {
    const $ = page(href);
    agree(`${href}: targets`, {
      'policy list': targets,
      'its heading': firstNumber($('#targets-heading').text() || '0'),
      'its side list': $('.target-list > li').length,
    });
  }

  if (existsSync(join(dir, 'indicators', 'index.html'))) {
    const index = page('/indicators/');
    index('#indicator-index tbody tr').each((_, tr) => {
      const id = index(tr).attr('data-indicator')!;
      const rows = pages(`/indicators/${id}/`).reduce((n, $) => n + $('#indicator-targets tbody tr').length, 0);
      agree(`indicator ${id}: targets`, { index: num(index(tr).find('td[data-label="相关目标"]').text()), 'rows on its pages': rows });
    });
  }
  return problems;
}
