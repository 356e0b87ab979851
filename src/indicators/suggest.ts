// `luoshi indicators suggest`: which indicators the plans measure that the catalogue lacks.
// The indicator names of the quantity targets that no catalogued indicator links are normalised
// (scope words like 全县/全市 and white space dropped: 全县学前教育三年毛入园率 and 学前教育三年毛入园率
// are one indicator), grouped, and each name that recurs becomes a proposed catalogue entry with
// the targets it would link. Nothing is written to data/indicators.yaml: data staff copy the
// entries they accept (formatSuggestions says how).
import { dump } from 'js-yaml';
import type { PolicyRecord } from '../schema/record.ts';
import type { IndicatorCatalogue } from '../data/indicators-schema.ts';
import { findIndicator } from '../data/catalogue.ts';
import { normalizeName, normalizeUnit } from '../data/text.ts';
import { shortHash } from '../site/hash.ts';

/** Words that say where or for whom, not what is measured. */
const SCOPE = /^(全国|全省|全市|全州|全县|全区|全镇|本省|本市|本县|本区|我省|我市|我县|我区|各地|各县(\(市、区\)|市区)?|县域|市域|城乡|全部|所有)/;

/** What a group of names measures, for reading the list: 毛入学率, 覆盖率, 占比 … */
const MEASURES = [
  '毛入学率',
  '毛入园率',
  '巩固率',
  '覆盖率',
  '普及率',
  '达标率',
  '合格率',
  '优良率',
  '入学率',
  '就业率',
  '占比',
  '比例',
  '比重',
  '增长率',
  '率',
  '人数',
  '数量',
  '面积',
  '总量',
  '规模',
];

/** The name an indicator is grouped under. */
export function indicatorKey(name: string): string {
  let key = normalizeName(name).replace(/[()（）[\]【】]/g, (c) => (c === '(' || c === '（' ? '(' : c === ')' || c === '）' ? ')' : ''));
  for (let before = ''; before !== key;) {
    before = key;
    key = key.replace(SCOPE, '');
  }
  return key.replace(/的/g, '');
}

/** The measure a name ends with (率, 占比 …), or null. */
export function measureOf(key: string): string | null {
  return MEASURES.find((m) => key.endsWith(m)) ?? null;
}

export interface LinkedTarget {
  policy: string;
  id: string;
  phrase: string;
}

export interface IndicatorSuggestion {
  /** The commonest name in the group, as printed (without the scope words). */
  name: string;
  /** The other names of the group. */
  aliases: string[];
  measure: string | null;
  /** The commonest unit of the group's targets. */
  unit: string | null;
  /** higher when its targets say ≥, lower when they say ≤ (null when they disagree or say neither). */
  direction: 'higher' | 'lower' | null;
  targets: LinkedTarget[];
  policies: number;
}

export interface SuggestOptions {
  /** A name must recur in at least this many targets (default 2). */
  minTargets?: number;
}

export interface SuggestResult {
  suggestions: IndicatorSuggestion[];
  /** Quantity targets with an indicator name and no catalogued indicator. */
  unlinked: number;
  /** Of those, targets whose name the catalogue knows (ingest links them at the next run). */
  known: number;
  policies: number;
}

function commonest<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts) {
    if (c <= n) continue;
    best = v;
    n = c;
  }
  return best;
}

export function suggestIndicators(policies: readonly PolicyRecord[], catalogue: IndicatorCatalogue, options: SuggestOptions = {}): SuggestResult {
  const min = options.minTargets ?? 2;
  const groups = new Map<string, { names: string[]; units: string[]; comparators: string[]; targets: LinkedTarget[]; policies: Set<string> }>();
  let unlinked = 0;
  let known = 0;
  for (const p of policies) {
    for (const t of p.targets) {
      if (t.kind !== 'quantity' || t.indicatorId !== null || !t.indicator) continue;
      unlinked++;
      const key = indicatorKey(t.indicator);
      if (Array.from(key).length < 3) continue;
      if (findIndicator(key, catalogue) || findIndicator(t.indicator, catalogue)) {
        known++;
        continue;
      }
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { names: [], units: [], comparators: [], targets: [], policies: new Set() }));
      g.names.push(key);
      if (t.unit) g.units.push(normalizeUnit(t.unit));
      if (t.comparator) g.comparators.push(t.comparator);
      g.targets.push({ policy: p.slug, id: t.id, phrase: t.phrase || t.text });
      g.policies.add(p.slug);
    }
  }
  const suggestions: IndicatorSuggestion[] = [];
  for (const [key, g] of groups) {
    if (g.targets.length < min) continue;
    const higher = g.comparators.filter((c) => c === '>=').length;
    const lower = g.comparators.filter((c) => c === '<=').length;
    suggestions.push({
      name: key,
      aliases: [...new Set(g.names)].filter((n) => n !== key),
      measure: measureOf(key),
      unit: commonest(g.units),
      direction: higher && !lower ? 'higher' : lower && !higher ? 'lower' : null,
      targets: g.targets,
      policies: g.policies.size,
    });
  }
  // most targets first; then by measure, so that 毛入学率, 覆盖率 … read as families
  suggestions.sort(
    (a, b) => b.targets.length - a.targets.length || (a.measure ?? '').localeCompare(b.measure ?? '', 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'),
  );
  return { suggestions, unlinked, known, policies: policies.length };
}

/** The proposals as a YAML document in the catalogue's format, each with the targets it would link as comments. */
export function formatSuggestions(result: SuggestResult, shownTargets = 5): string {
  const head = [
    `# luoshi indicators suggest: ${result.suggestions.length} proposed indicators, from ${result.unlinked} quantity targets`,
    `# in ${result.policies} policies that no catalogued indicator links${result.known ? ` (${result.known} more name a catalogued indicator: ingest links them)` : ''}.`,
    '# Nothing has been added. For each entry you accept: copy it into data/indicators.yaml, choose',
    '# an id, write definition, english and source, then run `npm run luoshi -- ingest --force` to link its targets.',
    '',
  ];
  if (!result.suggestions.length) return `${head.join('\n')}indicators: []\n`;
  const body = result.suggestions.map((s) => {
    const comment = [
      `# ${s.targets.length} targets in ${s.policies} policies${s.measure ? ` · measure: ${s.measure}` : ''}`,
      ...s.targets.slice(0, shownTargets).map((t) => `#   ${t.policy} ${t.id} ${t.phrase.replace(/\s+/g, ' ')}`),
      ...(s.targets.length > shownTargets ? [`#   … and ${s.targets.length - shownTargets} more`] : []),
    ];
    const entry = {
      id: `suggested-${shortHash(s.name)}`,
      name: s.name,
      aliases: s.aliases,
      unit: s.unit ?? '待定',
      direction: s.direction ?? 'higher',
      definition: '待补充',
      english: 'to be written',
      source: null,
    };
    const yaml = dump([entry], { lineWidth: -1 })
      .trimEnd()
      .split('\n')
      .map((l) => `  ${l}`);
    return [...comment.map((c) => `  ${c}`), ...yaml].join('\n');
  });
  return `${head.join('\n')}indicators:\n${body.join('\n\n')}\n`;
}
