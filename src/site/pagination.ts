// Long lists as numbered HTML pages (a first page at the list's own URL, then …/page/2/ …),
// usable without JavaScript.

/** How many pages `n` items fill (one, empty, when there are none). */
export function pageCount(n: number, size: number): number {
  return Math.max(1, Math.ceil(n / size));
}

/** The items of page `page` (from 1). */
export function pageSlice<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The page numbers a pager links: the first, the last and two either side of the current one; null for a gap. */
export function pagerPages(current: number, count: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= count; p++) {
    if (p === 1 || p === count || Math.abs(p - current) <= 2) out.push(p);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

/** The other pages of a list, for getStaticPaths of its …/page/[n] route. */
export function laterPages(n: number, size: number): number[] {
  return Array.from({ length: pageCount(n, size) - 1 }, (_, i) => i + 2);
}
