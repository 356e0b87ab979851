// What the checked data files hold: the rows of data/progress/*.csv (observations) and of
// data/milestones/*.csv (milestone records), as the checker hands them to progress and site.

export const FLAGS = ['', 'provisional', 'estimated'] as const;
/** What a row of data/milestones/*.csv may record (the progress statuses of milestones are src/progress/statuses.ts). */
export const MILESTONE_RECORD_STATUSES = ['done', 'in-progress', 'missed'] as const;

export type Flag = (typeof FLAGS)[number];
export type MilestoneRecordStatus = (typeof MILESTONE_RECORD_STATUSES)[number];

export interface Observation {
  /** Catalogue id (data/indicators.yaml), whatever name the row used. */
  indicatorId: string;
  /** Canonical region name (data/regions.yaml), whatever alias the row used. */
  region: string;
  regionId: string;
  /** As written: a year (2023) or a date (2023-09-01). */
  period: string;
  year: number;
  value: number;
  /** The value exactly as printed in the file (92.00 stays 92.00). */
  valueText: string;
  unit: string;
  source: string;
  note: string;
  flag: Flag;
  file: string;
  line: number;
}

export interface MilestoneRecord {
  targetId: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: when the status was observed. */
  date: string;
  status: MilestoneRecordStatus;
  /** Link to the evidence (http or https), or ''. */
  evidence: string;
  note: string;
  file: string;
  line: number;
}
