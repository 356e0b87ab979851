// Browser side of the targets explorer (see search/explorer-data.ts for the rows and filters,
// search/explorer-scopes.ts for the parts they come in). The page holds the first rows; a
// filter downloads the head of the narrowest scope it names and then only the chunks it needs.
import { t } from '../i18n/index.ts';
import {
  FILTER_KEYS,
  filterRows,
  filterToQuery,
  parseFilter,
  toFlatRow,
  type ExplorerData,
  type ExplorerFilter,
  type ExplorerRow,
} from '../search/explorer-data.ts';
import { chunkMayMatch, exactCount, scopeOf, type ExplorerScope } from '../search/explorer-scopes.ts';
import { rowsToCsv } from '../exports/targets.ts';
import { formatCount, formatPartialDate, formatRecurrence, formatTargetValue } from '../i18n/format.ts';
import { daysBetween } from '../dates/partial-date.ts';
import { urls } from '../site/urls.ts';
import { ChunkScan, fetchJson, showScan } from './chunk-scan.ts';
import { fillLongSelects } from './select-options.ts';
import { debounce, download, el } from './dom.ts';

const PAGE = 300;
/** Chunks one step may download (about 0.4 MB) before it shows what it found and offers to go on: with the page, a first visit stays under 1 MB. */
const STEP_CHUNKS = 2;

interface Found {
  r: ExplorerRow;
  data: ExplorerData;
}

interface View {
  filter: ExplorerFilter;
  scan: ChunkScan<Found>;
  /** How many rows the filter keeps, when known before reading them all. */
  exact: number | null;
}

function statusBadge(r: ExplorerRow, today: string): HTMLElement {
  const key = r.rc && r.s === 'undated' ? 'recurring' : r.s;
  let text = t(`status.${key}`);
  if (r.s === 'due-soon' && r.e) text += `（${t('status.dueIn', { n: daysBetween(today, r.e) })}）`;
  return el('span', { class: `status status--${key}` }, text);
}

function rowElement({ r, data }: Found): HTMLTableRowElement {
  const p = data.policies[r.p];
  const units = el('td', { 'data-label': t('target.responsible') });
  const shown = r.u.length ? r.u : (r.l ?? []);
  if (!shown.length) units.append(el('span', { class: 'muted' }, t('target.noResponsible')));
  shown.forEach((n, i) => {
    if (i) units.append(t('common.listSep'));
    units.append(el('a', { href: urls.department(data.units[n].s) }, data.units[n].l));
  });
  // the same mark as UnitLinks.astro: the item names none, its plan's lead answers for it
  if (!r.u.length && shown.length) units.append(' ', el('span', { class: 'tag tag--lead', title: t('target.fromLeadTitle') }, t('target.fromLead')));
  return el(
    'tr',
    {},
    el(
      'td',
      { 'data-label': t('search.type.target') },
      el('a', { href: urls.target(p.s, r.h ?? r.i) }, r.ph),
      ' ',
      el('span', { class: 'tag' }, t(`target.kind.${r.k}`)),
    ),
    el('td', { 'data-label': t('target.value') }, formatTargetValue(r.v, r.un, r.c)),
    el('td', { 'data-label': t('target.deadline') }, r.d ? formatPartialDate(r.d) : formatRecurrence(r.rc)),
    el('td', { 'data-label': t('target.status') }, statusBadge(r, data.today)),
    units,
    el('td', { 'data-label': t('target.policy') }, el('a', { href: urls.policy(p.s) }, p.t)),
  );
}

async function head(scope: string | null): Promise<ExplorerScope | null> {
  if (!scope) return null;
  try {
    return await fetchJson<ExplorerScope>(urls.explorerScope(scope));
  } catch {
    return null;
  }
}

