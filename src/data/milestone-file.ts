// The rows of one data/milestones/*.csv file: the recorded status of targets, checked against the
// ingested target ids and the build date.
import { MILESTONE_RECORD_STATUSES } from './records.ts';
import type { MilestoneRecord, MilestoneRecordStatus } from './records.ts';
import type { ProblemLog } from './problem-log.ts';
import { readTable } from './table.ts';
import { closest, memo } from './text.ts';
import { isPartialDate, periodStart } from '../dates/partial-date.ts';

export const MILESTONE_COLUMNS = ['target', 'date', 'status', 'evidence', 'note'] as const;

/** Statuses as people write them, and the one meant. */
const STATUS_ALIASES: Record<string, MilestoneRecordStatus> = {
  completed: 'done',
  complete: 'done',
  完成: 'done',
  已完成: 'done',
  进行中: 'in-progress',
  'in progress': 'in-progress',
  ongoing: 'in-progress',
  未完成: 'missed',
  failed: 'missed',
};

export interface MilestoneContext {
  /** The build date, YYYY-MM-DD. */
  today: string;
  /** Ids of the ingested targets; undefined skips that check. */
  targetIds: ReadonlySet<string> | undefined;
  /** target|date → where it was first given, across files. */
  seen: Map<string, { file: string; line: number }>;
  /** Good rows of all files so far, in file order. */
  milestones: MilestoneRecord[];
}

const quote = (text: string): string => `"${text}"`;

/** Checks the rows of `file`, adding its good rows to `ctx.milestones` and its problems to `log`. */
export function checkMilestoneFile(root: string, file: string, ctx: MilestoneContext, log: ProblemLog): void {
  const { today, targetIds, seen } = ctx;
  const candidates = targetIds ? [...targetIds].map((id) => ({ keys: [id], value: id })) : [];
  const suggest = memo((id) => closest(id, candidates)?.value ?? null);

  const spec = { columns: MILESTONE_COLUMNS, looksLikeData: (first: string) => targetIds?.has(first) ?? false };
  readTable(root, file, spec, log, (cell, row) => {
    const errorsBefore = log.errors;
    const tgt = cell('target');
    const dat = cell('date');
    const sta = cell('status');
    const evi = cell('evidence');

    if (tgt.value === '') log.at('error', tgt, 'target is empty — give the id of the target (shown on its policy page)');
    else if (targetIds && !targetIds.has(tgt.value)) {
      const near = suggest(tgt.value);
      log.at(
        'error',
        tgt,
        `unknown target id ${quote(tgt.value)}${near ? ` — did you mean ${quote(near)}?` : '.'} No ingested policy has a target with this id`,
      );
    }

    // A status is observed at some time in the period the date names: that period must have begun.
    if (!isPartialDate(dat.value)) log.at('error', dat, `date ${quote(dat.value)} is not a date — write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-07`);
    else if (periodStart(dat.value)! > today)
      log.at('error', dat, `date ${dat.value} is after the build date ${today}: a status can only be recorded once it is known`);

    if (!(MILESTONE_RECORD_STATUSES as readonly string[]).includes(sta.value)) {
      const near = STATUS_ALIASES[sta.value.toLowerCase()];
      log.at('error', sta, `status ${quote(sta.value)} is not one of: done, in-progress, missed${near ? ` — write ${quote(near)}` : ''}`);
    }

    if (evi.value !== '' && !/^https?:\/\/\S+$/.test(evi.value)) {
      log.at('error', evi, `evidence ${quote(evi.value)} is not a link — give the http(s) address of the document that shows the status`);
    } else if (evi.value === '' && sta.value === 'done')
      log.at('warning', evi, 'a milestone marked done should link the evidence (a report, a notice, a news item)');

    if (tgt.value !== '' && isPartialDate(dat.value)) {
      const key = `${tgt.value}|${dat.value}`;
      const other = seen.get(key);
      if (other) {
        const where = other.file === file ? `line ${other.line}` : `${other.file}:${other.line}`;
        log.at('error', tgt, `duplicate status for target ${tgt.value} on ${dat.value}: already given on ${where}`);
      } else seen.set(key, { file, line: row.line });
    }

    if (log.errors === errorsBefore) {
      ctx.milestones.push({
        targetId: tgt.value,
        date: dat.value,
        status: sta.value as MilestoneRecordStatus,
        evidence: evi.value,
        note: cell('note').value,
        file,
        line: row.line,
      });
    }
  });
}
