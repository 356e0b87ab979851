// Place names: 镇康县, 周口市川汇区, 恩施土家族苗族自治州 (恩施州).

const PLACE = /([\p{Script=Han}]{2,8}?(?:自治州|自治县|自治区|特别行政区|省|市|州|县|区|旗|盟))/u;
/** A chain of places at a word boundary, before the body seated there: 周口市川汇区人民政府. */
const PLACE_BEFORE_BODY =
  /(?<=^|[\s，,、；;：:（(《“])(?:中共)?((?:[\p{Script=Han}]{2,4}?(?:省|市|州|县|区))+)(?=人民政府|政府|委|党委|教育|财政|人力|发展|卫生|生态|关于)/gu;
/** 已经县委, 我代表市政府, 是自治区: words before a body that are not part of a place name. */
const FUNCTION_START = /^[已经由报向对和在将把为与及的并全各本该请现我是占]/;
/** 根据省关于…, 深入贯彻市委, 根据镇康县人民政府…: verbs before the place (if any) of a body. */
const VERB_BEFORE = /^(?:根据|依据|按照|遵照|参照|聚焦|围绕|贯彻|落实|结合|对照|对标|依托|纳入|深入|认真|坚决|定期|上报)+/;
/** 省政府和市委, 省委省政府, 我代表市: no place name holds a body or a speaker. */
const NOT_INSIDE_PLACE = /政府|人民|党委|代表|委/;
/** Words that end like a place but are not one, and kinds of place without a name (各省、自治区、直辖市人民政府). */
const NOT_PLACE =
  /^(直辖市|自治区|自治州|自治县|特别行政区|全|各|本|城|市|县|区|地|社|校|园|小|片|学|景|郊|辖|本级|城区|县区|市区|社区|校区|园区|片区|学区|景区|郊区|辖区|老城区|新城区|开发区|示范区|试验区|先行区|实验区|集中区|行政区)/;

/** The place a name starts with, with the chain of places before it: 周口市川汇区人民政府 → [周口市, 川汇区]. */
export function leadingPlaces(name: string): string[] {
  const out: string[] = [];
  let rest = name.replace(/^中共/, '');
  for (;;) {
    const m = PLACE.exec(rest);
    if (!m || m.index !== 0 || NOT_PLACE.test(m[1])) break;
    const after = rest.slice(m[1].length);
    // 恩施州推动县域…: a later "place" must be followed by a body or another place.
    if (out.length && !(PLACE.exec(after)?.index === 0 || /^(人民政府|政府|委|党委|教育|办公室|[^\p{Script=Han}]|$)/u.test(after))) break;
    out.push(m[1]);
    rest = after;
  }
  return out;
}

/** Every place named as the seat of a body anywhere in the lines (镇康县人民政府 → 镇康县). */
export function placesIn(lines: string[]): string[] {
  const found = new Set<string>();
  for (const line of lines) {
    for (const m of line.matchAll(PLACE_BEFORE_BODY)) {
      const name = m[1].replace(VERB_BEFORE, '');
      if (NOT_PLACE.test(name) || FUNCTION_START.test(name) || NOT_INSIDE_PLACE.test(name)) continue;
      for (const place of leadingPlaces(name)) found.add(place);
    }
  }
  return [...found];
}

/** 镇康县 → 镇康, 恩施土家族苗族自治州 → 恩施州: the short forms texts also use. */
export function shortForms(place: string): string[] {
  const forms = [place];
  const auto = /^(.{2,}?)(?:[\p{Script=Han}]{1,6}族)+自治(州|县)$/u.exec(place);
  if (auto) forms.push(auto[1] + auto[2], auto[1]);
  else if (/^.{2,}[县市州省]$/.test(place)) forms.push(place.slice(0, -1));
  return forms;
}
