// An indicator's observations and the site's statuses as downloadable files: CSV (UTF-8 with BOM,
// for Excel) and JSON. Values are written exactly as the data file printed them (92.00 stays 92.00).
import { t } from '../i18n/index.ts';
import type { Observation } from '../data/check.ts';
import type { Indicator } from '../data/indicators-schema.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { formatTargetValue } from '../i18n/format.ts';
import { entryReason, statusLabel } from '../progress/reason-text.ts';
import type { StatusEntry } from '../progress/entries.ts';

export const OBSERVATION_CSV_HEADER: string[] = [
  t('csv.obs.indicatorId'),
  t('csv.obs.indicator'),
  t('csv.obs.region'),
  t('csv.obs.period'),
  t('csv.obs.value'),
  t('csv.obs.unit'),
  t('csv.obs.source'),
  t('csv.obs.note'),
  t('csv.obs.flag'),
];

export function flagLabel(flag: Observation['flag']): string {
  return flag === '' ? '' : t(`indicator.flag.${flag}`);
}

/**
 * The value as printed. csv.ts guards text cells that start with "-" against formula
 * injection; a printed negative number is a number, so it is written as one.
 */
function valueCell(o: Observation): CsvValue {
  return /^[+-]/.test(o.valueText) ? o.value : o.valueText;
}

export function observationsCsv(indicator: Indicator, observations: readonly Observation[]): string {
  return toCsv(
    OBSERVATION_CSV_HEADER,
    observations.map((o) => [indicator.id, indicator.name, o.region, o.period, valueCell(o), o.unit, o.source, o.note, flagLabel(o.flag)]),
  );
}

export interface ObservationsJson {
  indicator: {
    id: string;
    name: string;
    unit: string;
    direction: Indicator['direction'];
    definition: string;
    english: string;
    source: string | null;
  };
  /** The latest period any observation describes, or null. */
  latestPeriod: string | null;
  observations: {
    region: string;
    regionId: string;
    period: string;
    /** As a number. */
    value: number;
    /** Exactly as printed in the data file. */
    valueText: string;
    unit: string;
    source: string;
    note: string;
    /** '', 'provisional' or 'estimated'. */
    flag: Observation['flag'];
  }[];
}

export function observationsJson(indicator: Indicator, observations: readonly Observation[]): ObservationsJson {
  const latestPeriod = observations.reduce<string | null>((acc, o) => (acc === null || o.period > acc ? o.period : acc), null);
  return {
    indicator: {
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      direction: indicator.direction,
      definition: indicator.definition,
      english: indicator.english,
      source: indicator.source,
    },
    latestPeriod,
    observations: observations.map((o) => ({
      region: o.region,
      regionId: o.regionId,
      period: o.period,
      value: o.value,
      valueText: o.valueText,
      unit: o.unit,
      source: o.source,
      note: o.note,
      flag: o.flag,
    })),
  };
}

// --- statuses (/progress.csv, /progress.json) ---

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
      q?.base ? (/^[+-]/.test(q.base.valueText) ? q.base.value : q.base.valueText) : null,
      q?.latest?.period ?? null,
      q?.latest ? (/^[+-]/.test(q.latest.valueText) ? q.latest.value : q.latest.valueText) : null,
      round(q?.observedRate ?? null, 6),
      round(q?.requiredRate ?? null, 6),
      round(q?.ratio ?? null, 4),
      e.kind === 'milestone' ? e.progress.due : e.row.due,
      entryReason(e),
      e.row.responsible.map((r) => r.label).join(t('common.listSep')),
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
