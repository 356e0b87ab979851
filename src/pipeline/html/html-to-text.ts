// A saved government web page to plain text: one line per block, page chrome
// (navigation, share widgets, breadcrumbs, footers) left out. Boilerplate inside
// the article (上一篇/下一篇, 打印/关闭) stays: the cleaning stage removes and records it.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';
import { DEFAULT_LIMITS } from '../decode/limits.ts';
import { taskTableLines } from '../tables/keyed-rows.ts';
import { tableGrid } from './table-grid.ts';
import { parseHtml } from './parse-html.ts';

export interface HtmlText {
  text: string;
  /** The page's own address, when the page states it absolutely. */
  sourceUrl: string | null;
  /** The <title>, as written (site names and all). */
  title: string | null;
}

/** Never text a reader sees. */
const NOT_TEXT = 'head, script, style, noscript, template, iframe, svg, button, select, textarea, object';

/** id/class fragments of page chrome on Chinese government sites (dqwz: 当前位置). */
const CHROME_MARK = /nav|menu|share|crumb|footer|copyright|sidebar|toolbar|dqwz/i;

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const isElement = (node: AnyNode): node is Element => 'attribs' in node;
const isText = (node: AnyNode): node is Text => node.nodeType === 3;

/** Throws NestingTooDeep when elements nest deeper than `maxDepth`. */
export function htmlToText(html: string, maxDepth = DEFAULT_LIMITS.htmlDepth): HtmlText {
  const $ = parseHtml(separateGluedAttributes(html), maxDepth);
  const title = tidy($('title').first().text()) || null;
  const sourceUrl = findSourceUrl($, html);
  removeNonText($);
  const body = $('body').get(0);
  const lines = body ? linesOf(body) : [];
  return { text: collapseBlankLines(lines).join('\n'), sourceUrl, title };
}

// Crawlers that squeeze white space out of markup leave tags like <divclass="title">
// and …"id="detail-p">: a parser then reads an unknown element and the page's
// blocks run together. The space goes back between a known tag name or a closing
// quote and an attribute.
const TAG_NAMES = 'div|span|p|a|img|table|tbody|thead|tr|td|th|font|center|h[1-6]|ul|ol|li|section|article|meta|link|iframe|form|input|strong|b|em';
const ATTRIBUTES =
  'class|id|style|align|href|src|width|height|name|type|colspan|rowspan|valign|border|target|title|lang|content|charset|http-equiv|cellpadding|cellspacing|bgcolor|color|face|size';
const GLUED_TAG = new RegExp(`<(${TAG_NAMES})(${ATTRIBUTES})=`, 'gi');
const GLUED_ATTRIBUTE = new RegExp(`(=\\s*"[^"<>]*")(${ATTRIBUTES})=`, 'gi');

export function separateGluedAttributes(html: string): string {
  return html.replace(GLUED_TAG, '<$1 $2=').replace(GLUED_ATTRIBUTE, '$1 $2=');
}

function removeNonText($: CheerioAPI): void {
  $(NOT_TEXT).remove();
  // A wrapper can carry a chrome-like name (ASP.NET pages sit in one <form>,
  // layouts in "main-with-sidebar"): never drop what holds most of the page.
  const body = $('body').get(0);
  if (!body) return;
  const pageLength = visibleLength(textOf(body));
  const chrome = descendants(body)
    .filter(isElement)
    .filter((el) => isChrome($, el));
  for (const el of chrome) {
    if (visibleLength(textOf(el)) <= pageLength / 2) $(el).remove();
  }
}

function isChrome($: CheerioAPI, el: Element): boolean {
  if (el.name === 'main' || el.name === 'article') return false;
  if (el.name === 'nav' || el.name === 'form') return true;
  // An <article>'s own <header> holds its title.
  if (el.name === 'header' || el.name === 'footer') return $(el).parents('article, main').length === 0;
  return CHROME_MARK.test(`${el.attribs.id ?? ''} ${el.attribs.class ?? ''}`);
}

function visibleLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

// Pages can nest elements thousands deep: every walk below keeps its own
// stack instead of recursing, so no page can overflow the call stack.

interface Line {
  current: string;
}

/** Lines of an element's content, as a block of its own (blank ones from <br> included). */
function linesOf(el: Element): string[] {
  const lines: string[] = [];
  const line: Line = { current: '' };
  const steps: (AnyNode | 'end of block')[] = [...el.children].reverse();
  for (let step = steps.pop(); step !== undefined; step = steps.pop()) {
    if (step === 'end of block') {
      endLine(lines, line);
    } else if (isText(step)) {
      line.current += step.data;
    } else if (!isElement(step)) {
      continue;
    } else if (step.name === 'br') {
      lines.push(tidy(line.current));
      line.current = '';
    } else if (step.name === 'pre') {
      endLine(lines, line);
      for (const row of textOf(step).split('\n')) lines.push(row.replace(/\u00A0/g, ' ').trimEnd());
    } else if (step.name === 'table' && taskTable(step)) {
      endLine(lines, line);
      lines.push(...taskTable(step)!);
    } else if (step.name === 'tr' && isDataRow(step)) {
      endLine(lines, line);
      lines.push(rowText(step));
    } else {
      if (BLOCKS.has(step.name)) {
        endLine(lines, line);
        steps.push('end of block');
      }
      for (let i = step.children.length - 1; i >= 0; i--) steps.push(step.children[i]);
    }
  }
  endLine(lines, line);
  return lines;
}

