// /indicators/<id>.json: the indicator's catalogue entry and observations.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadProgress } from '../../lib/load-progress.ts';
import { observationsJson } from '../../lib/observations.ts';
import type { IndicatorView } from '../../lib/progress.ts';

export const getStaticPaths = (async () => {
  const progress = await loadProgress();
  return progress.indicators.map((view) => ({ params: { id: view.indicator.id }, props: { view } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const view = props.view as IndicatorView;
  return new Response(`${JSON.stringify(observationsJson(view.indicator, view.observations), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
