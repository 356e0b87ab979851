// The kinds of target, in the order they look at a sentence. A kind that claims a
// sentence (a table row) keeps the later ones from reading it as running text.
import type { TargetKind } from './kind.ts';
import { dueTaskKind } from './due-task.ts';
import { indicatorRowKind } from './indicator-row.ts';
import { milestoneKind } from './milestone.ts';
import { quantityKind } from './quantity.ts';
import { quotaTotalRowKind } from './quota-total-row.ts';
import { yearlyDutyKind } from './yearly-duty.ts';

export const TARGET_KINDS: readonly TargetKind[] = [indicatorRowKind, quotaTotalRowKind, quantityKind, milestoneKind, yearlyDutyKind, dueTaskKind];
