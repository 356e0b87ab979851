// What a status says in words, and where its numbers are shown: the reason codes of
// quantity.ts and milestone.ts worded once, in the interface language, with the numbers of
// the progress result beside them.
import { t } from '../i18n/index.ts';
import { formatPartialDate, formatTargetValue } from '../i18n/format.ts';
import { urls } from '../site/urls.ts';
import type { MilestoneEntry, QuantityEntry, StatusEntry } from './entries.ts';
import type { StatusPoint } from './quantity.ts';
import type { AnyStatus } from './statuses.ts';

export function statusLabel(status: AnyStatus): string {
  return t(`progress.status.${status}`);
}

/**
 * Where the numbers behind a status are shown: a quantity target's row on its indicator page
 * (base, latest, rates, ratio; `indicatorPage` of its targets, progress/indicator-pages.ts); a
 * milestone's entry in its policy's target list (due day, records).
 */
export function statusHref(entry: StatusEntry, indicatorPage = 1): string {
  return entry.kind === 'quantity' ? urls.indicatorTarget(entry.indicatorId, entry.id, indicatorPage) : urls.targetItem(entry.policy, entry.id);
}

/** 2.23%: an annual growth rate, two decimals. */
export function formatRate(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return t('common.none');
  return `${(rate * 100).toFixed(2)}%`;
}

/** 1.02: the ratio R, two decimals. */
export function formatRatio(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return t('progress.basis.undefined');
  return ratio.toFixed(2);
}

/** 91.1%（2023年）: a value as printed, with its unit and period. */
export function formatPoint(p: StatusPoint | null, unit: string | null): string {
  if (p === null) return t('common.none');
  return `${p.valueText}${unit ?? ''}（${formatPartialDate(p.period)}）`;
}

/** 2025年 95%以上. */
export function formatGoal(e: QuantityEntry): string {
  const tg = e.target;
  return `${tg.deadline ? `${formatPartialDate(tg.deadline)} ` : ''}${formatTargetValue(tg.value, tg.unit, tg.comparator)}`;
}

/** One sentence: why this status. */
export function quantityReason(e: QuantityEntry): string {
  const p = e.progress;
  const unit = e.target.unit;
  const latest = formatPoint(p.latest, unit);
  switch (p.reason) {
    case 'not-quantity':
      return t('progress.why.notQuantity');
    case 'relative':
      return t('progress.why.relative');
    case 'recurring':
      return t('progress.why.recurring');
    case 'no-value':
      return t('progress.why.noValue');
    case 'no-deadline':
      return t('progress.why.noDeadline');
    case 'unlinked':
      return t('progress.why.unlinked');
    case 'unknown-indicator':
      return t('progress.why.unknownIndicator', { indicator: e.indicatorId });
    case 'no-region':
      return t('progress.why.noRegion');
    case 'unknown-region':
      return t('progress.why.unknownRegion', { region: e.region ?? '' });
    case 'no-data':
      return t('progress.why.noData', { region: p.region ?? '', year: p.targetYear ?? '' });
    case 'single-observation':
      return t('progress.why.single', { latest });
    case 'sign-change':
      return t('progress.why.sign');
    case 'achieved':
      return t('progress.why.achieved', { latest, goal: formatGoal(e) });
    case 'missed':
    case 'trend': {
      const parts = [t('progress.why.trend', { base: formatPoint(p.base, unit), latest })];
      if (p.reason === 'missed') parts.push(t('progress.why.missed', { year: p.targetYear ?? '' }));
      else {
        if (p.observedRate !== null && p.requiredRate !== null) {
          parts.push(t('progress.why.rates', { observed: formatRate(p.observedRate), required: formatRate(p.requiredRate) }));
        }
        if (p.ratio === null) parts.push(t('progress.why.atTarget'));
        if (p.deadlinePassed && !p.final) parts.push(t('progress.why.pendingFigure', { year: p.targetYear ?? '' }));
      }
      return parts.join(t('common.sentenceSep'));
    }
  }
}

function milestoneReason(e: MilestoneEntry): string {
  const p = e.progress;
  const due = p.due ? formatPartialDate(p.due) : '';
  const recorded = p.latest ? formatPartialDate(p.latest.date) : '';
  switch (p.reason) {
    case 'done':
      return t('progress.why.done', { date: recorded });
    case 'done-this-year':
      return t('progress.why.doneThisYear', { date: recorded });
    case 'recorded-missed':
      return t('progress.why.recordedMissed', { date: recorded });
    case 'due-passed':
      return t('progress.why.lapsed', { due });
    case 'no-deadline':
      return t('progress.why.noDue');
    case 'due': {
      const last = p.latest ? t('progress.why.lastRecord', { date: recorded, status: t(`progress.record.${p.latest.status}`) }) : t('progress.why.noRecord');
      return `${t('progress.why.due', { due })}${t('common.sentenceSep')}${last}`;
    }
  }
}

export function entryReason(e: StatusEntry): string {
  return e.kind === 'quantity' ? quantityReason(e) : milestoneReason(e);
}
