// Dated commitments without a measured value: 2024年县二中实现招生办学, 2022年12月底前…制定
// 本县域教联体建设方案; a clause per date, vague aspirations (显著提升) kept but optional.
import { findMilestones } from '../find-milestone.ts';
import { milestoneTarget, type SentenceScope, type TargetKind } from './kind.ts';

export const milestoneKind: TargetKind = {
  name: 'milestone',
  prepare: () => (scope: SentenceScope) => {
    const { a, block, quantities } = scope;
    if (a.undated) return { targets: [] };
    // A heading that is no sentence dates a milestone only in brackets:
    // (一)试点建设阶段(2022年12月底前), but not 三、2024年重点工作.
    const titleOnly = block.kind === 'heading' && !/。\s*$/.test(a.view);
    const dates = titleOnly ? a.dates.filter((d) => /[(（]\s*$/.test(a.view.slice(0, d.start))) : a.dates;
    return {
      targets: findMilestones(a.view, dates, quantities).map((m) => {
        const text = a.sentence.text.slice(0, m.end).replace(/[，,；;]\s*$/, '');
        return {
          target: milestoneTarget(scope.id('milestone', text, m.date.value), a, text, m.date.value, null, m.vague),
          responsible: scope.assigned(m.date.start),
        };
      }),
    };
  },
};