/** The rows a filter keeps, read from the narrowest scope it names. Null when the data cannot be had. */
async function openView(f: ExplorerFilter): Promise<View> {
  const scope = scopeOf(f);
  const h = await head(scope);
  // no such scope: a unit, policy or region this site does not have
  if (!scope || !h) return { filter: f, scan: new ChunkScan<Found>({ sizes: [], mayMatch: () => false, load: async () => [] }), exact: 0 };
  const chunk = (n: number) => (h.d ? Promise.resolve(h.d) : fetchJson<ExplorerData>(urls.explorerChunk(scope, n)));
  const scan = new ChunkScan<Found>({
    sizes: h.c.map((c) => c.n),
    mayMatch: (n) => chunkMayMatch(h.c[n], f),
    load: async (n) => {
      const data = await chunk(n);
      return filterRows(data, f).map((r) => ({ r, data }));
    },
  });
  return { filter: f, scan, exact: exactCount(h, scope, f) };
}

/**
 * Options of a select the page could not list in full (a large site): those of the scope the
 * other filters name, when it lists them, and always the value chosen.
 */
function fillOptions(
  select: HTMLSelectElement,
  options: { value: string; label: string }[] | undefined,
  chosen: { value: string; label: string } | null,
): void {
  const any = select.options[0];
  const list = options ?? [];
  if (chosen && !list.some((o) => o.value === chosen.value)) list.unshift(chosen);
  select.replaceChildren(any, ...list.map((o) => el('option', { value: o.value }, o.label)));
  if (!options) select.append(el('option', { value: '', disabled: '' }, t('targets.filter.narrowFirst')));
  select.value = chosen?.value ?? '';
}

