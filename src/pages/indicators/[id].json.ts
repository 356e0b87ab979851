// /indicators/<id>.json: the indicator's catalogue entry and observations.
import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorPaths } from '../../load/progress.ts';
import { observationsJson } from '../../exports/observations.ts';
import type { IndicatorView } from '../../progress/indicator-views.ts';

export const getStaticPaths = indicatorPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const view = props.view as IndicatorView;
  return new Response(`${JSON.stringify(observationsJson(view.indicator, view.observations), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
