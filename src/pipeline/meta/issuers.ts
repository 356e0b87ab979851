// The bodies that issue a policy: the signature above its date, the labelled 发文机关,
// 联合印发 in a news lead, the headline before 关于印发, the bodies a title opens with
// (中共上海市委、上海市人民政府关于…的意见), the government and the congress that approved
// an outline (上海市第十五届人民代表大会第五次会议批准), or for a work report the
// government the speaker reports for (我代表市人民政府 … in 潜江市 → 潜江市人民政府).
import { fold } from '../text/fold.ts';

const ORG_LINE = /^(中共)?[\p{Script=Han}()（）、]{2,30}(办公室|办公厅|人民政府|政府|委员会|局|厅|委|部|院|中心)$/u;
const DATE_LINE = /^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年.{2,6}日)$/;
const JOINT = /^([\p{Script=Han}]{2,30}?(?:局|委员会|政府|办公室|厅))(?:等[\d一二三四五六七八九十]+部门)?(?:联合)?(?:印发|发布)/u;
const SPEAKER = /我代表\s*(省|市|县|区|州)?\s*人民政府/;

export interface IssuerInput {
  header: readonly string[];
  lines: readonly string[];
  labelled: string | null;
  title: string;
}

const NUMERAL = '[一二三四五六七八九十\\d]+';
const APPROVED = new RegExp(`([\\p{Script=Han}]{0,12}?)第${NUMERAL}届(全国)?人民代表大会第${NUMERAL}次会议(?:审议)?批准`, 'u');

/** An outline approved by a congress: drafted and published by its government, approved by the congress. */
function approvers(header: readonly string[], lines: readonly string[]): string[] {
  const top = fold([...header, ...lines.slice(0, 6)].join('')).replace(/\s+/g, '');
  const m = APPROVED.exec(top);
  if (!m) return [];
  if (m[2]) return ['国务院', '全国人民代表大会'];
  const place = m[1].replace(/^.*[日（(]/, '');
  return /^[\p{Script=Han}]{1,8}(省|自治区|市|县|区|州|盟|旗)$/u.test(place) ? [`${place}人民政府`, `${place}人民代表大会`] : [];
}

/** 中共上海市委、上海市人民政府关于…: the bodies a title opens with, when every one is a body. */
function titleHead(title: string): string[] {
  const head = title.split('关于')[0];
  if (head === title || head === '') return [];
  const names = head
    .trim()
    .split(/[、\s]+/)
    .filter(Boolean);
  return names.every((n) => ORG_LINE.test(n)) ? names : [];
}

/** Names on a signature line: several bodies may share a line, separated by spaces. */
const namesOn = (line: string) => line.replace(/&\w+;/g, '').trim().split(/\s+/).filter(Boolean);

/** The signature: organisation lines right above a date line, near the top or at the end. */
function signature(lines: readonly string[]): string[] {
  const candidates = [...lines.keys()].filter((i) => i < 24 || i >= lines.length - 16);
  for (const i of candidates) {
    if (!DATE_LINE.test(fold(lines[i]).trim())) continue;
    const names: string[] = [];
    for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
      const parts = namesOn(lines[j]);
      if (!parts.length || !parts.every((p) => ORG_LINE.test(p))) break;
      names.unshift(...parts);
    }
    if (names.length) return names;
  }
  return [];
}

export function issuersOf(input: IssuerInput): string[] {
  const signed = signature(input.lines);
  if (signed.length) return signed;
  for (const l of input.lines.slice(0, 12)) {
    const m = JOINT.exec(l.trim());
    if (m) return [m[1]];
  }
  for (let i = 0; i < Math.min(input.lines.length, 3); i++) {
    if (ORG_LINE.test(input.lines[i].trim()) && /关于印发|的通知/.test(input.lines[i + 1] ?? '')) return [input.lines[i].trim()];
  }
  if (input.labelled) return input.labelled.split(/[\s、，,]+/).filter(Boolean);
  const headline = [...input.header, ...input.lines.slice(0, 2)].find((l) => /关于印发/.test(l));
  if (headline) {
    const names = headline
      .split('关于印发')[0]
      .trim()
      .split(/\s+/)
      .filter((p) => ORG_LINE.test(p));
    if (names.length) return names;
  }
  const approved = approvers(input.header, input.lines);
  if (approved.length) return approved;
  return titleHead(input.title);
}

/** The government a work report is delivered for, named with its region. */
export function reportingGovernment(lines: readonly string[], region: string | null): string[] {
  if (!region) return [];
  return lines.slice(0, 10).some((l) => SPEAKER.test(fold(l))) ? [`${region}人民政府`] : [];
}