export async function initExplorer(): Promise<void> {
  const form = document.getElementById('explorer-form') as HTMLFormElement | null;
  const tbody = document.querySelector<HTMLElement>('#explorer-table tbody');
  const count = document.getElementById('explorer-count');
  const empty = document.getElementById('explorer-empty');
  const more = document.getElementById('explorer-more') as HTMLButtonElement | null;
  const csv = document.getElementById('explorer-csv');
  if (!form || !tbody || !count || !empty || !more || !csv) return;
  const today = form.dataset.today!;
  const total = Number(form.dataset.total ?? 0);
  const serverRows = Number(form.dataset.serverRows ?? 0);

  const field = (k: string) => form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
  const readForm = (): ExplorerFilter => {
    const f = {} as ExplorerFilter;
    for (const k of FILTER_KEYS) f[k] = field(k)?.value.trim() ?? '';
    return f;
  };
  await fillLongSelects(form);
  const initial = parseFilter(new URLSearchParams(location.search));
  for (const k of FILTER_KEYS) {
    const input = field(k);
    if (!input) continue;
    // a value the page does not list (a large site lists few policies) is added until its scope names it
    if (input instanceof HTMLSelectElement && initial[k] && ![...input.options].some((o) => o.value === initial[k]))
      input.append(el('option', { value: initial[k] }, initial[k]));
    input.value = initial[k];
  }
  form.hidden = false;

  const table = tbody.closest('table')!;
  /** While rows are on their way the table says so (aria-busy) and the count says it is loading. */
  const busy = (on: boolean) => {
    table.setAttribute('aria-busy', String(on));
    if (on) count.textContent = t('targets.loading');
  };
  const failed = () => {
    table.setAttribute('aria-busy', 'false');
    count.textContent = t('targets.loadError');
  };

  /** null: the page's own rows, no filter. */
  let view: View | null = null;
  let shown = serverRows;
  /** Each filter change starts a new generation; the answers of older ones are dropped. */
  let generation = 0;

  const updateCount = () => {
    if (!view) {
      count.textContent = t('targets.shown', { n: formatCount(shown), total: formatCount(total) });
      empty.hidden = total > 0;
      more.hidden = shown >= total;
      return;
    }
    showScan(view.scan, shown, view.exact, { shown: 'targets.shown', soFar: 'targets.shownSoFar' }, { count, empty, more });
  };

  /** Reads on until a page more is found (or a step's chunks are read) and shows it. */
  const step = async (gen: number) => {
    const v = view!;
    busy(true);
    try {
      await v.scan.more(shown + PAGE, STEP_CHUNKS);
    } catch {
      if (gen === generation) failed();
      return;
    }
    if (gen !== generation) return;
    busy(false);
    const frag = document.createDocumentFragment();
    for (const found of v.scan.found.slice(shown, shown + PAGE)) frag.append(rowElement(found));
    tbody.append(frag);
    shown = Math.min(v.scan.found.length, shown + PAGE);
    updateCount();
  };

  const largeSelect = (name: 'policy' | 'department') => {
    const select = field(name);
    return select instanceof HTMLSelectElement && select.dataset.partial !== undefined ? select : null;
  };
  /** On a large site the policy and unit selects list those of the region or unit chosen. */
  const updateOptions = async (f: ExplorerFilter, gen: number) => {
    const policies = largeSelect('policy');
    const units = largeSelect('department');
    const [within, region, own, unit] = await Promise.all([
      policies ? head(scopeOf({ ...f, policy: '' })) : null,
      units ? head(scopeOf({ ...f, policy: '', department: '' })) : null,
      policies && f.policy ? head(scopeOf(f)) : null,
      units && f.department ? head(scopeOf({ ...f, policy: '' })) : null,
    ]);
    if (gen !== generation) return;
    if (policies)
      fillOptions(
        policies,
        within?.ps?.map((p) => ({ value: p.s, label: p.t })),
        f.policy ? { value: f.policy, label: own?.l ?? f.policy } : null,
      );
    if (units)
      fillOptions(
        units,
        region?.us?.map((u) => ({ value: u.s, label: u.l })),
        f.department ? { value: f.department, label: unit?.l ?? f.department } : null,
      );
  };

  const apply = async () => {
    const gen = ++generation;
    const f = readForm();
    history.replaceState(history.state, '', `${location.pathname}${filterToQuery(f)}${location.hash}`);
    busy(true);
    void updateOptions(f, gen);
    const v = await openView(f);
    if (gen !== generation) return;
    view = v;
    shown = 0;
    tbody.replaceChildren();
    await step(gen);
  };

  if (FILTER_KEYS.some((k) => initial[k])) await apply();
  else updateCount();

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void apply();
  });
  form.addEventListener('change', () => void apply());
  form.addEventListener(
    'input',
    debounce((e: Event) => {
      if ((e.target as HTMLElement).tagName === 'INPUT') void apply();
    }, 150),
  );
  form.addEventListener('reset', () => setTimeout(() => void apply(), 0));
  more.addEventListener('click', async () => {
    const gen = generation;
    const firstNew = shown;
    if (!view) {
      // the page's own rows are the first of the whole list: read on after them
      busy(true);
      try {
        const v = await openView(readForm());
        await v.scan.more(shown);
        if (gen !== generation) return;
        view = v;
      } catch {
        if (gen === generation) failed();
        return;
      }
    }
    await step(gen);
    tbody.querySelectorAll('tr')[firstNew]?.querySelector('a')?.focus();
  });
  csv.addEventListener('click', async () => {
    // the whole list is a file of its own
    if (!FILTER_KEYS.some((k) => readForm()[k])) {
      const a = el('a', { href: urls.targetsCsv(), download: '' });
      document.body.append(a);
      a.click();
      a.remove();
      return;
    }
    const gen = generation;
    busy(true);
    const v = view ?? (await openView(readForm()));
    try {
      await v.scan.more(Infinity);
    } catch {
      if (gen === generation) failed();
      return;
    }
    if (gen !== generation) return;
    busy(false);
    updateCount();
    const flat = v.scan.found.map(({ r, data }) => toFlatRow(r, data, (policy, id) => new URL(urls.target(policy, id), location.href).href));
    download(rowsToCsv(flat), `luoshi-targets-${today}.csv`, 'text/csv;charset=utf-8');
  });
}
