// The text of a policy after decoding and cleaning: what extraction reads and
// what the MDX body is written from.
import type { Removal } from './record.ts';

export interface CleanText {
  /** The policy's own lines, in order, boilerplate removed and page splits mended. */
  lines: string[];
  /** Lines before the policy body (site banners, 来源/时间 lines, the 通知 wrapper…): metadata is read from them. */
  header: string[];
  removed: Removal[];
}

/** A run of body text; `targets` holds the ids of the targets whose sentence it is. */
export interface Segment {
  text: string;
  targets: string[];
}

/** One heading or paragraph of the policy body, ready to be written as MDX. */
export type Block =
  { kind: 'heading'; section: string; level: number; segments: Segment[] } | { kind: 'paragraph'; section: string | null; segments: Segment[] };
