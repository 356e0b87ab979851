// A dated commitment without a measured value: "2024年7月对各县市教联体建设情况进行
// 中期评估", "争取2023年县一中晋升为省一级二等普通高中".
import type { DatePhrase } from '../dates/date-phrases.ts';
import type { Quantity } from './find-quantities.ts';

export interface MilestoneHit {
  date: DatePhrase;
  /** Vague aspirations (显著提升, 更加合理) are kept but marked optional. */
  vague: boolean;
}

const VAGUE = /(显著|明显|进一步|大幅|基本|更加|持续|不断|稳步|大体|逐步|全面提升|有效|良好|一流|先进行列|中上|前列)/;
const CLAUSE_SPLIT = /[，,；;：:]/;

/** The milestone a (folded) sentence states, if any. */
export function findMilestone(text: string, dates: DatePhrase[], quantities: Quantity[]): MilestoneHit | null {
  const explicit = dates.filter((d) => d.role === 'deadline' || d.role === 'point' || (d.role === 'period' && /[(（]/.test(text.slice(Math.max(0, d.start - 1), d.start))));
  if (!explicit.length) return null;
  // Some clause must carry the commitment without a figure: 初高中配齐思政课专职教师.
  let offset = 0;
  let best: DatePhrase | null = null;
  let vague = true;
  const firstDate = explicit[0].start;
  for (const clause of text.split(CLAUSE_SPLIT)) {
    const start = offset;
    const end = start + clause.length;
    offset = end + 1;
    // The date governs what follows it: 优化专业设置,…,确保2025年达到… is no milestone.
    if (end <= firstDate) continue;
    if (quantities.some((q) => q.start >= start && q.start < end)) continue;
    let rest = clause;
    for (const d of explicit) if (d.start >= start && d.end <= end) rest = rest.replace(text.slice(d.start, d.end), '');
    rest = rest.replace(/^(到|至|在|于|争取|力争|确保|截至|前|底前|以前|年底)+/, '').replace(/[()（）\s\d]/g, '');
    if (/\d/.test(clause.replace(/\d{4}\s*年(\s*\d{1,2}\s*月)?(\s*\d{1,2}\s*日)?/g, '').replace(/[—–\-]\s*\d{4}/g, ''))) continue;
    if ([...rest].filter((c) => /\p{Script=Han}/u.test(c)).length < 4) continue;
    const date = [...explicit].reverse().find((d) => d.start < end) ?? explicit[0];
    if (!best) best = date;
    if (!VAGUE.test(rest)) vague = false;
  }
  return best ? { date: best, vague } : null;
}
