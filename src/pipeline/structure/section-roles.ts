// What each part of a document does: a review of past results (一、2023年工作回顾,
// “十三五”发展回顾, 实施背景), the goals, the tasks, the safeguards (保障措施, 组织领导),
// or an annex that only defines terms (指标及名词解释). A heading says it in its own
// words; a part whose heading says nothing takes its parent's role, or, when its text
// reads as a report of results (取得…, 完成了…, 累计…), is a review by its content.
import type { Block } from '../../schema/document.ts';
import type { Section, SectionRole } from '../../schema/record.ts';
import { fold } from '../text/fold.ts';
import { blockText } from '../text/block-text.ts';

/** The thinking behind a plan is neither its goals nor its tasks, wherever it stands. */
const NEUTRAL_TITLE = /^(指导思想|基本原则|工作原则|总体思路|基本思路|指导方针|编制依据|适用范围)$/;

const BY_TITLE: Array<[SectionRole, RegExp]> = [
  ['body', NEUTRAL_TITLE],
  ['annex', /(名词解释|指标解释|指标说明|计算方法|术语解释|有关指标及)/],
  [
    'review',
    /(回顾|过去[一五]年|五年来|工作总结|主要成[绩就]|发展成就|取得.{0,4}(成[绩就效果]|进展|突破|胜利|进步)|如期实现|顺利完成|圆满完成|发展基础|实施背景|基本情况|(执行|完成|实施|进展)情况|现状与问题|发展现状|发展环境|面临的?形势|形势分析)/,
  ],
  ['safeguards', /(保障(措施|机制|体系)?|组织领导|组织实施|实施保障|工作要求|监督考核|考核评估|督查督办|督促落实|加强领导|落实各方责任)$|^(保障措施|组织保障)/],
  ['goals', /(目标|指标$|预期)/],
  // A work report's year ahead: 切实抓好2007年的各项工作, 今年工作.
  ['tasks', /(任务|措施|举措|重点工作|主要工作|工作安排|工作内容|工作步骤|实施步骤|工作进度|行动$|工程$|(\d{4}|今|明)年的?(各项|全年)?工作$)/],
];

/** Words of reported results; their density marks a review written without a review heading. */
const RESULT =
  /(取得了?|完成了|实现了|达到了|圆满完成|顺利完成|如期实现|全面完成|超额完成|累计(?:完成|投入|建成|新增)|比上年|同比增长|[一五]年来|过去[一五]年|“十[一二三四]五”期间|获批|荣获|被评为)/g;
const FUTURE = /(到\d{4}年|力争|确保|将|要|着力|加快|推进|建立健全|进一步)/g;

function roleByTitle(title: string): SectionRole | null {
  const view = fold(title);
  for (const [role, re] of BY_TITLE) if (re.test(view)) return role;
  return null;
}

/** A part that reports results: many result words, few words of intent. */
export function readsAsReview(text: string): boolean {
  const results = text.match(RESULT)?.length ?? 0;
  const future = text.match(FUTURE)?.length ?? 0;
  return results >= 3 && results > 2 * future;
}

/**
 * In a plan that states its goals, the parts after them that say nothing of themselves
 * are its tasks (三、强化全球资源配置功能 after 二、主要目标), up to its safeguards.
 */
function tasksAfterGoals(sections: Section[]): Section[] {
  const top = sections.filter((s) => s.parent === null && !s.id.startsWith('a'));
  // The goals may stand inside a general part (一、总体要求 （二）总体目标): its top part counts.
  const firstGoals = sections.find((s) => s.role === 'goals');
  if (!firstGoals) return sections;
  const topOf = (s: Section): string => (s.parent ? topOf(sections.find((p) => p.id === s.parent) ?? s) : s.id);
  const goals = top.findIndex((s) => s.id === topOf(firstGoals));
  if (goals < 0) return sections;
  const promoted = new Set(
    top
      .slice(goals + 1)
      .filter((s) => s.role === 'body')
      .map((s) => s.id),
  );
  // Sections come parent first, so a child knows whether its parent was promoted.
  for (const s of sections) if (s.parent !== null && promoted.has(s.parent)) promoted.add(s.id);
  return sections.map((s) => (s.role === 'body' && promoted.has(s.id) && !NEUTRAL_TITLE.test(fold(s.title)) ? { ...s, role: 'tasks' } : s));
}

export function assignRoles(sections: readonly Section[], blocks: readonly Block[]): Section[] {
  const text = new Map<string, string>();
  for (const b of blocks) {
    if (!b.section || b.kind !== 'paragraph') continue;
    text.set(b.section, (text.get(b.section) ?? '') + fold(blockText(b)));
  }
  const roles = new Map<string, SectionRole>();
  const assigned = sections.map((s) => {
    const inherited = s.parent ? (roles.get(s.parent) ?? 'body') : 'body';
    const own = roleByTitle(s.title);
    // Inside a review every part reports; inside an annex every part defines.
    const role = inherited === 'review' || inherited === 'annex' ? inherited : (own ?? (readsAsReview(text.get(s.id) ?? '') ? 'review' : inherited));
    roles.set(s.id, role);
    return { ...s, role };
  });
  return tasksAfterGoals(assigned);
}
