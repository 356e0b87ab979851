// Measured commitments in a sentence: 毛入学率达到95%以上, 新增学位990个, 每年至少补充20名.
import type { Recurrence } from '../../../schema/record.ts';
import { recursWithin, type RecurrenceMatch } from '../../dates/recurrence.ts';
import type { AnalysedSentence } from '../analyse-body.ts';
import type { Quantity } from '../find-quantities.ts';
import { indicatorOf } from '../indicator.ts';
import { ASPIRATION, type SentenceScope, type TargetKind } from './kind.ts';

/** The recurrence word nearest before a figure, unless a date comes between (每年…，确保2025年达到…). */
function recurrenceOf(a: AnalysedSentence, recurrences: readonly RecurrenceMatch[], q: Quantity): Recurrence | null {
  const r = recurrences.filter((x) => x.end <= q.start).pop();
  if (!r || !recursWithin(q.unit, r.recurrence)) return null;
  // A date, a clause about each of something else (，每个县区建成1个…), or a clause over a
  // period of its own (每学年至少参加1项，在校期间培养1-2项), ends its reach.
  const between = a.view.slice(r.end, q.start);
  if (/[，,；;]\s*每[个所名家项座位]/.test(between) || /[，,；;][^，,；;]*期间/.test(between)) return null;
  return a.dates.some((d) => d.start >= r.end && d.end <= q.start && d.role !== 'recurring') ? null : r.recurrence;
}

function baseYearOf(a: AnalysedSentence, q: Quantity, since: number | null): number | null {
  const base = a.dates.find((d) => d.role === 'base' && d.end <= q.start);
  if (base) return base.from;
  return since !== null && /(较|比)上年/.test(a.view.slice(q.clause[0], q.start)) ? since - 1 : null;
}

export const quantityKind: TargetKind = {
  name: 'quantity',
  prepare: () => (scope: SentenceScope) => {
    const { a, note, quantities, recurrences, ctx } = scope;
    const text = a.sentence.text;
    return {
      targets: quantities.map((q) => {
        // an item's note (（每年）) sets how often all its figures recur, the durations that fit in it
        const recurring = note?.recurring ? (recursWithin(q.unit, note.recurring) ? note.recurring : null) : recurrenceOf(a, recurrences, q);
        return {
          target: {
            id: scope.id('quantity', text, `${q.value}${q.unit}`),
            kind: 'quantity',
            text,
            phrase: text.slice(q.clause[0], q.clause[1]).trim(),
            indicator: indicatorOf(a.view.slice(q.clause[0], q.start), a.view.slice(q.end, q.clause[1])),
            indicatorId: null,
            value: q.value,
            unit: q.unit,
            comparator: q.comparator,
            deadline: scope.deadlineAt(q.start, recurring !== null || Boolean(note?.recurring)),
            recurring,
            change: q.change,
            baseYear: baseYearOf(a, q, ctx.since),
            section: a.section,
            modality: ASPIRATION.test(a.view.slice(0, q.end)) ? 'aspirational' : 'binding',
            optional: false,
          },
          responsible: scope.assigned(q.start),
        };
      }),
    };
  },
};
