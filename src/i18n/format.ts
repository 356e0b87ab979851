// Dates, numbers and target values written the way Chinese readers expect:
// 2025年, 2025年12月, 2023年11月7日, 95%, 3万个, 约8万个, 不超过5所.
import { t, locale } from './index.ts';
import { parsePartialDate } from '../dates/partial-date.ts';
import type { Comparator, Recurrence } from '../schema/record.ts';

const yearFmt = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
const monthFmt = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
const dayFmt = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "2025" → 2025年, "2025-12" → 2025年12月, "2023-11-07" → 2023年11月7日; anything else as given. */
export function formatPartialDate(value: string | null | undefined, fallback = t('common.unknown')): string {
  const p = parsePartialDate(value);
  if (!p) return value || fallback;
  const d = new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
  return (p.precision === 'day' ? dayFmt : p.precision === 'month' ? monthFmt : yearFmt).format(d);
}

const plainFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false });
const compactFmt = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 4 });
const groupedFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });

/**
 * Numbers below 10,000 as written (1200, 99.5); from 10,000 up in 万/亿 when that
 * is exact to four decimals (30000 → 3万, 25000 → 2.5万, 1.2亿), otherwise grouped.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs < 10_000) return plainFmt.format(n);
  const scale = abs >= 1e8 ? 1e8 : 1e4;
  const scaled = n / scale;
  if (Math.abs(Math.round(scaled * 1e4) / 1e4 - scaled) < 1e-9) return compactFmt.format(n);
  return groupedFmt.format(n);
}

/** Count of things, grouped (12,345). */
export function formatCount(n: number): string {
  return groupedFmt.format(n);
}

/** Value with its unit: 95%, 3万个, 1200个, 99.5%. */
function formatQuantity(value: number | null, unit: string | null): string {
  if (value === null) return '';
  return `${formatNumber(value)}${unit ?? ''}`;
}

/** Value with comparator as a phrase: 95%以上, 约3万个, 不超过5所. */
export function formatTargetValue(value: number | null, unit: string | null, comparator: Comparator | null): string {
  if (value === null) return '';
  const v = formatQuantity(value, unit);
  return comparator ? t(`cmp.${comparator}`, { v }) : v;
}

export function formatRecurrence(r: Recurrence | null): string {
  return r ? t(`recur.${r}`) : '';
}

/** Plan period 2023–2025 → 2023—2025年; one year → 2025年. */
export function formatPlanPeriod(p: { start: number; end: number } | null): string {
  if (!p) return t('common.unknown');
  return p.start === p.end ? `${p.start}年` : `${p.start}—${p.end}年`;
}

export function formatList(items: readonly string[]): string {
  return items.join(t('common.listSep'));
}

/** Cut a long text at a character boundary (code points, not UTF-16 units). */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Who answers for an item, in words: the units it names; else its plan's leads, marked so (县教育体育局（计划牵头单位）); else 未注明. */
export function formatAnswerable(named: readonly string[], lead: readonly string[]): string {
  if (named.length) return named.join(t('common.listSep'));
  if (lead.length) return `${lead.join(t('common.listSep'))}（${t('target.fromLead')}）`;
  return t('target.noResponsible');
}
