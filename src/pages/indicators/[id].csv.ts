// /indicators/<id>.csv: the indicator's observations, UTF-8 with BOM for Excel, values as printed.
import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorPaths } from '../../load/progress.ts';
import { observationsCsv } from '../../exports/observations.ts';
import { CSV_CONTENT_TYPE } from '../../exports/csv.ts';
import type { IndicatorView } from '../../progress/indicator-views.ts';

export const getStaticPaths = indicatorPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const view = props.view as IndicatorView;
  return new Response(observationsCsv(view.indicator, view.observations), { headers: { 'Content-Type': CSV_CONTENT_TYPE } });
};
