// /departments/<slug>.csv: the unit's obligations, UTF-8 with BOM for Excel.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../load/policies.ts';
import { flatten, rowsToCsv } from '../../exports/targets.ts';
import { CSV_CONTENT_TYPE } from '../../exports/csv.ts';
import { absolute, urls } from '../../site/urls.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.departments.map((d) => ({ params: { slug: d.slug }, props: { rows: d.rows } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const rows = (props.rows as Awaited<ReturnType<typeof loadSite>>['rows']).map((r) => flatten(r, absolute(urls.target(r.policy, r.anchor), site)));
  return new Response(rowsToCsv(rows), { headers: { 'Content-Type': CSV_CONTENT_TYPE } });
};
