// Duties that fall due every year on a date: 每年4月底前完成…, 每年12月对…进行评估.
import { milestoneTarget, type SentenceScope, type TargetKind } from './kind.ts';

const YEARLY_DEADLINE = /每(年|年度)\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:底|末|\s*\d{1,2}\s*日)?\s*(?:前|以前|之前)?/;

export const yearlyDutyKind: TargetKind = {
  name: 'yearly-duty',
  prepare: () => (scope: SentenceScope) => {
    const { a, quantities } = scope;
    const yearly = !a.undated && !scope.earlier.length && !quantities.length ? YEARLY_DEADLINE.exec(a.view) : null;
    if (!yearly) return { targets: [] };
    const text = a.sentence.text;
    return {
      targets: [{ target: milestoneTarget(scope.id('milestone', text, 'year'), a, text, null, 'year', false), responsible: scope.assigned(yearly.index) }],
    };
  },
};
