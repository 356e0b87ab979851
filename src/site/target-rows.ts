// Targets as rows: what the explorer, department pages, calendars and CSV files list.
import type { PolicyRecord, Target } from '../schema/record.ts';
import { comparePartialDates, periodEnd, yearOf } from '../dates/partial-date.ts';
import { deadlineState, type DeadlineState } from '../dates/deadline-state.ts';
import { resolveResponsible, type UnitRef } from './departments.ts';

/** recurring: a duty repeated every year/semester/…, whatever its kind. */
export type ObligationKind = 'quantity' | 'milestone' | 'recurring';

export interface TargetRow {
  id: string;
  policy: string;
  policyTitle: string;
  region: string | null;
  kind: ObligationKind;
  target: Target;
  deadline: string | null;
  /** Last day of the deadline's period (YYYY-MM-DD), or null. */
  due: string | null;
  year: number | null;
  /** Where the deadline stands on the build date. */
  status: DeadlineState;
  /** The units the item names. */
  responsible: UnitRef[];
  /**
   * When the item names no unit: the units the plan makes lead (record.leads), who answer
   * for it. Shown as coming from the plan's lead, never as if the item named them.
   */
  fromLead: UnitRef[];
  /** Title of the section the target stands in (with its number), or null. */
  section: string | null;
  /**
   * Where on its policy page the target is shown: its sentence (the target id) when the text
   * marks it, else its entry in the side list (item-<id>), so that no link leads nowhere.
   */
  anchor: string;
}

function obligationKind(target: Target): ObligationKind {
  return target.recurring ? 'recurring' : target.kind;
}

/** `marked`: the ids the policy's text holds (undefined: every target sentence is marked). */
export function targetRows(policy: PolicyRecord, today: string, marked?: ReadonlySet<string>): TargetRow[] {
  const sections = new Map(policy.sections.map((s) => [s.id, `${s.number}${s.title}`]));
  const leads = dedupeRefs(policy.leads.map((name) => resolveResponsible(policy, name)));
  return policy.targets.map((target) => ({
    id: target.id,
    policy: policy.slug,
    policyTitle: policy.meta.title,
    region: policy.meta.region,
    kind: obligationKind(target),
    target,
    deadline: target.deadline,
    due: periodEnd(target.deadline),
    year: yearOf(target.deadline),
    status: deadlineState(target.deadline, today),
    responsible: dedupeRefs(target.responsible.map((name) => resolveResponsible(policy, name))),
    fromLead: target.responsible.length ? [] : leads,
    section: target.section ? (sections.get(target.section) ?? null) : null,
    anchor: !marked || marked.has(target.id) ? target.id : `item-${target.id}`,
  }));
}

/** Who answers for a row: the units it names, else its plan's leads. */
export function answerable(row: Pick<TargetRow, 'responsible' | 'fromLead'>): UnitRef[] {
  return row.responsible.length ? row.responsible : row.fromLead;
}

function dedupeRefs(refs: UnitRef[]): UnitRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.slug) ? false : (seen.add(r.slug), true)));
}

/** By due day (undated last), then policy, then the target's order of appearance. */
function compareRows(a: TargetRow, b: TargetRow): number {
  return comparePartialDates(a.deadline, b.deadline) || (a.policy < b.policy ? -1 : a.policy > b.policy ? 1 : 0);
}

export function sortRows(rows: readonly TargetRow[]): TargetRow[] {
  // Array.prototype.sort is stable: equal rows keep their order in the text.
  return [...rows].sort(compareRows);
}

/** Deadlines not yet passed, falling due soonest first. */
export function dueNext(rows: readonly TargetRow[], limit: number): TargetRow[] {
  return sortRows(rows.filter((r) => r.status === 'due-soon' || r.status === 'open')).slice(0, limit);
}

/** Deadlines passed, most recently passed first. */
export function latestPassed(rows: readonly TargetRow[], limit: number): TargetRow[] {
  return sortRows(rows.filter((r) => r.status === 'passed'))
    .reverse()
    .slice(0, limit);
}

export interface DeadlineCounts {
  total: number;
  passed: number;
  open: number;
  undated: number;
  recurring: number;
}

/** Rows by deadline state; `open` counts due-soon ones too. */
export function countDeadlines(rows: readonly TargetRow[]): DeadlineCounts {
  const c: DeadlineCounts = { total: rows.length, passed: 0, open: 0, undated: 0, recurring: 0 };
  for (const r of rows) {
    if (r.kind === 'recurring') c.recurring++;
    if (r.status === 'passed') c.passed++;
    else if (r.status === 'undated') c.undated++;
    else c.open++;
  }
  return c;
}
