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

/**
 * actor: given work (县教育体育局牵头…, 由市财政局负责…); partner: a school or company
 * given work; recipient: reported to (报州教育局); object: named but given nothing
 * (建设国际金融中心, 设在国家医保局) — not a unit of the document.
 */
export type MentionRole = 'actor' | 'recipient' | 'partner' | 'object';

export interface Mention {
  start: number;
  end: number;
  /** The name, a shared suffix distributed: 人社、编制部门 → 人社部门. */
  name: string;
  /** As written: 人社. */
  written: string;
  role: MentionRole;
}

/**
 * The document's place names (镇康县, 恩施州 …) are masked in a text before the name patterns run,
 * so that the patterns are the same for every document: a pattern made per place set is
 * compiled per region (10 ms a time), and a batch comes from many regions. A place is masked
 * up to its level (镇康县 → ◌◌县, 宝山区 → ◌◌区), which the patterns may take as the level of the
 * name that follows (镇康县委 is 镇康 + 县委); a short form is masked whole (泉州 of 泉州市: its
 * 州 is no level). Each character keeps the classes the patterns tell apart: a name may start
 * after 会同县's 同 (会同县健康促进委员会), and none runs through 三明's 三. Offsets are kept.
 */
/** Characters a name of its own may start after (…和县健康促进委员会). */
const OPENS_AFTER = '和与及由对会同';
/** Characters no name of its own runs through (…等, 一…十). */
const ENDS_OWN = '要应须的了是在对为把被将等和与及一二三四五六七八九十';
/** Masks of a place's characters: plain, opening and ending, opening, ending. */
const MASKS = ['\uE000', '\uE001', '\uE002', '\uE003'];
const ANY_MASK = `[${MASKS.join('')}]`;
const MASKED = new RegExp(ANY_MASK, 'g');
const maskOf = (c: string) => MASKS[OPENS_AFTER.includes(c) ? (ENDS_OWN.includes(c) ? 1 : 2) : ENDS_OWN.includes(c) ? 3 : 0];
/** A masked place with its level; names take a run of them: 云南省临沧市镇康县 before 教育局. */
const ONE_PLACE = `(?:${ANY_MASK}+[省市州县区]?)`;

/** Each place of a document with its mask, longest first: made once per document, used per sentence. */
const placeMasks = new Map<string, Array<[string, string]>>();
function masksOf(places: readonly string[]): Array<[string, string]> {
  const key = places.join('|');
  let masks = placeMasks.get(key);
  if (!masks) {
    const names = [...new Set(places)].filter((p) => p.length >= 2).sort((a, b) => b.length - a.length);
    masks = names.map((place) => {
      const shortForm = names.some((n) => n.length === place.length + 1 && n.startsWith(place));
      const stem = /[省市州县区]$/.test(place) && !shortForm ? place.slice(0, -1) : place;
      return [place, Array.from(stem, maskOf).join('') + place.slice(stem.length)];
    });
    if (placeMasks.size > 64) placeMasks.clear();
    placeMasks.set(key, masks);
  }
  return masks;
}

/** `text` with the document's places masked (MASKS), longest first; the same length. */
export function maskPlaces(text: string, places: readonly string[]): string {
  // PDF-to-text output may hold private-use characters already: they are no places
  let out = text.replace(MASKED, '\uFFFD');
  for (const [place, mask] of masksOf(places)) if (out.includes(place)) out = out.split(place).join(mask);
  return out;
}

type Patterns = ReturnType<typeof compilePatterns>;
const compiled = new Map<string, Patterns>();

/** Patterns are compiled once per set of known names (the unit directory), not once per sentence. */
function buildPatterns(known: readonly string[]): Patterns {
  const key = `${known.length}:${known[0] ?? ''}`;
  let patterns = compiled.get(key);
  if (!patterns) {
    patterns = compilePatterns(known);
    if (compiled.size > 32) compiled.clear();
    compiled.set(key, patterns);
  }
  return patterns;
}

