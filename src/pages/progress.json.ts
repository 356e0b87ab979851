// /progress.json: every target's status with the numbers it was computed from.
import type { APIRoute } from 'astro';
import { loadProgress } from '../load/progress.ts';
import { progressJson } from '../exports/progress.ts';
import { statusHrefIn } from '../progress/indicator-pages.ts';
import { absolute } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const progress = await loadProgress();
  return new Response(`${JSON.stringify(progressJson(progress.today, progress.entries, (e) => absolute(statusHrefIn(progress, e), site)))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
