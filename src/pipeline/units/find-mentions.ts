// Finds the organisations a (folded) text names: 县教育体育局, 各县(市、区), 乡(镇)党委
// 政府, 人社、编制部门 … from the words names are built of (lexicon.ts), so names of
// any sector are found, not only the ones in the directory.
import {
  ACTING_LEVELS,
  ACTING_VERB,
  alt,
  BARE_LEVELS,
  COLLECTIVE,
  GOVERNMENT,
  LEVELS,
  MODIFIED_NOUN,
  PARTNERS,
  PREFIXES,
  STEMS,
  SUFFIXES,
  WHOLE_STEMS,
} from './lexicon.ts';

export type MentionRole = 'actor' | 'recipient' | 'partner';

export interface Mention {
  start: number;
  end: number;
  /** The name, a shared suffix distributed: 人社、编制部门 → 人社部门. */
  name: string;
  /** As written: 人社. */
  written: string;
  role: MentionRole;
}

/** Place names of the document (镇康县, 恩施州 …) so 镇康县教育体育局 is one name. */
export function placePattern(places: string[]): string {
  const names = [...new Set(places)].filter((p) => p.length >= 2).sort((a, b) => b.length - a.length);
  return names.length ? `(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})*` : '';
}

type Patterns = ReturnType<typeof compilePatterns>;
const compiled = new Map<string, Patterns>();

/** Patterns are compiled once per set of place names, not once per sentence. */
function buildPatterns(places: string[]): Patterns {
  const key = places.join('|');
  let patterns = compiled.get(key);
  if (!patterns) {
    patterns = compilePatterns(places);
    compiled.set(key, patterns);
  }
  return patterns;
}

function compilePatterns(places: string[]) {
  const place = placePattern(places);
  const prefix = `${alt(PREFIXES)}?`;
  const level = `${alt(LEVELS, false)}`;
  const stem = alt(STEMS);
  const suffix = alt(SUFFIXES);
  const gov = alt(GOVERNMENT);
  // A department: [prefix][place][level][gov] stem+ suffix  (县教育体育局, 市政府教育督导委员会办公室)
  const dept = `${prefix}${place}(?:${level})?(?:${gov})?(?:${stem})+${suffix}`;
  // A party or government body, or one of its meetings: 县委常委会, 乡(镇)党委政府, 县政府常务会
  const body = `${prefix}${place}${level}${gov}(?:${alt(['常委会议', '常委会', '常务会议', '常务会', '办公室'])})?`;
  const named = `${place ? `(?:${place.slice(0, -1)})` : '(?!)'}${alt(GOVERNMENT.concat(['教育局']))}(?:办公室)?`;
  const whole = `${prefix}${place}(?:${level})(?:委)?${alt(WHOLE_STEMS)}(?![局厅委部门办院所])`;
  // A body with a name of its own: 市健康沅州行动推进委员会, 县高标准农田建设工作领导小组, 市营商环境建设局.
  const own = `(?<=^|[，,、；;：:（(和与及由对])${prefix}${place}(?:${level})[\\p{Script=Han}]{2,14}?(?:委员会办公室|领导小组办公室|委员会|领导小组|指挥部|工作专班|局)`;
  const bare = alt(BARE_LEVELS, false);
  return {
    unit: new RegExp(`${whole}|${dept}|${body}|${named}|${own}|${bare}`, 'gu'),
    list: new RegExp(`((?:${stem}[、和及与])+)(${stem})?(等)?(部门|局)`, 'g'),
    partner: new RegExp(`${alt(PARTNERS)}(?=要|应|须|负责|牵头)`, 'g'),
    acting: new RegExp(alt(ACTING_LEVELS), 'g'),
  };
}

const RECIPIENT_BEFORE = /(报|报送|上报|报请|提请|向|呈报|报经|请示|由.{0,3}批准|经)$/;
/** 县(区)主要领导, 县委书记: people, not bodies. */
const PEOPLE_AFTER = /^(主要领导|主要负责|党政主要|分管|领导干部|领导|负责同志|负责人|书记|主任|局长|委员|干部|班子)/;
const NAME_CHAR = /[\p{Script=Han}]/u;

