// What changed between two publishes, said for the data staff who published.

import type { Snapshot } from './snapshot.ts';

export interface Changes {
  added: string[];
  revised: string[];
  removed: string[];
  statuses: string[];
}

export function compareSnapshots(before: Snapshot | null, after: Snapshot): Changes {
  const changes: Changes = { added: [], revised: [], removed: [], statuses: [] };
  const old = before?.observations ?? {};
  // Observations are named as data staff write them: 高等教育毛入学率 河南省 2021.
  const name = (key: string) => {
    const [indicator, region, period] = key.split('|');
    return `${after.labels[indicator] ?? before?.labels[indicator] ?? indicator} ${region} ${period}`;
  };
  for (const [key, value] of Object.entries(after.observations)) {
    if (!(key in old)) changes.added.push(`${name(key)}: ${value}`);
    else if (old[key] !== value) changes.revised.push(`${name(key)}: ${old[key]} → ${value}`);
  }
  for (const key of Object.keys(old)) if (!(key in after.observations)) changes.removed.push(name(key));
  const oldStatus = before?.statuses ?? {};
  for (const [id, status] of Object.entries(after.statuses)) {
    if (oldStatus[id] !== undefined && oldStatus[id] !== status) changes.statuses.push(`${after.labels[id] ?? id}: ${oldStatus[id]} → ${status}`);
  }
  return changes;
}

export function describeChanges(changes: Changes, first: boolean): string[] {
  if (first) return ['first publish: nothing to compare with'];
  const lines: string[] = [];
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push(`${title} (${items.length}):`, ...items.map((i) => `  ${i}`));
  };
  section('new observations', changes.added);
  section('revised observations', changes.revised);
  section('removed observations', changes.removed);
  section('targets whose status changed', changes.statuses);
  return lines.length ? lines : ['no change in observations or target statuses since the last publish'];
}
