// From the names a text uses to the units of a record: place names dropped
// (镇康县教育体育局 in a 镇康县 plan is 县教育体育局), directory aliases merged, and
// the generic names of the county level (县级政府, 各地) folded into the level's own
// name in this document.
import type { Unit, UnitLevel } from '../../schema/record.ts';
import { lookUp, type UnitDirectory, type UnitKind } from './directory.ts';
import { isBuiltName } from './find-mentions.ts';
import { STEM_FORMS } from './lexicon.ts';

export interface ResolvedName {
  name: string;
  level: UnitLevel;
  kind: UnitKind | null;
}

/** 各, 有关, 相关 before a level (有关省级人民政府 is each province concerned): not part of the name. */
const PREFIX = /^(各级各|各级|各(?:有关|相关)(?=[省市州县区乡镇])|各|每个|本级|全|(?:有关|相关)(?=[省市州县区乡镇]))/;
const LEVEL_PREFIX = /^(县\((?:市、区|区|市)\)|县市区|县区)(?=.{2,})/;
const COUNTY_FORMS = ['各县(市、区)', '县(区)', '各县市'];
/** Collective names (相关部门, 各责任单位) assign work but name no one body: kept, marked optional. */
const COLLECTIVE =
  /^(相关部门|有关部门|有关职能部门|相关职能部门|部门|单位|责任单位|成员单位|行业部门|各部门|各单位|各级各部门|县级部门|市级部门|县直部门|有关单位|相关单位)$/;
const COUNTY_GENERIC = new Set(['县级政府', '县级人民政府', '各地', '各地区', '各县', '每个县', '县级', '县区', '各县区', '县']);
/** The governments of a level go by one name in a plan: 市, 市级, 市政府, 市人民政府, 各市, 各区党委和政府. */
const OWN_LEVEL = /^各?(省|市|州|区)(级)?(人民政府|政府|党委和政府|党委政府|党委、政府)?$/;
/** 市财政, 县级财政: the finance of a level. */
const LEVEL_FINANCE = /^([省市州县区])级?财政$/;
/** 市文广新局 → 文广新局, 市文联 → 文联: a body of one level, and the name it goes by without it. */
const LEVELED_BODY = /^[省市州县区]((?![委级])[\p{Script=Han}]{1,10}(?:局|委|办|厅|联|工会))$/u;
/** 文广新局, 发改委: a bureau named without a level (not 部门, not a place). */
const BODY_WITHOUT_LEVEL = /^(?![省市州县区乡镇各国中])[\p{Script=Han}]{1,10}(?:局|委|办|厅|联|工会)$/u;

