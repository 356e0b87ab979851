// /progress.csv: every target's status with the numbers behind it, UTF-8 with BOM for Excel.
import type { APIRoute } from 'astro';
import { loadProgress } from '../lib/load-progress.ts';
import { progressCsv } from '../lib/observations.ts';
import { statusHref } from '../lib/progress-text.ts';
import { CSV_CONTENT_TYPE } from '../lib/csv.ts';
import { absolute } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const progress = await loadProgress();
  return new Response(progressCsv(progress.entries, (e) => absolute(statusHref(e), site)), { headers: { 'Content-Type': CSV_CONTENT_TYPE } });
};
