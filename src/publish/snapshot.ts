// What a published site says, in a form two publishes can be compared by: every
// observation and every target's status. Written into the site as publish.json.
import type { PolicyRecord } from '../schema/record.ts';
import { checkData } from '../data/check.ts';
import { recordProgress } from '../progress/status.ts';

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

export function takeSnapshot(root: string, policies: readonly PolicyRecord[], today: string): Snapshot {
  const data = checkData(root, { today });
  const snapshot: Snapshot = { today, observations: {}, statuses: {}, labels: {} };
  for (const o of data.observations) snapshot.observations[`${o.indicatorId}|${o.region}|${o.period}`] = o.valueText;
  if (!data.catalogue || !data.regions) return snapshot;
  for (const indicator of data.catalogue.indicators) snapshot.labels[indicator.id] = indicator.name;
  for (const policy of policies) {
    const progress = recordProgress(policy, { observations: data.observations, milestones: data.milestones, catalogue: data.catalogue, regions: data.regions, today });
    for (const p of [...progress.quantities, ...progress.milestones]) snapshot.statuses[p.targetId] = p.status;
    for (const t of policy.targets) snapshot.labels[t.id] = `${policy.meta.title}: ${t.text.slice(0, 40)}`;
  }
  return snapshot;
}
