// /targets.csv: every target and milestone (the explorer's no-JavaScript download).
import type { APIRoute } from 'astro';
import { loadSite } from '../load/policies.ts';
import { flatten, rowsToCsv } from '../exports/targets.ts';
import { CSV_CONTENT_TYPE } from '../exports/csv.ts';
import { absolute, urls } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadSite();
  const rows = data.rows.map((r) => flatten(r, absolute(urls.target(r.policy, r.anchor), site)));
  return new Response(rowsToCsv(rows), { headers: { 'Content-Type': CSV_CONTENT_TYPE } });
};
