// /progress.csv: every target's status with the numbers behind it, UTF-8 with BOM for Excel.
import type { APIRoute } from 'astro';
import { loadProgress } from '../load/progress.ts';
import { progressCsv } from '../exports/progress.ts';
import { statusHrefIn } from '../progress/indicator-pages.ts';
import { CSV_CONTENT_TYPE } from '../exports/csv.ts';
import { absolute } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const progress = await loadProgress();
  return new Response(
    progressCsv(progress.entries, (e) => absolute(statusHrefIn(progress, e), site)),
    { headers: { 'Content-Type': CSV_CONTENT_TYPE } },
  );
};