/** A name's last character that goes on into another word: 部署, 委托, 办理, 处理, 局面, 中心城区. */
const SUFFIX_GUARD = '(?!署|门|际|分|长|员|托|理|法|学|好|成|事|置|罚|于|面|势|校|士|城区|工作|任务|级)';

function compilePatterns(known: readonly string[]) {
  const place = `${ONE_PLACE}*`;
  const prefix = `${alt(PREFIXES)}?`;
  const level = `${alt(LEVELS, false)}`;
  const stem = alt(STEMS);
  const suffix = alt(SUFFIXES);
  const gov = alt(GOVERNMENT);
  // A department: [prefix][place][level][gov] stem+ suffix  (县教育体育局, 市政府教育督导委员会办公室)
  const dept = `${prefix}${place}(?:${level})?(?:${gov})?(?:${stem})+${suffix}`;
  // A party or government body, or one of its meetings: 县委常委会, 乡(镇)党委政府, 县政府常务会
  const body = `${prefix}${place}${level}${gov}(?:${alt(['常委会议', '常委会', '常务会议', '常务会', '办公室'])})?`;
  const named = `${ONE_PLACE}${alt(GOVERNMENT.concat(['教育局']))}(?:办公室)?`;
  const whole = `${prefix}${place}(?:${level})(?:委)?${alt(WHOLE_STEMS)}(?![局厅委部门办院所])`;
  // 团市委, 共青团泉州市委: the Youth League's committee of a level.
  const league = `(?:共青团${place}|团)[省市州县区]委(?!员)`;
  // A body with a name of its own: 市健康沅州行动推进委员会, 县高标准农田建设工作领导小组, 区绿化市容局,
  // 省经济和信息化厅, 区城市网格化综合管理中心, 区委组织部（区公务员局）; not 县主动服务…大局.
  const own = `(?:(?<=^|[，,、；;：:（(${OPENS_AFTER}])|(?<=[${MASKS[1]}${MASKS[2]}])(?!${ANY_MASK}))${prefix}${place}(?:${level})(?:(?![${ENDS_OWN}${MASKS[1]}${MASKS[3]}])[\\p{Script=Han}${MASKS.join('')}]){1,14}?(?:委员会办公室|领导小组办公室|委员会|领导小组|指挥部|工作专班|办公室|管委会|中心|(?<![大格布全结变开新])局|厅|委|办|部|处)${SUFFIX_GUARD}(?:[（(][^（()）]{2,20}[）)])?`;
  // Names the unit directory knows (人民银行, 银保监会, 国家发展改革委 …), found by their first two characters.
  const byHead = new Map<string, string[]>();
  for (const n of new Set(known)) if (n.length >= 3) byHead.set(n.slice(0, 2), [...(byHead.get(n.slice(0, 2)) ?? []), n]);
  for (const list of byHead.values()) list.sort((a, b) => b.length - a.length);
  // Where a directory name may start: most characters of a text start none.
  const heads = new Uint8Array(0x10000);
  for (const head of byHead.keys()) heads[head.charCodeAt(0)] = 1;
  const bare = alt(BARE_LEVELS, false);
  return {
    /** A whole name made of the lexicon's parts (place, level, stem, suffix). */
    built: new RegExp(`^(?:${league}|${whole}|${dept}|${body}|${named}|${bare}|${alt(ACTING_LEVELS)})$`, 'u'),
    unit: new RegExp(`${league}|${whole}|${dept}|${body}|${named}|${own}|${bare}`, 'gu'),
    known: { byHead, heads },
    list: new RegExp(`((?:${stem}[、和及与])+)(${stem})?(等)?(部门|局)`, 'g'),
    partner: new RegExp(`${alt(PARTNERS)}(?=要|应|须|负责|牵头)`, 'g'),
    acting: new RegExp(alt(ACTING_LEVELS), 'g'),
  };
}

/** A list of stems sharing a suffix (人社、编制部门) has a separator and the suffix; most sentences lack one. */
const MAY_LIST = [/[、和及与]/, /部门|局/];

