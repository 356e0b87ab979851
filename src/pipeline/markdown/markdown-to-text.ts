// A Markdown export of a policy (archives keep policies as .md with a YAML front
// matter block) to plain text. The front matter becomes labelled header lines
// (标题：…, 文号：…) that the metadata stage reads like any page header; heading
// marks, quote marks, emphasis and link targets go, the words stay. Lines are
// otherwise kept as written: list numbers such as 1. are the policy's own numbering.
import { FAILSAFE_SCHEMA, load } from 'js-yaml';

export interface MarkdownText {
  text: string;
  /** The front matter's link to the official page, when it gives one. */
  sourceUrl: string | null;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const URL_KEY = /^(官方链接|原文链接|链接|url|source|link)$/i;

function frontMatter(markdown: string): { fields: Array<[string, string]>; rest: string } {
  const m = FRONT_MATTER.exec(markdown);
  if (!m) return { fields: [], rest: markdown };
  let data: unknown;
  try {
    // Every value as the string it is written as: 文号 01 stays 01, dates stay text.
    data = load(m[1], { schema: FAILSAFE_SCHEMA });
  } catch {
    // Not YAML after all: keep the block as text.
    return { fields: [], rest: markdown };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { fields: [], rest: markdown };
  const fields = Object.entries(data as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && typeof v !== 'object')
    .map(([k, v]): [string, string] => [k, String(v)]);
  return { fields, rest: markdown.slice(m[0].length) };
}

function plainLine(line: string): string {
  return (
    line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      // A quote mark is "> " with its space: ">2" is a value (greater than 2), not a quote.
      .replace(/^\s{0,3}(?:>\s)+/, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
  );
}

export function markdownToText(markdown: string): MarkdownText {
  const { fields, rest } = frontMatter(markdown);
  const header = fields.map(([k, v]) => `${k}：${v}`);
  const sourceUrl = fields.find(([k, v]) => URL_KEY.test(k) && /^https?:\/\//.test(v))?.[1] ?? null;
  const body = rest.split(/\r?\n/).map(plainLine);
  return { text: [...header, ...body].join('\n'), sourceUrl };
}
