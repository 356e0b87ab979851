// The policy's own name. A 通知 that issues one plan (《X》已经…同意，现印发给你们) is
// titled by the plan; a 通知 that issues several keeps its own headline; otherwise the
// title line at the top of the body (joined when broken over lines), the labelled 标题
// field of the page, a work report's own name, and only then the page title.
import { fold } from '../text/fold.ts';

/** Words that end the name of a policy document. */
export const POLICY_KIND = '(?:方案|计划|意见|办法|规划|要点|细则|措施|纲要|规定|清单|决定|条例|通知|指南|标准|制度|机制|任务|批复|请示|报告|政策)';

const CITED = /《([^《》]{4,100})》/g;
/** What follows the plan's name in the 通知 that issues it. */
const ISSUING = /^\s*(?:[(（]以下简称[^()（）]{0,20}[)）])?\s*(?:已经|已|现印发|现转发|现予印发|予以印发|印发给|，?请|的通知|经.{0,12}同意)/;
const ISSUING_BEFORE = /(?:印发|转发|现将|制定|发布|出台)(?:了)?\s*$/;
const KIND_END = new RegExp(`${POLICY_KIND}(?:\\s*[(（][^()（）]{4,24}[)）])?$`);
/** A wrapper's own headline: …关于印发…的通知. */
const WRAPPER = /(印发|转发|发布).*的通知$/;
/** Lines that are never part of a title: dates, 发文字号, the signature's notes. */
const NOT_TITLE = /^(\d{4}\s*年|[〇零一二三四五六七八九]{4}年|[(（].*[〔[]\s*\d{4}|.*[〔[]\s*\d{4}\s*[〕\]]\s*\d+\s*号|[(（]此件)/;
const MAX_LINE = 44;
/** A numbered heading (三、主要任务) is never the title. */
const NUMBERED = /^\s*([一二三四五六七八九十]+\s*[、.]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+\s*[.、．])/;

export interface TitleInput {
  header: readonly string[];
  lines: readonly string[];
  /** The labelled 标题 of the page or export, if any. */
  labelled: string | null;
  workReport: boolean;
  /** The HTML page title or the file name: the last resort. */
  fallback: string | null;
}

/** The plan a 通知 issues: the one title it cites before 已经…/现印发…, or null when it issues several or none. */
function issuedTitle(lines: readonly string[]): string | null {
  for (const [i, line] of lines.entries()) {
    const view = fold(line);
    // A news lead may break the line before the title: …联合发布 / 《…方案》.
    const lead = view.trimStart().startsWith('《') ? fold(lines[i - 1] ?? '').trimEnd() : '';
    const cited = [...view.matchAll(CITED)].filter((m) => KIND_END.test(m[1]));
    const issued = cited.filter((m) => ISSUING.test(view.slice(m.index + m[0].length)) || ISSUING_BEFORE.test(lead + view.slice(0, m.index).trim()));
    if (!issued.length) continue;
    // 现将《A》和《B》印发给你们: several documents, no one of them is the title.
    const together = cited.filter((m) => m.index <= issued[issued.length - 1].index + 60);
    if (together.length > 1 && /^[\s和、及与]*《/.test(view.slice(together[0].index + together[0][0].length))) return null;
    const m = issued[0];
    return line.slice(m.index + 1, m.index + m[0].length - 1).trim();
  }
  return null;
}

/** Consecutive short lines that together end with a policy kind: a title broken over lines. */
function titleFromLines(lines: readonly string[], allowWrapper: boolean): string | null {
  const limit = Math.min(lines.length, 16);
  for (let i = 0; i < limit; i++) {
    if (NUMBERED.test(fold(lines[i]))) continue;
    let best: string | null = null;
    const parts: string[] = [];
    for (let j = i; j < Math.min(limit, i + 4); j++) {
      const l = lines[j].trim();
      const view = fold(l);
      if (l.length > MAX_LINE || /[。，,；;：:]/.test(view) || NOT_TITLE.test(view)) break;
      // A continuation starts with a joining word or a period: 和二〇三五年远景目标纲要, (2021—2023年).
      if (parts.length && best && !/^(和|及|与|暨|[(（])/.test(view)) break;
      parts.push(l);
      const joined = parts.join('');
      if (KIND_END.test(fold(joined)) && (allowWrapper || !WRAPPER.test(fold(joined)))) best = joined;
    }
    if (best) return best;
  }
  return null;
}

function workReportTitle(lines: readonly string[]): string {
  const own = lines.slice(0, 6).find((l) => /政府工作报告$/.test(fold(l).trim()) && l.trim().length <= 30);
  return own?.trim() ?? '政府工作报告';
}

/** The lines before the body's first numbered heading: the 通知 wrapper and the title. */
function frontLines(lines: readonly string[]): readonly string[] {
  const first = lines.findIndex((l) => /^\s*(一\s*[、.]|第一[章条]|[(（]\s*一\s*[)）])/.test(fold(l)));
  return lines.slice(0, Math.min(first < 0 ? 16 : first, 16));
}

export function titleOf(input: TitleInput): string {
  if (input.workReport) return workReportTitle(input.lines);
  const top = [...input.header, ...frontLines(input.lines)];
  const issued = issuedTitle(top);
  if (issued) return issued;
  // The 通知 issues several documents: its own headline is the title.
  const several = top.some((l) => [...fold(l).matchAll(CITED)].filter((m) => KIND_END.test(m[1])).length > 1 && /(印发|转发)/.test(l));
  const headlineOfNotice = several ? top.find((l) => WRAPPER.test(fold(l).trim()) && !/[。，；]/.test(l)) : undefined;
  if (headlineOfNotice) return headlineOfNotice.trim();
  const own = titleFromLines(frontLines(input.lines), several);
  if (own && !(several && !WRAPPER.test(fold(own)) && input.labelled)) return own;
  if (input.labelled) return input.labelled;
  if (own) return own;
  const headline = input.header.find((l) => KIND_END.test(fold(l).trim()) && l.length <= 100);
  if (headline) return headline.trim();
  const fallback = input.fallback?.replace(/\.(docx?|pdf|wps|txt|html?|md)$/i, '').trim();
  if (fallback) return /关于印发(.+?)的通知/.exec(fallback)?.[1]?.replace(/[《》]/g, '') ?? fallback;
  return input.lines[0]?.slice(0, 60) ?? '未命名文件';
}