export function findMentions(text: string, places: string[] = []): Mention[] {
  const { unit, list, partner, acting } = buildPatterns(places);
  const masked = maskCitations(text);
  const mentions: Mention[] = [];
  const overlaps = (s: number, e: number) => mentions.some((m) => s < m.end && e > m.start);

  for (const m of masked.matchAll(unit)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length < 2 || overlaps(start, end)) continue;
    if (PEOPLE_AFTER.test(text.slice(end)) || MODIFIED_NOUN.test(text.slice(end))) continue;
    // …达到二级水平的疾病预防控制中心: a body named as an object, not given work.
    if (/的$/.test(text.slice(0, start))) continue;
    // 全市县(区)一流水平: a level inside a larger place, not a body.
    if (isBareLevel(m[0]) && /[省市州县区全]$/.test(text.slice(0, start))) continue;
    if (isBareLevel(m[0]) && !m[0].includes('(') && start > 0 && NAME_CHAR.test(text[start - 1]) && !/[和与及由对各]$/.test(text.slice(0, start))) continue;
    // A bare level glued to other characters is part of another word (县市区域 …).
    if (/^(县|市|区|县市)$/.test(m[0]) && NAME_CHAR.test(text[end] ?? '') && !/^(要|应|须|和|负责|牵头|分别|集中|统筹|领导)/.test(text.slice(end))) continue;
    if (m[0] === '全' || (/^全[省市州县区]/.test(m[0]) && !/(局|部门|委|办|政府)$/.test(m[0]))) continue;
    mentions.push({ start, end, name: m[0], written: m[0], role: 'actor' });
  }
  for (const m of masked.matchAll(list)) {
    const items = [...m[1].split(/[、和及与]/).filter(Boolean), ...(m[2] ? [m[2]] : [])];
    const suffix = m[4];
    let at = m.index;
    for (const item of items) {
      const s = text.indexOf(item, at);
      at = s + item.length;
      if (overlaps(s, s + item.length)) continue;
      mentions.push({ start: s, end: s + item.length, name: item + suffix, written: item, role: 'actor' });
    }
  }
  for (const m of masked.matchAll(partner)) {
    const start = m.index;
    const end = start + m[0].length;
    // The partner must be the whole subject: 以1所核心学校牵头 names 核心学校, not 学校.
    if (overlaps(start, end) || (start > 0 && NAME_CHAR.test(text[start - 1]) && !/[和与及各]$/.test(text.slice(0, start)))) continue;
    mentions.push({ start, end, name: m[0], written: m[0], role: 'partner' });
  }
  for (const re of [acting, COLLECTIVE]) {
    for (const m of masked.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end) || (re === acting && !ACTING_VERB.test(text.slice(end)))) continue;
      if (re === acting && start > 0 && NAME_CHAR.test(text[start - 1])) continue;
      mentions.push({ start, end, name: m[0], written: m[0], role: 'actor' });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  markRecipients(text, mentions);
  return mentions.filter((m) => !issuesCitedDocument(text, m));
}

const BARE_LEVEL = new RegExp(`^${alt(BARE_LEVELS, false)}$`);
const isBareLevel = (name: string) => BARE_LEVEL.test(name) || /^(各|每个)?[县市区州省](级)?$/.test(name);

/** Cited titles name bodies too (《河南省人民政府办公厅关于…》): those are not actors. */
function maskCitations(text: string): string {
  return text.replace(/《[^《》]*》/g, (m) => '《' + '　'.repeat(m.length - 2) + '》');
}

/** 报州教育局, 向县委报告, 经县委、县政府同意: the body receives, it does not act. */
function markRecipients(text: string, mentions: Mention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const x = mentions[i];
    const before = text.slice(Math.max(0, x.start - 6), x.start);
    const prev = mentions[i - 1];
    const listed = prev && prev.role === 'recipient' && /^[、和及]$/.test(text.slice(prev.end, x.start));
    if (RECIPIENT_BEFORE.test(before) || listed) x.role = 'recipient';
  }
}

/** 教育部、全国妇联…联合下发的《…》: the bodies issued a cited document. */
function issuesCitedDocument(text: string, m: Mention): boolean {
  return /^[^，,。；;]{0,40}?(联合)?(下发|印发|发布|颁布|出台)的《/.test(text.slice(m.end));
}
