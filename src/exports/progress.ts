// The site's statuses as downloadable files: /progress.csv (UTF-8 with BOM, for Excel) and
// /progress.json, values as the data file printed them.
import { t } from '../i18n/index.ts';
import { formatAnswerable, formatTargetValue } from '../i18n/format.ts';
import type { StatusEntry } from '../progress/entries.ts';
import { entryReason, statusLabel } from '../progress/reason-text.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { valueCell } from './observations.ts';

export const PROGRESS_CSV_HEADER: string[] = [
  t('csv.targetId'),
  t('csv.kind'),
  t('csv.phrase'),
  t('csv.progress.indicatorId'),
  t('csv.region'),
  t('csv.comparator'),
  t('csv.deadline'),
  t('csv.progress.status'),
  t('csv.progress.basePeriod'),
  t('csv.progress.base'),
  t('csv.progress.latestPeriod'),
  t('csv.progress.latest'),
  t('csv.progress.observed'),
  t('csv.progress.required'),
  t('csv.progress.ratio'),
  t('csv.progress.due'),
  t('csv.progress.reason'),
  t('csv.responsible'),
  t('csv.policy'),
  t('csv.url'),
];

const round = (n: number | null, digits: number): number | null => (n === null || !Number.isFinite(n) ? null : Number(n.toFixed(digits)));

export function progressCsv(entries: readonly StatusEntry[], url: (e: StatusEntry) => string): string {
  const rows = entries.map((e): CsvValue[] => {
    const tg = e.target;
    const q = e.kind === 'quantity' ? e.progress : null;
    return [
      e.id,
      t(`target.kind.${e.row.kind}`),
      tg.phrase || tg.text,
      e.kind === 'quantity' ? e.indicatorId : null,
      e.kind === 'quantity' ? e.region : e.row.region,
      tg.value !== null ? formatTargetValue(tg.value, tg.unit, tg.comparator) : null,
      tg.deadline,
      statusLabel(e.status),
      q?.base?.period ?? null,
      q?.base ? valueCell(q.base) : null,
      q?.latest?.period ?? null,
      q?.latest ? valueCell(q.latest) : null,
      round(q?.observedRate ?? null, 6),
      round(q?.requiredRate ?? null, 6),
      round(q?.ratio ?? null, 4),
      e.kind === 'milestone' ? e.progress.due : e.row.due,
      entryReason(e),
      formatAnswerable(
        e.row.responsible.map((r) => r.label),
        e.row.fromLead.map((r) => r.label),
      ),
      e.row.policyTitle,
      url(e),
    ];
  });
  return toCsv(PROGRESS_CSV_HEADER, rows);
}

export interface ProgressJsonEntry {
  id: string;
  policy: string;
  kind: StatusEntry['kind'];
  status: StatusEntry['status'];
  indicatorId: string | null;
  region: string | null;
  reason: string;
  url: string;
  /** The numbers the status was computed from, and its reason code (src/progress/quantity.ts, milestone.ts). */
  progress: StatusEntry['progress'];
}

export function progressJson(today: string, entries: readonly StatusEntry[], url: (e: StatusEntry) => string): { today: string; entries: ProgressJsonEntry[] } {
  return {
    today,
    entries: entries.map((e) => ({
      id: e.id,
      policy: e.policy,
      kind: e.kind,
      status: e.status,
      indicatorId: e.kind === 'quantity' ? e.indicatorId : null,
      region: e.kind === 'quantity' ? e.region : e.row.region,
      reason: entryReason(e),
      url: url(e),
      progress: e.progress,
    })),
  };
}
