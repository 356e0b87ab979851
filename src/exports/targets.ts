// Target rows as downloadable files: CSV (server endpoints and the explorer's
// client-side "download this view") and iCalendar feeds of deadlines.
import { t } from '../i18n/index.ts';
import type { Comparator, Recurrence } from '../schema/record.ts';
import type { DeadlineState } from '../dates/deadline-state.ts';
import type { ObligationKind, TargetRow } from '../site/target-rows.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { buildCalendar, makeUid, type IcsEvent } from './ics.ts';
import { recurringEvent } from './recurrence-rule.ts';
import { formatAnswerable, formatPartialDate, formatRecurrence, formatTargetValue } from '../i18n/format.ts';

/** What one CSV line says about a target: flat, already resolved. */
export interface FlatRow {
  id: string;
  /** Policy slug. */
  policy: string;
  kind: ObligationKind;
  phrase: string;
  indicator: string | null;
  value: number | null;
  unit: string | null;
  comparator: Comparator | null;
  deadline: string | null;
  due: string | null;
  recurring: Recurrence | null;
  status: DeadlineState;
  responsible: string[];
  /** The plan's lead units, when the item names none. */
  lead: string[];
  region: string | null;
  policyTitle: string;
  url: string;
  text: string;
}

export function flatten(row: TargetRow, url: string): FlatRow {
  const tg = row.target;
  return {
    id: row.id,
    policy: row.policy,
    kind: row.kind,
    phrase: tg.phrase || tg.text,
    indicator: tg.indicator,
    value: tg.value,
    unit: tg.unit,
    comparator: tg.comparator,
    deadline: row.deadline,
    due: row.due,
    recurring: tg.recurring,
    status: row.status,
    responsible: row.responsible.map((r) => r.label),
    lead: row.fromLead.map((r) => r.label),
    region: row.region,
    policyTitle: row.policyTitle,
    url,
    text: tg.text,
  };
}

export const CSV_HEADER: string[] = [
  t('csv.targetId'),
  t('csv.kind'),
  t('csv.phrase'),
  t('csv.indicator'),
  t('csv.value'),
  t('csv.unit'),
  t('csv.comparator'),
  t('csv.deadline'),
  t('csv.deadlineEnd'),
  t('csv.recurring'),
  t('csv.status'),
  t('csv.responsible'),
  t('csv.lead'),
  t('csv.region'),
  t('csv.policy'),
  t('csv.url'),
  t('csv.text'),
];

function csvValues(r: FlatRow): CsvValue[] {
  return [
    r.id,
    t(`target.kind.${r.kind}`),
    r.phrase,
    r.indicator,
    r.value,
    r.unit,
    r.value !== null && r.comparator ? formatTargetValue(r.value, r.unit, r.comparator) : null,
    r.deadline ? formatPartialDate(r.deadline) : null,
    r.due,
    r.recurring ? formatRecurrence(r.recurring) : null,
    t(r.recurring && r.status === 'undated' ? 'status.recurring' : `status.${r.status}`),
    r.responsible.join(t('common.listSep')),
    r.lead.join(t('common.listSep')),
    r.region,
    r.policyTitle,
    r.url,
    r.text,
  ];
}

export function rowsToCsv(rows: readonly FlatRow[]): string {
  return toCsv(CSV_HEADER, rows.map(csvValues));
}

/** The build date of a calendar stamp, YYYY-MM-DD (the stamp is midnight of the pinned build date). */
const dayOf = (stamp: Date) => stamp.toISOString().slice(0, 10);

/**
 * Calendar of the rows: a one-day event on each deadline's last day; a recurring duty as a
 * repeating event (RRULE) from its next occurrence, until its deadline when it has one.
 */
export function rowsToIcs(name: string, rows: readonly FlatRow[], stamp: Date): string {
  const today = dayOf(stamp);
  const events: IcsEvent[] = [];
  for (const r of rows) {
    const repeat = r.recurring ? recurringEvent(r.recurring, today, r.due) : null;
    // a recurring duty whose deadline has passed has no occurrence left
    if (repeat && r.due && r.due < repeat.date) continue;
    if (!repeat && !r.due) continue;
    const value = formatTargetValue(r.value, r.unit, r.comparator);
    events.push({
      uid: makeUid(r.policy, r.id),
      date: repeat ? repeat.date : r.due!,
      ...(repeat ? { rrule: repeat.rrule } : {}),
      summary: t(repeat ? 'ics.recurring' : 'ics.summary', { phrase: r.phrase, every: formatRecurrence(r.recurring) }),
      description: [
        r.text,
        value && `${t('target.value')}${t('common.colon')}${value}`,
        repeat ? formatRecurrence(r.recurring) : `${t('target.deadline')}${t('common.colon')}${formatPartialDate(r.deadline)}`,
        `${t('target.responsible')}${t('common.colon')}${formatAnswerable(r.responsible, r.lead)}`,
        `${t('target.policy')}${t('common.colon')}${r.policyTitle}`,
        /^https?:\/\//.test(r.url) ? r.url : null,
      ]
        .filter(Boolean)
        .join('\n'),
      url: r.url,
      categories: [t(`target.kind.${r.kind}`)],
    });
  }
  return buildCalendar({ name: t('ics.calname', { name }), stamp, events });
}
