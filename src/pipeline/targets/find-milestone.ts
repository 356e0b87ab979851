// Dated commitments without a measured value: "2024年7月对各县市教联体建设情况进行
// 中期评估", "争取2023年县一中晋升为省一级二等普通高中". A sentence may hold several,
// each date governing the clauses up to the next one.
import type { DatePhrase } from '../dates/date-phrases.ts';
import type { Quantity } from './find-quantities.ts';

export interface MilestoneHit {
  date: DatePhrase;
  /** End of the clauses the date governs: the milestone's text stops there. */
  end: number;
  /** Vague aspirations (显著提升, 更加合理) are kept but marked optional. */
  vague: boolean;
}

const VAGUE = /(显著|明显|进一步|大幅|基本|更加|持续|不断|稳步|大体|逐步|全面提升|有效|良好|一流|先进行列|中上|前列)/;
const CLAUSE_END = /[，,；;：:]/g;
/** 在“十三五”期间完成…: a period whose work is to be done within it ends in a deadline. */
const DONE_WITHIN = /^\s*(?:内|以内)?\s*(?:全面|基本)?(?:完成|实现|建成)/;
/** Verbs that complete something: a clause beside a dated figure is a milestone only with one. */
export const COMPLETES =
  /(完成|建成|实现|出台|制定|印发|建立|形成|启动|开始|执行|开工|竣工|投用|投入使用|覆盖|配齐|补齐|补足|配备|通过(?:验收|认定|评估|审核)|取消|消除|退出|纳入|达到)/;
const GUIDANCE = /^[^，,。；;]{0,10}(总体要求|指导思想|总体思路|基本思路|工作思路)(是|为)?\s*[:：]/;
/** Digits that name, not measure: a code (T2, 5G, A1; 200MW measures), a circle of so many minutes (15 分钟养老服务网络, 15分钟生活圈). */
const CODE = /[A-Za-z]+\d[A-Za-z\d]*|\d[GKD](?![A-Za-z])|\d+\s*分钟(?=\s*[\p{Script=Han}]{0,8}?(?:圈|网络))/gu;
/** Characters of a clause short enough to be the topic of the next one. */
const TOPIC = 14;

interface Clause {
  start: number;
  end: number;
}

function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    out.push({ start, end: m.index });
    start = m.index + 1;
  }
  out.push({ start, end: text.length });
  return out;
}

/** The milestones a (folded) sentence states. */
export function findMilestones(text: string, dates: readonly DatePhrase[], quantities: readonly Quantity[]): MilestoneHit[] {
  const explicit = dates.filter(
    (d) =>
      (d.role === 'deadline' ||
        d.role === 'point' ||
        (d.role === 'period' && (/[(（]\s*$/.test(text.slice(0, d.start)) || DONE_WITHIN.test(text.slice(d.end))))) &&
      // 2025年：70%以上 — a date that labels a value (a target table's column) dates the value only.
      !/^\s*[:：]/.test(text.slice(d.end)) &&
      // 2007年政府工作的总体要求是：以…为指导 — the year's guiding principles commit to nothing by a date.
      !GUIDANCE.test(text.slice(d.end)),
  );
  const clauses = clausesOf(text);
  const clauseOf = (at: number) => clauses.findIndex((c) => at >= c.start && at <= c.end);
  const hits: MilestoneHit[] = [];
  explicit.forEach((date, i) => {
    const first = clauseOf(date.start);
    const next = explicit[i + 1];
    const last = next ? Math.max(first, clauseOf(next.start) - 1) : clauses.length - 1;
    let vague = true;
    let found = false;
    // Where the date's figures are its targets (到2020年，建设2000个社团，培育浓厚氛围), a clause
    // without one is a milestone of its own only when it completes something.
    const measured = quantities.some((q) => q.start >= clauses[first].start && q.start < clauses[last].end);
    for (let k = first; k <= last; k++) {
      const c = clauses[k];
      if (quantities.some((q) => q.start >= c.start && q.start < c.end)) continue;
      // 2024年工作项目：… — a label before a colon dates what follows it; it commits to nothing.
      if (/^[:：]/.test(text.slice(c.end))) continue;
      // 井盖井框处置，完成400个: a short topic whose figure follows in the next clause (基本补足配齐美育教师 completes something of its own).
      const nextClause = clauses[k + 1];
      if (
        nextClause &&
        c.end - c.start <= TOPIC &&
        !COMPLETES.test(text.slice(c.start, c.end)) &&
        quantities.some((q) => q.start >= nextClause.start && q.start < nextClause.end)
      )
        continue;
      let rest = text.slice(c.start, c.end);
      for (const d of explicit) if (d.start >= c.start && d.end <= c.end) rest = rest.replace(text.slice(d.start, d.end), '');
      // Figures that are not targets (600分以上人数) make a clause a statistic, not a milestone;
      // digits that name (T2航站楼, 15分钟生活圈) are no figure.
      if (/\d/.test(rest.replace(CODE, ''))) continue;
      const words = rest.replace(/^[\s(（]*(到|至|在|于|争取|力争|确保|截至)+/, '').replace(/[^\p{Script=Han}]/gu, '');
      if (words.length < 4) continue;
      if (measured && !COMPLETES.test(words)) continue;
      found = true;
      if (!VAGUE.test(words)) vague = false;
    }
    if (found) hits.push({ date, end: next ? clauses[last].end : text.length, vague });
  });
  return hits;
}
