// An indicator's observations as downloadable files: CSV (UTF-8 with BOM, for Excel) and JSON. Values are written exactly as the data file printed them (92.00 stays 92.00).
import { t } from '../i18n/index.ts';
import type { Observation } from '../data/check.ts';
import type { Indicator } from '../data/indicators-schema.ts';
import { toCsv, type CsvValue } from './csv.ts';

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
export function valueCell(o: Pick<Observation, 'value' | 'valueText'>): CsvValue {
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
