// A unit's obligations as its pages list them: dated ones by deadline, then recurring duties,
// then those without a deadline; DEPARTMENT_PAGE a page.
import type { TargetRow } from './target-rows.ts';

export const DEPARTMENT_PAGE = 200;

export function departmentRows(rows: readonly TargetRow[]): TargetRow[] {
  const dated = rows.filter((r) => r.due);
  const recurring = rows.filter((r) => !r.due && r.kind === 'recurring');
  const undated = rows.filter((r) => !r.due && r.kind !== 'recurring');
  return [...dated, ...recurring, ...undated];
}