const RECIPIENT_BEFORE = /(报|报送|上报|报请|提请|向|呈报|报经|请示|由.{0,3}批准|经)$/;
/** 县(区)主要领导, 县委书记, 省住房城乡建设厅厅长: people, not bodies. */
const PEOPLE_AFTER =
  /^(主要领导|主要负责|党政主要|分管|领导干部|领导|负责同志|负责人|书记|主任|局长|厅长|处长|司长|部长|署长|院长|所长|行长|委员|干部|班子|副(?:书记|主任|[局厅处司部署院所行]长))/;
const NAME_CHAR = /[\p{Script=Han}]/u;

/** True when `name` is built from known parts: 县教育体育局, 各县(市、区), 市政府教育督导委员会办公室. */
export function isBuiltName(name: string, places: string[] = []): boolean {
  const key = `${places.join('|')}#${name}`;
  let built = builtNames.get(key);
  if (built === undefined) {
    built = buildPatterns([]).built.test(maskPlaces(name, places));
    if (builtNames.size > 4096) builtNames.clear();
    builtNames.set(key, built);
  }
  return built;
}
const builtNames = new Map<string, boolean>();

/** A name goes on into another word: 部署, 委托, 办理. */
const GOES_ON = new RegExp(`^${SUFFIX_GUARD.replace('(?!', '(?:')}`);
const KNOWN_PREFIX = /(各级各|各级|各|有关|相关)$/;

/** Directory names in `text`, longest at each position, each with a 各/有关 before it. */
function knownNames(text: string, { byHead, heads }: Patterns['known']): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < text.length - 2; i++) {
    if (!heads[text.charCodeAt(i)]) continue;
    const candidates = byHead.get(text.slice(i, i + 2));
    const name = candidates?.find((n) => text.startsWith(n, i) && !GOES_ON.test(text.slice(i + n.length)));
    if (!name) continue;
    const prefix = KNOWN_PREFIX.exec(text.slice(Math.max(0, i - 3), i))?.[0] ?? '';
    found.push({ start: i - prefix.length, end: i + name.length });
    i += name.length - 1;
  }
  return found;
}