function endLine(lines: string[], line: Line): void {
  const text = tidy(line.current);
  if (text !== '') lines.push(text);
  line.current = '';
}

/** Every node under `root`, in document order. */
function descendants(root: Element): AnyNode[] {
  const found: AnyNode[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    found.push(node);
    if (isElement(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return found;
}

function textOf(el: Element): string {
  return descendants(el)
    .filter(isText)
    .map((text) => text.data)
    .join('');
}

function cellsOf(tr: Element): Element[] {
  return tr.children.filter(isElement).filter((c) => c.name === 'td' || c.name === 'th');
}

// Old government sites lay whole pages out in tables: a row whose cell holds a
// table, several blocks or a long text is layout, and its cells read as blocks.
const LAYOUT_CELL_BLOCKS = 3;
const LAYOUT_CELL_CHARS = 300;

function isDataRow(tr: Element): boolean {
  const cells = cellsOf(tr);
  return cells.length > 1 && cells.every((cell) => !isLayoutCell(cell));
}

function isLayoutCell(cell: Element): boolean {
  const inner = descendants(cell).filter(isElement);
  return (
    inner.some((el) => el.name === 'table') ||
    inner.filter((el) => BLOCKS.has(el.name) || el.name === 'br').length > LAYOUT_CELL_BLOCKS ||
    visibleLength(textOf(cell)) > LAYOUT_CELL_CHARS
  );
}

/** A 分工 table (序号 | 重点任务 | 牵头单位 | 完成时限) as numbered tasks with labelled notes. */
function taskTable(table: Element): string[] | null {
  const rows = descendants(table)
    .filter(isElement)
    .filter((el) => el.name === 'tr' && el.parent && closestTable(el) === table);
  if (rows.some((tr) => !isDataRow(tr) && cellsOf(tr).length > 1)) return null;
  const grid = tableGrid(
    rows.map((tr) =>
      cellsOf(tr).map((cell) => ({
        text: linesOf(cell)
          .filter((l) => l !== '')
          .join(' '),
        rowspan: Number(cell.attribs.rowspan ?? 1),
        colspan: Number(cell.attribs.colspan ?? 1),
      })),
    ),
  );
  return taskTableLines(grid.map((cells) => ({ cells })));
}

function closestTable(el: Element): Element | null {
  for (let p = el.parent; p; p = p.parent) if (isElement(p) && p.name === 'table') return p;
  return null;
}

function rowText(tr: Element): string {
  return cellsOf(tr)
    .map((cell) =>
      linesOf(cell)
        .filter((line) => line !== '')
        .join(' '),
    )
    .filter((cell) => cell !== '')
    .join(' ');
}

// East Asian characters: a source line break between two of them is not a space
// (CSS Text 3 segment break rules); elsewhere HTML whitespace collapses to one space.
const EAST_ASIAN = '[\\p{Script=Han}\\u2010-\\u2027\\u3000-\\u303F\\uFF00-\\uFFEF]';
const EAST_ASIAN_BREAK = new RegExp(`(${EAST_ASIAN})[ \\t\\r\\f]*\\n[ \\t\\n\\r\\f]*(?=${EAST_ASIAN})`, 'gu');

function tidy(raw: string): string {
  return raw
    .replace(EAST_ASIAN_BREAK, '$1')
    .replace(/\u00A0/g, ' ')
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
}

/** At most one blank line in a row (from <br><br>), none at either end. */
function collapseBlankLines(lines: string[]): string[] {
  const out = lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== ''));
  while (out[0] === '') out.shift();
  while (out.at(-1) === '') out.pop();
  return out;
}

// "Save as" in Chrome and IE marks the page with where it came from.
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

function findSourceUrl($: CheerioAPI, html: string): string | null {
  const candidates = [
    $('link[rel~="canonical"]').attr('href'),
    $('meta[property="og:url"]').attr('content'),
    SAVED_FROM.exec(html)?.[1],
    $('base[href]').attr('href'),
  ];
  return candidates.map((url) => url?.trim()).find((url) => url !== undefined && isAbsoluteUrl(url)) ?? null;
}

function isAbsoluteUrl(url: string): boolean {
  return /^https?:\/\//i.test(url) && URL.canParse(url);
}
