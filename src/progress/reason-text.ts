// What a status says in words, and where its numbers are shown. The reasons of
// src/data/status.ts are English sentences for logs and tests; the site derives its Chinese
// explanation from the same structured result (the checks below follow targetProgress's order).
import { t } from '../i18n/index.ts';
import { formatPartialDate, formatTargetValue } from '../i18n/format.ts';
import { urls } from '../site/urls.ts';
import type { StatusPoint } from './status.ts';
import type { AnyStatus, MilestoneEntry, QuantityEntry, StatusEntry } from './build.ts';

export function statusLabel(status: AnyStatus): string {
  return t(`progress.status.${status}`);
}

/**
 * Where the numbers behind a status are shown: a quantity target's row on its indicator page
 * (base, latest, rates, ratio); a milestone's entry in its policy's target list (due day, records).
 */
export function statusHref(entry: StatusEntry): string {
  return entry.kind === 'quantity' ? urls.indicatorTarget(entry.indicatorId, entry.id) : urls.targetItem(entry.policy, entry.id);
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

/** One Chinese sentence: why this status. */
export function quantityReason(e: QuantityEntry): string {
  const p = e.progress;
  const tg = e.target;
  const unit = tg.unit;
  if (p.status === 'insufficient-data') {
    if (tg.change !== null) return t('progress.why.relative');
    if (tg.recurring !== null) return t('progress.why.recurring');
    if (tg.value === null || tg.comparator === null) return t('progress.why.noValue');
    if (p.targetYear === null) return t('progress.why.noDeadline');
    if (p.region === null) return e.region === null ? t('progress.why.noRegion') : t('progress.why.unknownRegion', { region: e.region });
    if (p.latest === null) return t('progress.why.noData', { region: p.region, year: p.targetYear });
    if (p.base === null) return t('progress.why.single', { latest: formatPoint(p.latest, unit) });
    return t('progress.why.sign');
  }
  const latest = formatPoint(p.latest, unit);
  if (p.status === 'achieved') return t('progress.why.achieved', { latest, goal: formatGoal(e) });
  const trend = t('progress.why.trend', { base: formatPoint(p.base, unit), latest });
  if (p.missed) return `${trend}${t('common.sentenceSep')}${t('progress.why.missed', { year: p.targetYear ?? '' })}`;
  const parts = [trend];
  if (p.observedRate !== null && p.requiredRate !== null) {
    parts.push(t('progress.why.rates', { observed: formatRate(p.observedRate), required: formatRate(p.requiredRate) }));
  }
  if (p.ratio === null) parts.push(t('progress.why.atTarget'));
  if (p.deadlinePassed && !p.final) parts.push(t('progress.why.pendingFigure', { year: p.targetYear ?? '' }));
  return parts.join(t('common.sentenceSep'));
}

export function milestoneReason(e: MilestoneEntry): string {
  const p = e.progress;
  const due = p.due ? formatPartialDate(p.due) : null;
  if (p.status === 'done' && p.latest) {
    return e.target.recurring ? t('progress.why.doneThisYear', { date: formatPartialDate(p.latest.date) }) : t('progress.why.done', { date: formatPartialDate(p.latest.date) });
  }
  if (p.latest?.status === 'missed') return t('progress.why.recordedMissed', { date: formatPartialDate(p.latest.date) });
  if (p.status === 'overdue') return t('progress.why.overdue', { due: due ?? '' });
  if (due === null) return t('progress.why.noDue');
  const last = p.latest ? t('progress.why.lastRecord', { date: formatPartialDate(p.latest.date), status: t(`progress.record.${p.latest.status}`) }) : t('progress.why.noRecord');
  return `${t('progress.why.due', { due })}${t('common.sentenceSep')}${last}`;
}

export function entryReason(e: StatusEntry): string {
  return e.kind === 'quantity' ? quantityReason(e) : milestoneReason(e);
}
