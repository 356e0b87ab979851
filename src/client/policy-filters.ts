// Policies list: filters and sort orders (state in the URL query). The page shows one page of
// the list; a filter or another order reads the chunks of the narrowest facet value chosen
// (or of the whole list) in that order, a page at a time (site/policy-list.ts).
import { t } from '../i18n/index.ts';
import { formatList, formatPartialDate } from '../i18n/format.ts';
import { FACETS, itemMatches, LIST_PAGE, listScope, SORTS, type Facet, type PolicyFilter, type PolicyListItem, type PolicySort } from '../site/policy-list.ts';
import { pageCount } from '../site/pagination.ts';
import { urls } from '../site/urls.ts';
import { ChunkScan, fetchJson, showScan } from './chunk-scan.ts';
import { el } from './dom.ts';
import { fillLongSelects } from './select-options.ts';

/** Chunks one step may download before it shows what it found and offers to go on. */
const STEP_CHUNKS = 10;

function unknown(): HTMLElement {
  return el('span', { class: 'muted' }, t('common.unknown'));
}

/** The same row as components/PolicyListPage.astro. */
function rowElement(p: PolicyListItem): HTMLTableRowElement {
  const title = el('td', { 'data-label': t('search.type.policy') }, el('a', { href: urls.policy(p.s) }, p.t));
  if (p.n) title.append(' ', el('span', { class: 'muted' }, p.n));
  return el(
    'tr',
    {},
    title,
    el('td', { 'data-label': t('policy.issuers') }, p.i.length ? formatList(p.i) : unknown()),
    el('td', { 'data-label': t('policy.region') }, p.r ?? unknown()),
    el('td', { 'data-label': t('policy.date') }, formatPartialDate(p.d)),
    el('td', { 'data-label': t('policy.validity') }, p.v ?? unknown()),
    el('td', { 'data-label': t('home.stat.targets'), class: 'num' }, String(p.k)),
  );
}

export async function initPolicyFilters(): Promise<void> {
  const form = document.getElementById('policy-filters') as HTMLFormElement | null;
  const table = document.getElementById('policy-table');
  const tbody = table?.querySelector('tbody');
  const count = document.getElementById('policy-count');
  const empty = document.getElementById('policy-empty');
  const more = document.getElementById('policy-more') as HTMLButtonElement | null;
  const pager = document.getElementById('policy-pager');
  if (!form || !table || !tbody || !count || !empty || !more) return;
  const total = Number(form.dataset.total ?? 0);
  const field = (k: string) => form.elements.namedItem(k) as HTMLSelectElement | null;
  const keys = [...FACETS, 'sort'] as const;

  await fillLongSelects(form);
  const params = new URLSearchParams(location.search);
  for (const k of keys) {
    const v = params.get(k);
    const select = field(k);
    if (!v || !select) continue;
    // a value of a list that could not be read (only “any” listed) is kept, its count unknown
    if (select.dataset.options !== undefined && select.options.length === 1) select.append(el('option', { value: v }, v));
    if ([...select.options].some((o) => o.value === v)) select.value = v;
  }
  form.hidden = false;

  let scan: ChunkScan<PolicyListItem> | null = null;
  let exact: number | null = null;
  let shown = 0;
  let generation = 0;

  const updateCount = () => {
    if (scan) showScan(scan, shown, exact, { shown: 'policies.shown', soFar: 'policies.shownSoFar' }, { count, empty, more });
  };

  const step = async (gen: number) => {
    const s = scan!;
    table.setAttribute('aria-busy', 'true');
    try {
      await s.more(shown + LIST_PAGE, STEP_CHUNKS);
    } catch {
      if (gen === generation) count.textContent = t('targets.loadError');
      table.setAttribute('aria-busy', 'false');
      return;
    }
    if (gen !== generation) return;
    table.setAttribute('aria-busy', 'false');
    tbody.append(...s.found.slice(shown, shown + LIST_PAGE).map(rowElement));
    shown = Math.min(s.found.length, shown + LIST_PAGE);
    updateCount();
  };

  const apply = async () => {
    const gen = ++generation;
    const filter: PolicyFilter = {};
    for (const k of FACETS) if (field(k)?.value) filter[k] = field(k)!.value;
    const sort = (field('sort')?.value || 'date-desc') as PolicySort;
    const q = new URLSearchParams();
    for (const k of keys) {
      const v = field(k)?.value;
      if (v && !(k === 'sort' && v === 'date-desc')) q.set(k, v);
    }
    const qs = q.toString();
    history.replaceState(history.state, '', `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`);
    table.setAttribute('aria-busy', 'true');

    // the narrowest facet value chosen: its policies are the fewest to read
    const chosen = (Object.keys(filter) as Facet[]).map((facet) => ({ facet, n: Number(field(facet)!.selectedOptions[0]?.dataset.n ?? NaN) }));
    // a value of unknown count (its list could not be read) is no scope to read, only a filter
    const narrowest = chosen.filter((c) => Number.isFinite(c.n)).sort((a, b) => a.n - b.n)[0];
    const scope = narrowest ? listScope(narrowest.facet, filter[narrowest.facet]!) : 'all';
    const size = narrowest ? narrowest.n : total;
    const chunks = size ? pageCount(size, LIST_PAGE) : 0;
    const order = SORTS.includes(sort) ? sort : 'date-desc';
    scan = new ChunkScan<PolicyListItem>({
      sizes: Array.from({ length: chunks }, (_, n) => Math.min(LIST_PAGE, size - n * LIST_PAGE)),
      mayMatch: () => true,
      load: async (n) => (await fetchJson<PolicyListItem[]>(urls.policyListChunk(order, scope, n))).filter((item) => itemMatches(item, filter)),
    });
    exact = chosen.length === 0 || (chosen.length === 1 && narrowest) ? size : null;
    shown = 0;
    tbody.replaceChildren();
    if (pager) pager.hidden = true;
    await step(gen);
  };

  form.addEventListener('change', () => void apply());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void apply();
  });
  form.addEventListener('reset', () => setTimeout(() => void apply(), 0));
  more.addEventListener('click', async () => {
    const firstNew = shown;
    await step(generation);
    tbody.querySelectorAll('tr')[firstNew]?.querySelector('a')?.focus();
  });
  if (keys.some((k) => params.get(k))) void apply();
}
