// Policies list: filter rows already in the page (they all render without JS),
// sort them, and keep the state in the URL query.
import { t } from '../i18n/index.ts';
import { formatCount } from '../i18n/format.ts';
import { FACETS, policyComparator, type PolicySort } from '../site/policy-list.ts';

const SEP = '\u001f';

export function initPolicyFilters(): void {
  const form = document.getElementById('policy-filters') as HTMLFormElement | null;
  const tbody = document.querySelector<HTMLElement>('#policy-table tbody');
  const count = document.getElementById('policy-count');
  const empty = document.getElementById('policy-empty');
  if (!form || !tbody || !count || !empty) return;
  const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr')];
  const keys = [...FACETS, 'sort'] as const;
  const field = (k: string) => form.elements.namedItem(k) as HTMLSelectElement | null;

  const params = new URLSearchParams(location.search);
  for (const k of keys) {
    const v = params.get(k);
    const select = field(k);
    if (v && select && [...select.options].some((o) => o.value === v)) select.value = v;
  }
  form.hidden = false;

  const apply = () => {
    const wanted = FACETS.map((k) => [k, field(k)?.value ?? ''] as const).filter(([, v]) => v);
    let shown = 0;
    for (const row of rows) {
      const ok = wanted.every(([k, v]) => (k === 'issuer' ? (row.dataset.issuer ?? '').split(SEP).includes(v) : row.dataset[k] === v));
      row.hidden = !ok;
      if (ok) shown++;
    }
    const order = (field('sort')?.value || 'date-desc') as PolicySort;
    const cmp = policyComparator(order);
    const key = (r: HTMLTableRowElement) => ({ date: r.dataset.date ?? '', title: r.dataset.title ?? '', targets: Number(r.dataset.targets) });
    const sorted = rows.map((r) => ({ r, k: key(r) })).sort((a, b) => cmp(a.k, b.k));
    tbody.append(...sorted.map((s) => s.r));
    count.textContent = t('policies.shown', { n: formatCount(shown), total: formatCount(rows.length) });
    empty.hidden = shown > 0;
    const q = new URLSearchParams();
    for (const k of keys) {
      const v = field(k)?.value;
      if (v && !(k === 'sort' && v === 'date-desc')) q.set(k, v);
    }
    const qs = q.toString();
    history.replaceState(history.state, '', `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  form.addEventListener('reset', () => setTimeout(apply, 0));
  if (keys.some((k) => params.get(k))) apply();
}
