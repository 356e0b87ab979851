// Target ids stay the same when a text is ingested again: they are derived from the
// sentence and the figure, never from positions or counters alone.
import { createHash } from 'node:crypto';

export function targetId(slug: string, kind: string, sentence: string, figure: string, seen: Map<string, number>): string {
  const key = `${slug}|${kind}|${sentence.replace(/\s+/g, '')}|${figure}`;
  const n = seen.get(key) ?? 0;
  seen.set(key, n + 1);
  return `t-${createHash('sha1').update(`${key}|${n}`).digest('hex').slice(0, 8)}`;
}
