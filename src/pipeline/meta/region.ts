// The area a policy governs: 全国 for national bodies; else the seat of its issuer
// (周口市川汇区人民政府办公室 → 川汇区), of the congress a report is delivered to
// (在贵州省第十三届人民代表大会…上 → 贵州省), of its title; and for a text that names
// none of these, the place it keeps speaking of at its own level (我市 … 潜江 …).
import { fold } from '../text/fold.ts';
import { leadingPlaces } from './places.ts';

export interface RegionInput {
  issuers: readonly string[];
  title: string;
  lines: readonly string[];
  /** True for a national body (国务院, 教育部, 国家发展改革委 …): the unit directory decides. */
  isNationalBody: (name: string) => boolean;
}

const CONGRESS = /在\s*((?:[\p{Script=Han}]{2,8}?(?:省|市|州|县|区|旗|盟))+)\s*第[一二三四五六七八九十]+届人民代表大会/u;
function seatOf(name: string): string | null {
  const places = leadingPlaces(name.replace(/^[“"]/, '').replace(/^\d{4}\s*年/, ''));
  return places.length ? places[places.length - 1] : null;
}

/** How a text names its own area: 我市, 全县, 本区 …. */
const SELF = /(?:我|全|本)(省|市|州|县|区)/g;
/** Characters no place name holds (function words, 全/各/本 …). */
const NOT_IN_NAME = /[的了和与及在对为是把被将等全我本各该这那其有以年月日个项家新中大小上下内外]/;
const NAME = '([\\p{Script=Han}]{2,3}?)';
/**
 * Contexts that show a name is a place: its level after a word boundary (，防城港市),
 * a station or stretch named after it (湖北（潜江站）, 总干渠（潜江段）), its people (百万潜江人民).
 */
const placeContexts = (level: string) => [
  new RegExp(`(?<=^|[^\\p{Script=Han}]|[在对把向与和为由经])${NAME}${level}`, 'gmu'),
  new RegExp(`[（(]${NAME}(?:站|段)?[)）]`, 'gu'),
  new RegExp(`(?<=[^\\p{Script=Han}]|[（(])${NAME}段`, 'gu'),
  new RegExp(`万${NAME}人民`, 'gu'),
];

/** The level a text speaks of itself at, by how often it says 我市/全县…. */
function ownLevel(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(SELF)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 3 ? best[0] : null;
}

/**
 * The place a text keeps speaking of at its own level: seen in place contexts and
 * named often overall. A city's report also names the county-level cities in it,
 * in the same contexts but less often.
 */
function placeSpokenOf(lines: readonly string[]): string | null {
  const text = fold(lines.join('\n'));
  const level = ownLevel(text);
  if (!level) return null;
  const contexts = new Map<string, number>();
  for (const re of placeContexts(level)) {
    for (const m of text.matchAll(re)) if (!NOT_IN_NAME.test(m[1])) contexts.set(m[1], (contexts.get(m[1]) ?? 0) + 1);
  }
  const score = ([name, seen]: [string, number]) => seen + (text.split(name).length - 1) / 2;
  const best = [...contexts].filter(([, seen]) => seen >= 2).sort((a, b) => score(b) - score(a))[0];
  return best && score(best) >= 5 ? `${best[0]}${level}` : null;
}

export function regionOf(input: RegionInput): string | null {
  if (input.issuers.length && input.issuers.every((i) => input.isNationalBody(i))) return '全国';
  for (const name of [...input.issuers, input.title]) {
    const seat = seatOf(name);
    if (seat) return seat;
  }
  if (input.isNationalBody(input.title.replace(/关于.*$/, ''))) return '全国';
  const top = input.lines.slice(0, 12).map(fold).join('\n');
  const congress = CONGRESS.exec(top);
  if (congress) return seatOf(congress[1]);
  return placeSpokenOf(input.lines);
}