/** 财政部门, 教育行政部门, 人社部门: the departments of a sector, not named at a level. */
const SECTOR_DEPARTMENT = /^(\p{Script=Han}{2,8}?)(?:行政主管|行政|主管)?部门$/u;
/** 市财政局, 区教委, 市委宣传部: a sector's body at one level. */
const SECTOR_BUREAU = /^[省市州县区](?:委(?=宣传|组织|统战|网信|编))?(?!政法|司法|政府)(\p{Script=Han}{1,8}?)(?:局|厅|委|办|部)$/u;
/** 各级教育部门, 各教育部门, 县(市、区)教育行政部门: the sector's departments of every level, or of a lower one; not one bureau. */
const EVERY_LEVEL = /^(各级|各|[省市州县区]{1,2}级|[省市县区]{2}(两级)?|[省市州县区]、|县\(|县市区|县区|区县|乡镇)/;

/** A short form of a stem right after the level, before the kind of body: 省住建厅, 市人社局, 发改委. */
const SHORT_STEM = new RegExp(
  `^([省市州县区]?)(${STEM_FORMS.flatMap((forms) => forms.slice(1))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?=局|厅|委|办|部门$)`,
);
const FULL_STEM = new Map(STEM_FORMS.flatMap((forms) => forms.slice(1).map((short) => [short, forms[0]] as const)));

/** 省住建厅 → 省住房城乡建设厅: the stem in its full form. */
function withFullStem(name: string): string {
  return name.replace(SHORT_STEM, (_, level: string, short: string) => level + FULL_STEM.get(short)!);
}

/**
 * The level of a place: 镇康县 → 县; of a short form, its full form's (镇康 → 县 when the
 * plan names 镇康县; 泉州 of 泉州市 → 市, not 州).
 */
function placeLevel(place: string, places: readonly string[]): string {
  const full = places.find((q) => q.length === place.length + 1 && q.startsWith(place) && /[省市州县区]$/.test(q));
  return (full ?? place).match(/[省市州县区]$/)?.[0] ?? '';
}

/** The sector of a sector's departments or of a bureau, in one form: 人社部门 and 市人力资源社会保障局 → 人力资源社会保障; 市编办 → 编制. */
function sectorOf(name: string, pattern: RegExp): string | null {
  const stem = pattern.exec(name)?.[1];
  if (!stem) return null;
  // 编办 is the office of 机构编制 (编制部门).
  if (stem === '编') return '编制';
  return FULL_STEM.get(stem) ?? stem;
}

function levelOf(name: string): UnitLevel {
  if (/^(乡|镇|街道|各办事处|办事处)/.test(name)) return 'township';
  if (/^(县|区|各县|每个县)/.test(name)) return 'county';
  if (/^(市|州|盟)/.test(name)) return 'prefecture';
  if (/^省/.test(name)) return 'province';
  if (/^(国务院|中央|国家|教育部(?!门)|财政部(?!门))/.test(name)) return 'national';
  return 'unknown';
}

/** The directory entry, or the name itself with its place and 各/每个 prefixes dropped. */
export function resolveName(written: string, places: string[], directory: UnitDirectory, nationalDocument = false): ResolvedName {
  // 中共镇康县委 → 县委; 区委组织部（区公务员局） is 区委组织部, the bracket kept as an alias.
  // A bracket of levels (各县(市、区)) is part of the name.
  // 各县、市、区 is 各县(市、区) written without brackets.
  let name = written
    .replace(/^中共/, '')
    .replace(/^(各|每个)?县\(市\)、区/, '$1县(市、区)')
    .replace(
      /^(各|每个)?([县市])((?:、(?:市|区|县|旗|州|特区))+)/,
      (_, each: string | undefined, level: string, rest: string) => `${each ?? ''}${level}(${rest.slice(1)})`,
    )
    .replace(/^(.{2,}?)[（(](?![市区县州盟旗乡镇街道自治特、,]+[）)])[^（()）]+[）)]$/, '$1');
  // The place goes, its level stays: 川汇区教育体育局 → 区教育体育局, 镇康教育体育局 → 县教育体育局.
  // A body not built from the parts of government names keeps its place: 泉州晚报社.
  for (const p of [...places].sort((a, b) => b.length - a.length)) {
    if (!name.startsWith(p) || name.length <= p.length + 1) continue;
    const rest = name.slice(p.length);
    const leveled = /^[省市州县区乡镇]/.test(rest) ? rest : placeLevel(p, places) + rest;
    if (isBuiltName(leveled)) name = leveled;
  }
  for (const candidate of [name, name.replace(PREFIX, ''), name.replace(PREFIX, '').replace(LEVEL_PREFIX, '')]) {
    const entry = lookUp(directory, candidate, nationalDocument);
    if (entry) return { name: entry.name, level: entry.level === 'unknown' ? levelOf(candidate) : entry.level, kind: entry.kind };
  }
  // 各县(市、区、特区)人民政府, 各区市政府 are the level itself: 县(市、区、特区), 区市.
  const government = /^(.*\)|县市区|县市|区市|县区|市县)(?:人民政府|政府)$/.exec(name.replace(PREFIX, ''));
  if (government) return resolveName(government[1], places, directory, nationalDocument);
  const bare = name.replace(PREFIX, '');
  // 各级各部门 names everyone; 部门 alone would name nothing.
  const stripped = bare.length >= 2 && !/^(部门|单位)$/.test(bare) ? bare : name;
  const full = withFullStem(stripped);
  if (full !== stripped) return resolveName(full, places, directory, nationalDocument);
  return { name: stripped, level: levelOf(stripped), kind: null };
}

export interface UnitMention {
  /** The name as matched (folded to simplified, half-width characters). */
  written: string;
  /** As printed, when that differs (traditional characters, full-width brackets). */
  shown?: string;
  partner: boolean;
}

