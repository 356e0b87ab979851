// An indicator's targets as its pages list them: INDICATOR_PAGE a page, in the view's order
// (by deadline). A status links to its target's row, so it needs the page the row is on.
import type { IndicatorView } from './indicator-views.ts';
import type { ProgressData } from './build.ts';
import type { StatusEntry } from './entries.ts';
import { statusHref } from './reason-text.ts';

export const INDICATOR_PAGE = 100;

const pages = new WeakMap<IndicatorView, Map<string, number>>();

/** The page (from 1) of the indicator's targets that lists `targetId` (1 when none does). */
export function indicatorPageOf(view: IndicatorView, targetId: string): number {
  let map = pages.get(view);
  if (!map) {
    map = new Map(view.targets.map((e, i) => [e.id, Math.floor(i / INDICATOR_PAGE) + 1]));
    pages.set(view, map);
  }
  return map.get(targetId) ?? 1;
}

/** statusHref with the page of the indicator's targets the entry's row is on. */
export function statusHrefIn(progress: Pick<ProgressData, 'byIndicator'>, entry: StatusEntry): string {
  const view = entry.kind === 'quantity' ? progress.byIndicator.get(entry.indicatorId) : undefined;
  return statusHref(entry, view ? indicatorPageOf(view, entry.id) : 1);
}
