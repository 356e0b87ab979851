// Fills the selects whose options are in a file (site/select-options.ts), keeping the value chosen.
import { optionsOf, type OptionList } from '../site/select-options.ts';
import { fetchJson } from './chunk-scan.ts';
import { el } from './dom.ts';

async function fill(select: HTMLSelectElement): Promise<void> {
  const options = optionsOf(await fetchJson<OptionList>(select.dataset.options!));
  const chosen = select.value;
  select.replaceChildren(
    select.options[0],
    ...options.map((o) => {
      const option = el('option', { value: o.value }, o.label);
      if (o.n !== undefined) option.dataset.n = String(o.n);
      return option;
    }),
  );
  select.value = chosen;
}

/** Every select of `form` whose options are in a file, filled; one whose file cannot be had keeps only “any”. */
export async function fillLongSelects(form: HTMLFormElement): Promise<void> {
  await Promise.all([...form.querySelectorAll<HTMLSelectElement>('select[data-options]')].map((s) => fill(s).catch(() => {})));
}
