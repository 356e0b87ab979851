// What a published site says, in a form two publishes can be compared by: every
// observation and every target's status. Written into the site as publish.json.
import type { PolicyRecord } from '../schema/record.ts';
import { checkData } from '../data/check.ts';
import { buildProgress } from '../progress/build.ts';
import { buildSite } from '../site/site-data.ts';

export interface Snapshot {
  /** The build date statuses were judged against. */
  today: string;
  /** indicator|region|period → value as printed. */
  observations: Record<string, string>;
  /** target id → status (achieved, on-track … done, pending, overdue). */
  statuses: Record<string, string>;
  /** target id → what to call it in a report: policy title and sentence; indicator id → its name. */
  labels: Record<string, string>;
}

/** The statuses are those the site shows: computed by the same builder from the same model. */
export function takeSnapshot(root: string, policies: readonly PolicyRecord[], today: string): Snapshot {
  const data = checkData(root, { today });
  const snapshot: Snapshot = { today, observations: {}, statuses: {}, labels: {} };
  for (const o of data.observations) snapshot.observations[`${o.indicatorId}|${o.region}|${o.period}`] = o.valueText;
  if (!data.catalogue || !data.regions) return snapshot;
  for (const indicator of data.catalogue.indicators) snapshot.labels[indicator.id] = indicator.name;
  const site = buildSite(policies, today);
  const progress = buildProgress(site, { ...data, catalogue: data.catalogue, regions: data.regions });
  for (const e of progress.entries) snapshot.statuses[e.id] = e.status;
  for (const policy of policies) for (const t of policy.targets) snapshot.labels[t.id] = `${policy.meta.title}: ${t.text.slice(0, 40)}`;
  return snapshot;
}