export function findMentions(text: string, places: string[] = [], known: readonly string[] = []): Mention[] {
  const { unit, list, partner, acting, known: directory } = buildPatterns(known);
  const masked = maskCitations(text);
  const mentions: Mention[] = [];
  const overlaps = (s: number, e: number) => mentions.some((m) => s < m.end && e > m.start);

  for (const m of maskPlaces(masked, places).matchAll(unit)) {
    const start = m.index;
    const end = start + m[0].length;
    const name = masked.slice(start, end);
    if (name.length < 2 || overlaps(start, end)) continue;
    if (PEOPLE_AFTER.test(text.slice(end)) || MODIFIED_NOUN.test(text.slice(end))) continue;
    // 区级体检指标传导沿用住房城乡建设部: a clause that ends in a name, not a name.
    if (CLAUSE_INSIDE.test(name.slice(1))) continue;
    // …达到二级水平的疾病预防控制中心: a body named as an object, not given work.
    if (/的$/.test(text.slice(0, start))) continue;
    // 全市县(区)一流水平: a level inside a larger place, not a body.
    if (isBareLevel(name) && /[省市州县区全]$/.test(text.slice(0, start))) continue;
    if (
      isBareLevel(name) &&
      !name.includes('(') &&
      start > 0 &&
      NAME_CHAR.test(text[start - 1]) &&
      !/([和与及由对各]|鼓励|推动|支持|引导|指导|督促|要求|组织|动员)$/.test(text.slice(0, start)) &&
      // 各地各有关部门要…: two levels written together are both subjects.
      !mentions.some((x) => x.end === start)
    )
      continue;
    // A bare level glued to other characters is part of another word (县市区域 …).
    if (
      /^(县|市|区|县市)$/.test(name) &&
      NAME_CHAR.test(text[end] ?? '') &&
      !/^(要|应|须|和|负责|牵头|分别|集中|统筹|领导|设立|安排|投入|给予)/.test(text.slice(end))
    )
      continue;
    if (name === '全' || (/^全[省市州县区]/.test(name) && !/(局|部门|委|办|政府)$/.test(name))) continue;
    // 公办幼儿园, 民办学校: how a school is run, not an office.
    if (/[公民]办$/.test(name)) continue;
    mentions.push({ start, end, name, written: name, role: 'actor' });
  }
  for (const k of knownNames(masked, directory)) {
    if (overlaps(k.start, k.end) || PEOPLE_AFTER.test(text.slice(k.end)) || MODIFIED_NOUN.test(text.slice(k.end)) || /的$/.test(text.slice(0, k.start)))
      continue;
    const name = text.slice(k.start, k.end);
    mentions.push({ start: k.start, end: k.end, name, written: name, role: 'actor' });
  }
  for (const m of MAY_LIST.every((re) => re.test(masked)) ? masked.matchAll(list) : []) {
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
    // After a date (2020年前各级各类学校要…) a name opens its clause as well.
    if (overlaps(start, end) || (start > 0 && NAME_CHAR.test(text[start - 1]) && !/([和与及各]|[年月日前起])$/.test(text.slice(0, start)))) continue;
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
  for (const re of [COLLECTIVE_ACTOR, PLACE_ACTOR]) {
    for (const m of masked.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end) || VERB_LEAD.test(m[0]) || (re === PLACE_ACTOR && NOT_PLACE_NAME.test(m[0]))) continue;
      mentions.push({ start, end, name: m[0], written: m[0], role: 'actor' });
    }
  }
  for (const m of masked.matchAll(LEVEL_LIST)) {
    let at = m.index;
    for (const level of m[1].split(/[、和]/)) {
      const s = text.indexOf(level, at);
      at = s + level.length;
      if (!overlaps(s, at)) mentions.push({ start: s, end: at, name: level, written: level, role: 'actor' });
    }
  }
  for (const m of masked.matchAll(ZONE_BODIES)) {
    const suffix = m[2];
    let at = m.index;
    for (const zone of m[1].split('、')) {
      if (VERB_LEAD.test(zone) || /^(会同|配合|探索)/.test(zone)) continue;
      const s = text.indexOf(zone, at);
      at = s + zone.length;
      if (!overlaps(s, at)) mentions.push({ start: s, end: at, name: zone + suffix, written: zone, role: 'actor' });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  markRecipients(text, mentions);
  markObjects(text, mentions);
  return withDivisions(text, mentions).filter((m) => !issuesCitedDocument(text, m));
}

/** 市交通委（科信处、宣传处）: the divisions of a body named in brackets after it. */
const DIVISIONS = /^[（(]([^（()）]{2,40})[）)]/;
const DIVISION = /^(?!相关|有关|各)[\p{Script=Han}]{2,12}[处科室]$/u;

/**
 * The divisions a bracket at the start of `after` names (（科信处、宣传处）), with their offsets in
 * `after`; null when it names anything else (区委组织部（区公务员局）: the same body).
 */
export function bracketDivisions(after: string): Array<{ start: number; end: number; name: string }> | null {
  const inner = DIVISIONS.exec(after)?.[1];
  const items = inner?.split(/[、，,]/);
  if (!items?.every((item) => DIVISION.test(item))) return null;
  let at = 1;
  return items.map((name) => {
    const start = after.indexOf(name, at);
    at = start + name.length;
    return { start, end: at, name };
  });
}

/** A task given to 市交通委（宣传处） is its 宣传处's: the divisions stand for the body, with its role. */
function withDivisions(text: string, mentions: Mention[]): Mention[] {
  return mentions.flatMap((m) => {
    const divisions = bracketDivisions(text.slice(m.end));
    return divisions ? divisions.map((d) => ({ start: m.end + d.start, end: m.end + d.end, name: d.name, written: d.name, role: m.role })) : [m];
  });
}

/** 试点地区要…, 相关省份要…, 试点城市负责…: a collective named by what it is, given work. */
const COLLECTIVE_ACTOR =
  /(?<=^|[，,、；;：:。（(])(?:各|有关|相关|其他)?(?:(?:[\p{Script=Han}]{0,4}?(?:试点|帮扶|受帮扶)?(?:地区|城市|省份|省市|单位))|(?:[\p{Script=Han}]{0,16}?(?:联席会议|领导小组|工作专班|工作小组|工作组)))(?=要|应|须|负责|牵头|会同|配合|完成|制定|建立|开展|推进|加强|原则上|每年|定期|统筹|研究|办公室设在)/gu;

const CLAUSE_INSIDE = /(沿用|传导|参照|按照|依据|根据|开展|落实|对照)/;
/** 在贫困地区建立…, 组织成员单位开展…, 推进全市应急…: a verb or preposition before a name, not a name. */
const VERB_LEAD =
  /^(在|对|为|把|向|与|按|代表|反映|推进|加快|组织|联合|沿用|支持|鼓励|指导|督促|推动|引导|要求|建立|开展|完善|加强|健全|落实|实施|依托|通过|围绕|促进|带动|服务)/;
/** 浦东新区要…, 崇明区要…: a district, county or city named as the subject given work. */
const PLACE_ACTOR = /(?<=^|[，,；;：:。])[\p{Script=Han}]{2,4}?(?:新区|区|县|市|州|旗)(?=要|应|须|负责|牵头)/gu;
const NOT_PLACE_NAME =
  /^(城区|社区|园区|景区|片区|辖区|郊区|校区|学区|全区|全市|全县|各区|各市|各县|本区|本市|本县|我区|我市|我县|城市|县市|市县|省市)$|^(中心城|主城|新城|老城)/;
/** A zone's administration: 泉州开发区管委会; zones listed before it share it (泉州开发区、泉州台商投资区管委会). */
const ZONE = '(?![由以在对为把向与按将])[\\p{Script=Han}]{0,12}?(?:开发区|投资区|示范区|高新区|新区|园区|保税区|试验区|合作区|工业区|产业园)';
const ZONE_BODIES = new RegExp(`(?<=^|[，,、；;：:。（(和与及由])((?:${ZONE}、){0,6}${ZONE})(管委会|管理委员会)`, 'gu');

/** 市、区、街镇加快构建…: levels of government listed as the subject. */
const LEVEL_LIST =
  /(?<=^|[，,；;：:。])((?:市|区|县|乡|镇|街镇|乡镇|街道)(?:[、和](?:市|区|县|乡|镇|街镇|乡镇|街道))+)(?=要|应|须|加快|共同|分别|负责|统筹|联动|协同)/g;

/** Where a clause starts: a mention standing there (after 由, 各, 请 …) is its subject. */
const CLAUSE_OPENING = /(?:^|[，,；;：:。！？（(《“"「]|\s)\s*(?:由|并由|同时|并|请|要求|责成|其中|此外|另外|一是|二是|三是|四是|五是|对此|发挥|充分发挥)?\s*$/;
/** 鼓励、推动各县(市、区)根据…: a government or department directed to act. */
const DIRECTED = /(?:^|[，,；;：:。、])\s*(?:鼓励|推动|支持|引导|指导|督促|组织|动员|推进)\s*$/;
const GOVERNING = /(部门|政府|县|市|区|州|省|乡|镇|\))$/;
/** 压实乡(镇)党委政府的属地责任、教育行政部门的监管责任: duties laid on bodies by name. */
const DUTY_CLAUSE = /(压实|落实|强化|明确|夯实|履行|担负|承担)/;
const DUTY = /^\s*(?!关于)的?[\p{Script=Han}]{0,8}?(责任|职责|义务|主责)/u;
/** 联席会议由教育部、财政部…9个部门和单位组成: the members of a group share its work. */
const MEMBER_BEFORE = /由[^。；;，,]*$/;
const MEMBER_AFTER = /^[^。；;]*?组成/;
/** 发挥县委教育工作领导小组统筹协调作用: a body given a role. */
const ROLE = /^[^，,；;。]{0,16}?作用/;
/** Words after a name that make it describe something rather than act: 县教育局的职责, 市政府所在地. */
const DESCRIBED = /^\s*(?:[(（][^()（）]{1,20}[)）])?\s*(?:的|之|是|所属|所在|范围|辖区|以外|以内|内的|领导下|批准|同意|印发|发布|关于)/;
/** 区政府是推进本区城市体检工作的责任主体: a body named as the one answerable for the work. */
const CHARGED = /^\s*(?:是|为|作为)[^，,；;。]{0,24}?(?:责任主体|第一责任人|责任单位|牵头单位|实施主体|主体责任)/;
/** Joined to the work of an earlier name of the clause: …会同人社、编制部门, 联合市财政局. */
const JOINED = /(会同|联合|配合|协同|协助|商请|商|和|与|及|、)\s*$/;

/**
 * Names that are not given work are objects: 建设国际金融中心, 设在国家医保局. A name
 * is given work when it opens its clause (or follows 由), or is joined to one that does,
 * and the words after it assign (要, 负责, 牵头 …), not describe (的).
 */
const sentenceStart = (text: string, at: number) => {
  let s = at;
  while (s > 0 && !/[；;。！？]/.test(text[s - 1])) s--;
  return s;
};

const LEVELS_BEFORE = /(?:[省市州县区]级?、)+$/;

function markObjects(text: string, mentions: Mention[]): void {
  let previous: Mention | null = null;
  for (const m of mentions) {
    if (m.role !== 'actor') {
      previous = m;
      continue;
    }
    // 市、县(市、区)教育行政部门要…: the departments of a list of levels open the clause together.
    const before = text.slice(Math.max(0, m.start - 12), m.start).replace(LEVELS_BEFORE, '');
    const after = text.slice(m.end, m.end + 20);
    const between = previous ? text.slice(previous.end, m.start) : '';
    const opens = CLAUSE_OPENING.test(before) || (DIRECTED.test(before) && GOVERNING.test(m.name));
    // 各地各有关部门要…: collectives written together share the verb.
    const collectives = between === '' && /^各/.test(m.name) && /^各/.test(previous?.name ?? '');
    const joined = previous !== null && previous.role === 'actor' && !/[，,；;。：:]/.test(between) && (JOINED.test(between) || collectives);
    // 压实A的属地责任，B的监管责任，C协同责任: the verb reaches every duty of its sentence.
    // 国务院 on a line of its own, 教育部： heading a reply: a signature or an addressee.
    if (/^[\s:：]*$/.test(text.slice(0, m.start)) && /^[\s:：]*$/.test(text.slice(m.end))) {
      m.role = 'object';
      previous = m;
      continue;
    }
    const clause = text.slice(sentenceStart(text, m.start), m.start);
    const duty = DUTY_CLAUSE.test(clause) && DUTY.test(after);
    const role = /发挥\s*$/.test(before) && ROLE.test(after);
    const member = MEMBER_BEFORE.test(clause) && MEMBER_AFTER.test(text.slice(m.end));
    const charged = opens && CHARGED.test(after);
    if (!duty && !role && !member && !charged && (!(opens || joined) || DESCRIBED.test(after))) m.role = 'object';
    previous = m;
  }
}

const BARE_LEVEL = new RegExp(`^${alt(BARE_LEVELS, false)}$`);
const isBareLevel = (name: string) => BARE_LEVEL.test(name) || /^(各|每个)?[县市区州省](级)?$/.test(name);

/** Cited titles (《河南省人民政府办公厅关于…》) and quoted models (“国资委负责…+平台负责…”) name bodies that are not given work here. */
function maskCitations(text: string): string {
  return text.replace(/《[^《》]*》|“[^“”]*”/g, (m) => m[0] + '　'.repeat(m.length - 2) + m[m.length - 1]);
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
