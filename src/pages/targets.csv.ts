// /targets.csv: every target and milestone (the explorer's no-JavaScript download).
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/load-policies.ts';
import { flatten, rowsToCsv } from '../lib/exports.ts';
import { CSV_CONTENT_TYPE } from '../lib/csv.ts';
import { absolute, urls } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadSite();
  const rows = data.rows.map((r) => flatten(r, absolute(urls.target(r.policy, r.id), site)));
  return new Response(rowsToCsv(rows), { headers: { 'Content-Type': CSV_CONTENT_TYPE } });
};
