// Chart interaction, on top of charts that already work without it: hovering or
// tapping a mark shows its deadline and targets; the matching rows of the data
// table are highlighted. Keyboard users read the same data in the table.
import { el } from './dom.ts';

export function initChartTips(): void {
  const tip = el('div', { class: 'chart-tip', role: 'tooltip', hidden: '' });
  document.body.append(tip);
  let active: SVGGElement | null = null;

  const hide = () => {
    tip.hidden = true;
    document.querySelectorAll('tr.is-current').forEach((tr) => tr.classList.remove('is-current'));
    active = null;
  };
  const show = (mark: SVGGElement, x: number, y: number) => {
    const title = mark.querySelector('title')?.textContent ?? '';
    if (!title) return;
    hide();
    active = mark;
    tip.textContent = title;
    tip.hidden = false;
    tip.style.left = `${Math.min(x + 12, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8)}px`;
    tip.style.top = `${y + 12}px`;
    const figure = mark.closest('figure');
    for (const id of (mark.dataset.items ?? '').split(' ')) {
      figure?.querySelector(`tr[data-item="${CSS.escape(id)}"]`)?.classList.add('is-current');
    }
  };
  document.addEventListener('pointerover', (e) => {
    const mark = (e.target as Element).closest?.<SVGGElement>('g.mark');
    if (mark && mark !== active) show(mark, e.pageX, e.pageY);
    else if (!mark && active) hide();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
}
