// Review flags in words, for the command line (check, the ingest summary), and where in
// a policy file's frontmatter each flag's subject is written.
import type { PolicyRecord, ReviewFlag } from '../../schema/record.ts';

export function flagMessage(flag: ReviewFlag): string {
  const { subject, evidence } = flag;
  switch (flag.code) {
    case 'title-suspect':
      return `the title «${evidence}» reads like a heading or a sentence, or holds markup: check it against the document`;
    case 'zero-value':
      return `target ${subject} has the value 0 («${evidence}»): was a figure misread?`;
    case 'deadline-before-issue':
      return `target ${subject} falls due before the document was issued (${evidence}): a past result, or a misread date?`;
    case 'unknown-unit':
      return `unit «${evidence}» is neither in the unit directory nor built from known parts: check the name, or add it to data/units.yaml`;
    case 'short-indicator':
      return `target ${subject} measures «${evidence}», a name too short to say what is measured`;
    case 'targets-in-review':
      return `part «${evidence}» reads as a review of past results but holds targets: are they results?`;
    case 'mostly-undated':
      return `${evidence} targets have no deadline: check whether the plan's period or its parts date them`;
  }
}

/** The frontmatter path a flag's subject is written at, for locating it in the file. */
export function flagPath(record: PolicyRecord, flag: ReviewFlag): PropertyKey[] {
  const { subject } = flag;
  if (subject.startsWith('meta.')) return ['meta', subject.slice('meta.'.length)];
  if (subject.startsWith('units.')) {
    const i = record.units.findIndex((u) => u.name === subject.slice('units.'.length));
    return i < 0 ? ['units'] : ['units', i, 'name'];
  }
  if (subject.startsWith('sections.')) {
    const i = record.sections.findIndex((s) => s.id === subject.slice('sections.'.length));
    return i < 0 ? ['sections'] : ['sections', i, 'id'];
  }
  const i = record.targets.findIndex((t) => t.id === subject);
  return i < 0 ? ['targets'] : ['targets', i, 'id'];
}
