// Planned trajectories: a plan that sets yearly steps for one indicator (镇康: 30 % of schools by
// 2023, 50 % by 2024, 70 % by 2025; 恩施: 30 % → 60 % → 80 %) gets one step series per indicator.
import type { Comparator, Target } from '../schema/record.ts';
import { periodEnd, yearOf } from '../dates/partial-date.ts';
import { normalizeName, normalizeUnit } from '../data/text.ts';

export interface TrajectoryStep {
  /** The deadline as the plan states it (the first wording seen when two say the same). */
  deadline: string;
  year: number;
  value: number;
  /** Every target that sets this step (plans repeat their goals). */
  targetIds: string[];
}

export interface Trajectory {
  /** indicatorId when linked, else the normalised indicator name. */
  key: string;
  indicatorId: string | null;
  indicator: string | null;
  unit: string;
  comparator: Comparator;
  steps: TrajectoryStep[];
  /** Every step asks for at least as much as the one before (≥), at most (≤), or keeps one direction (=, ~). */
  monotonic: boolean;
  /** Deadlines for which the plan gives two different values; the step keeps the first. */
  conflicts: Array<{ deadline: string; values: number[]; targetIds: string[] }>;
}

type StepTarget = Pick<Target, 'id' | 'kind' | 'indicatorId' | 'indicator' | 'value' | 'unit' | 'comparator' | 'deadline' | 'recurring' | 'change'>;

function isMonotonic(values: readonly number[], comparator: Comparator): boolean {
  const up = values.every((v, i) => i === 0 || v >= values[i - 1]);
  const down = values.every((v, i) => i === 0 || v <= values[i - 1]);
  return comparator === '>=' ? up : comparator === '<=' ? down : up || down;
}

/**
 * Groups one plan's quantity targets by indicator, unit and comparator, and orders each group by
 * deadline. Only groups with two or more distinct deadlines are trajectories. Relative (提高 …),
 * recurring and undated targets are left out.
 */
export function plannedTrajectories(targets: readonly StepTarget[]): Trajectory[] {
  const groups = new Map<string, { head: StepTarget; key: string; members: StepTarget[] }>();
  for (const t of targets) {
    if (t.kind !== 'quantity' || t.value === null || t.unit === null || t.comparator === null) continue;
    if (periodEnd(t.deadline) === null || t.recurring !== null || t.change !== null) continue;
    const key = t.indicatorId ?? (t.indicator ? normalizeName(t.indicator) : null);
    if (key === null || key === '') continue;
    const family = t.comparator === '>=' || t.comparator === '<=' ? t.comparator : '=~';
    const groupKey = `${key}|${normalizeUnit(t.unit)}|${family}`;
    const g = groups.get(groupKey);
    if (g) g.members.push(t);
    else groups.set(groupKey, { head: t, key, members: [t] });
  }

  const trajectories: Trajectory[] = [];
  for (const { head, key, members } of groups.values()) {
    const byEnd = new Map<string, { step: TrajectoryStep; values: Set<number>; ids: string[] }>();
    for (const t of members) {
      const deadline = t.deadline as string;
      const value = t.value as number;
      const end = periodEnd(deadline)!;
      const have = byEnd.get(end);
      if (have) {
        have.values.add(value);
        have.ids.push(t.id);
        if (have.step.value === value) have.step.targetIds.push(t.id);
      } else {
        byEnd.set(end, { step: { deadline, year: yearOf(deadline)!, value, targetIds: [t.id] }, values: new Set([value]), ids: [t.id] });
      }
    }
    if (byEnd.size < 2) continue;
    const ordered = [...byEnd.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
    const steps = ordered.map((o) => o.step);
    trajectories.push({
      key,
      indicatorId: head.indicatorId,
      indicator: head.indicator,
      unit: head.unit as string,
      comparator: head.comparator as Comparator,
      steps,
      monotonic: isMonotonic(
        steps.map((s) => s.value),
        head.comparator as Comparator,
      ),
      conflicts: ordered.filter((o) => o.values.size > 1).map((o) => ({ deadline: o.step.deadline, values: [...o.values], targetIds: o.ids })),
    });
  }
  return trajectories.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