/** The record's units: one per canonical name, with every written form as an alias. */
export function resolveUnits(
  mentions: UnitMention[],
  places: string[],
  region: string | null,
  directory: UnitDirectory,
): { units: Unit[]; canonical: (written: string) => string } {
  const national = region === '全国';
  const resolved = new Map<string, ResolvedName>();
  for (const m of mentions) resolved.set(m.written, resolveName(m.written, places, directory, national));
  // The county level of this plan goes by one name (各县(市、区) or 县(区) …).
  const counts = new Map<string, number>();
  for (const r of resolved.values()) if (COUNTY_FORMS.includes(r.name)) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  const county = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  // 市 and 市级 and 市政府 are one body: the first form the plan uses names it.
  const ownLevel = new Map<string, string>();
  for (const r of resolved.values()) {
    const m = OWN_LEVEL.exec(r.name);
    if (m && !ownLevel.has(m[1])) ownLevel.set(m[1], r.name);
  }
  // 市人社局、文广新局: a bureau written without its level is the one body of that name at a level.
  const leveled = new Map<string, Set<string>>();
  for (const r of resolved.values()) {
    const bare = LEVELED_BODY.exec(r.name)?.[1];
    if (bare) leveled.set(bare, (leveled.get(bare) ?? new Set()).add(r.name));
  }
  const names = new Set([...resolved.values()].map((r) => r.name));
  // 财政部门 in a plan that names 市财政局 (and no other finance bureau) is that bureau; a sector
  // the plan also gives to every level (各级教育部门) is not one bureau's.
  const bureaus = new Map<string, Set<string>>();
  for (const name of names) {
    const sector = sectorOf(name, SECTOR_BUREAU);
    if (sector) bureaus.set(sector, (bureaus.get(sector) ?? new Set()).add(name));
  }
  const everyLevel = new Set<string>();
  for (const [written, r] of resolved) {
    if (!EVERY_LEVEL.test(written)) continue;
    const sector = sectorOf(r.name.replace(LEVEL_PREFIX, '').replace(EVERY_LEVEL, ''), SECTOR_DEPARTMENT);
    if (sector) everyLevel.add(sector);
  }
  // 有关部门、单位要…: the units written after the departments are of the same collective.
  const collective = [...names].find((n) => /^(有关|相关)部门$/.test(n));
  const canonicalOf = (written: string): string => {
    const r = resolved.get(written) ?? resolveName(written, places, directory, national);
    // 市财政要保障…: a level's finance is its finance bureau, when the plan names one.
    const finance = LEVEL_FINANCE.exec(r.name);
    const bureau = finance && [`${finance[1]}财政局`, `${finance[1]}财政厅`].find((n) => names.has(n));
    if (bureau) return bureau;
    if (county && (COUNTY_GENERIC.has(r.name) || COUNTY_GENERIC.has(written) || r.name === '各县(市、区)')) return county;
    if (r.name === '单位' && collective) return collective;
    const level = OWN_LEVEL.exec(r.name);
    if (level) return ownLevel.get(level[1]) ?? r.name;
    const atLevel = BODY_WITHOUT_LEVEL.test(r.name) ? leveled.get(r.name) : undefined;
    if (atLevel?.size === 1) return [...atLevel][0];
    const sector = sectorOf(r.name, SECTOR_DEPARTMENT);
    const ofSector = sector && !everyLevel.has(sector) ? bureaus.get(sector) : undefined;
    if (ofSector?.size === 1) return [...ofSector][0];
    return r.name;
  };
  const units = new Map<string, Unit>();
  for (const m of mentions) {
    const name = canonicalOf(m.written);
    const r = resolved.get(m.written)!;
    const unit = units.get(name) ?? {
      name,
      aliases: [],
      level: r.level,
      region,
      optional: m.partner || r.kind === 'school' || r.kind === 'partner' || COLLECTIVE.test(name),
    };
    for (const alias of [m.written, m.shown ?? m.written]) if (alias !== name && !unit.aliases.includes(alias)) unit.aliases.push(alias);
    if (!m.partner) unit.optional = unit.optional && (r.kind === 'school' || r.kind === 'partner' || COLLECTIVE.test(name));
    units.set(name, unit);
  }
  return { units: [...units.values()], canonical: canonicalOf };
}
