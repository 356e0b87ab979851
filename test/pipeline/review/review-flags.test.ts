// Review flags on records the pipeline makes of real kinds of text, and their clearing
// by a person's corrections.
import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../../src/pipeline/corrections/apply.ts';
import { liftEdits } from '../../../src/pipeline/corrections/lift.ts';
import { flagMessage } from '../../../src/pipeline/review/flag-text.ts';
import { extract } from '../support.ts';

const codes = (text: string) => extract(text).record.flags.map((f) => [f.code, f.subject.replace(/^t-[0-9a-f]+$/, 'target')]);

describe('reviewFlags', () => {
  it('a title that is a heading, markup or a sentence is doubted', () => {
    expect(codes('三、重点任务\n（一）到2025年，新建幼儿园3所。')).toContainEqual(['title-suspect', 'meta.title']);
    expect(codes('<divclass="title"><h2>某县方案\n一、目标\n到2025年，新建幼儿园3所。')).toContainEqual(['title-suspect', 'meta.title']);
    expect(codes('某县学前教育发展实施方案\n一、目标\n到2025年，新建幼儿园3所。').map(([c]) => c)).not.toContain('title-suspect');
  });

  it('a value of 0, and a deadline before the document was issued', () => {
    const { record } = extract('某县学前教育发展实施方案\n某县人民政府\n2023年5月1日\n一、目标\n到2025年，新建幼儿园0所。2022年底前，建成示范园2所。');
    expect(record.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['zero-value', 'deadline-before-issue']));
    const late = record.flags.find((f) => f.code === 'deadline-before-issue')!;
    expect(flagMessage(late)).toMatch(/falls due before the document was issued \(2022-12 < 2023-05-01\)/);
  });

  it('a unit neither in the directory nor built from known parts, and a document whose targets are mostly undated', () => {
    const { record } = extract(
      ['某区管理办法', '一、任务', '（一）新建停车位100个。新建泊位200个。新建车位300个。改造道路400公里。新建站点50个。（责任单位：设施养护处）'].join('\n'),
    );
    expect(record.flags.map((f) => [f.code, f.subject])).toEqual(
      expect.arrayContaining([
        ['unknown-unit', 'units.设施养护处'],
        ['mostly-undated', 'targets'],
      ]),
    );
  });

  it('a correction of the subject, or a reviewed entry, clears its flags; a deleted flag becomes reviewed', () => {
    const { record } = extract('三、重点任务\n（一）到2025年，新建幼儿园0所。');
    const zero = record.flags.find((f) => f.code === 'zero-value')!;
    expect(applyCorrections(record, { meta: { title: '某县学前教育实施方案' } }).record.flags.map((f) => f.code)).not.toContain('title-suspect');
    expect(applyCorrections(record, { reviewed: [zero.subject] }).record.flags.map((f) => f.code)).not.toContain('zero-value');
    const edited = { ...record, flags: record.flags.filter((f) => f !== zero) };
    expect(liftEdits(edited, record, {}).reviewed).toEqual([zero.subject]);
  });
});
