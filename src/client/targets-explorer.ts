// Browser side of the targets explorer (see search/explorer-data.ts for the data and filters).
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
import { rowsToCsv } from '../exports/targets.ts';
import { formatCount, formatPartialDate, formatRecurrence, formatTargetValue } from '../i18n/format.ts';
import { daysBetween } from '../dates/partial-date.ts';
import { urls } from '../site/urls.ts';
import { debounce, download, el } from './dom.ts';

const PAGE = 300;

function statusBadge(r: ExplorerRow, today: string): HTMLElement {
  const key = r.rc && r.s === 'undated' ? 'recurring' : r.s;
  let text = t(`status.${key}`);
  if (r.s === 'due-soon' && r.e) text += `（${t('status.dueIn', { n: daysBetween(today, r.e) })}）`;
  return el('span', { class: `status status--${key}` }, text);
}

function rowElement(r: ExplorerRow, data: ExplorerData): HTMLTableRowElement {
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

export async function initExplorer(): Promise<void> {
  const form = document.getElementById('explorer-form') as HTMLFormElement | null;
  const tbody = document.querySelector<HTMLElement>('#explorer-table tbody');
  const count = document.getElementById('explorer-count');
  const empty = document.getElementById('explorer-empty');
  const more = document.getElementById('explorer-more') as HTMLButtonElement | null;
  const csv = document.getElementById('explorer-csv');
  if (!form || !tbody || !count || !empty || !more || !csv) return;

  let data: ExplorerData;
  try {
    const res = await fetch(form.dataset.json!);
    if (!res.ok) throw new Error(String(res.status));
    data = await res.json();
  } catch {
    count.textContent = t('search.loadError');
    return;
  }

  const field = (k: string) => form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
  const readForm = (): ExplorerFilter => {
    const f = {} as ExplorerFilter;
    for (const k of FILTER_KEYS) f[k] = field(k)?.value.trim() ?? '';
    return f;
  };
  const initial = parseFilter(new URLSearchParams(location.search));
  for (const k of FILTER_KEYS) {
    const input = field(k);
    if (input) input.value = initial[k];
  }
  form.hidden = false;

  let current: ExplorerRow[] = data.rows;
  let shown = Number(form.dataset.serverRows ?? 0);

  const updateCount = () => {
    count.textContent = t('targets.shown', { n: formatCount(Math.min(shown, current.length)), total: formatCount(current.length) });
    empty.hidden = current.length > 0;
    more.hidden = shown >= current.length;
  };
  const renderMore = () => {
    const frag = document.createDocumentFragment();
    for (const r of current.slice(shown, shown + PAGE)) frag.append(rowElement(r, data));
    tbody.append(frag);
    shown = Math.min(current.length, shown + PAGE);
    updateCount();
  };
  const apply = () => {
    const f = readForm();
    current = filterRows(data, f);
    shown = 0;
    tbody.replaceChildren();
    renderMore();
    history.replaceState(history.state, '', `${location.pathname}${filterToQuery(f)}${location.hash}`);
  };

  if (FILTER_KEYS.some((k) => initial[k])) apply();
  else updateCount();

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  form.addEventListener('change', apply);
  form.addEventListener(
    'input',
    debounce((e: Event) => {
      if ((e.target as HTMLElement).tagName === 'INPUT') apply();
    }, 150),
  );
  form.addEventListener('reset', () => setTimeout(apply, 0));
  more.addEventListener('click', () => {
    const firstNew = shown;
    renderMore();
    tbody.querySelectorAll('tr')[firstNew]?.querySelector('a')?.focus();
  });
  csv.addEventListener('click', () => {
    const flat = current.map((r) => toFlatRow(r, data, (policy, id) => new URL(urls.target(policy, id), location.href).href));
    download(rowsToCsv(flat), `luoshi-targets-${data.today}.csv`, 'text/csv;charset=utf-8');
  });
}
