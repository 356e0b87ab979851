// /departments/<slug>.ics: an iCalendar feed of the unit's dated obligations.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../load/policies.ts';
import { flatten, rowsToIcs } from '../../exports/targets.ts';
import { ICS_CONTENT_TYPE } from '../../exports/ics.ts';
import { absolute, urls } from '../../site/urls.ts';
import { buildStamp } from '../../load/build-info.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.departments.map((d) => ({ params: { slug: d.slug }, props: { rows: d.rows, label: d.label } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const rows = (props.rows as Awaited<ReturnType<typeof loadSite>>['rows']).map((r) => flatten(r, absolute(urls.target(r.policy, r.anchor), site)));
  return new Response(rowsToIcs(props.label as string, rows, buildStamp), { headers: { 'Content-Type': ICS_CONTENT_TYPE } });
};
