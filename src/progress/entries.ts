// A target with its status, as the pages, downloads and publish report list it.
import type { Target } from '../schema/record.ts';
import type { TargetRow } from '../site/target-rows.ts';
import type { MilestoneProgress } from './milestone.ts';
import type { TargetProgress } from './quantity.ts';
import type { MilestoneStatus, ProgressStatus } from './statuses.ts';

interface EntryBase {
  /** Target id (stable across re-ingests). */
  id: string;
  /** Policy slug. */
  policy: string;
  target: Target;
  /** The target's row (policy title, responsible departments, deadline). */
  row: TargetRow;
}

export interface QuantityEntry extends EntryBase {
  kind: 'quantity';
  indicatorId: string;
  /** The plan's region: canonical name when data/regions.yaml knows it, else as the plan prints it. */
  region: string | null;
  regionId: string | null;
  progress: TargetProgress;
  status: ProgressStatus;
}

export interface MilestoneEntry extends EntryBase {
  kind: 'milestone';
  progress: MilestoneProgress;
  status: MilestoneStatus;
}

export type StatusEntry = QuantityEntry | MilestoneEntry;
