// Long lists of options in a file. A filter's select with more than INLINE_OPTIONS options (a site
// of thousands of regions) names a JSON file of them (data-options) that its page's script reads,
// instead of every page of the list carrying them all: 7,000 regions are 360 KB of HTML a page,
// and about 100 KB as one file a browser downloads once (client/select-options.ts).

/** Options a select lists in the page's HTML; more go in a file. */
export const INLINE_OPTIONS = 100;

export interface SelectOption {
  value: string;
  label: string;
  /** How many items the option stands for (the policies list counts policies). */
  n?: number;
}

/** The options as served: values in order, labels only where they differ, counts in the same order. */
export interface OptionList {
  v: string[];
  l?: Record<string, string>;
  n?: number[];
}

export function optionList(options: readonly SelectOption[]): OptionList {
  const list: OptionList = { v: options.map((o) => o.value) };
  const labels = options.filter((o) => o.label !== o.value);
  if (labels.length) list.l = Object.fromEntries(labels.map((o) => [o.value, o.label]));
  if (options.some((o) => o.n !== undefined)) list.n = options.map((o) => o.n ?? 0);
  return list;
}

/** The options of a list, as optionList wrote them. */
export function optionsOf(list: OptionList): SelectOption[] {
  return list.v.map((value, i) => ({ value, label: list.l?.[value] ?? value, ...(list.n ? { n: list.n[i] } : {}) }));
}
