import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../../src/pipeline/corrections/apply.ts';
import type { AddedTarget, Corrections } from '../../../src/pipeline/corrections/corrections-schema.ts';
import { deriveTargetId } from '../../../src/pipeline/corrections/target-id.ts';
import { record, target } from '../../../src/schema/record.ts';
import { balancedSchools, highSchoolEnrolment, preschoolEnrolment, publicKindergartens, zhenkang } from '../mdx/fixtures.ts';

const disabledChildren: AddedTarget = {
  kind: 'quantity',
  text: '到2025年,全县适龄残疾儿童少年入学率不低于98%。',
  phrase: '全县适龄残疾儿童少年入学率不低于98%',
  indicator: '适龄残疾儿童少年入学率',
  indicatorId: null,
  value: 98,
  unit: '%',
  comparator: '>=',
  deadline: '2025',
  recurring: null,
  change: null,
  baseYear: null,
  responsible: ['县教育体育局'],
  section: 's3-3-2',
  modality: 'binding',
  optional: false,
};

function ids(corrections: Corrections): string[] {
  return applyCorrections(zhenkang, corrections).record.targets.map((t) => t.id);
}

describe('applyCorrections', () => {
  it('changes nothing without corrections', () => {
    expect(applyCorrections(zhenkang, {})).toEqual({ record: zhenkang, stale: [] });
  });

  it('replaces meta fields as a whole', () => {
    const { record: corrected } = applyCorrections(zhenkang, { meta: { docNumber: '镇办发〔2023〕30号', issuers: ['中共镇康县委办公室'], planPeriod: null } });
    expect(corrected.meta).toEqual({ ...zhenkang.meta, docNumber: '镇办发〔2023〕30号', issuers: ['中共镇康县委办公室'], planPeriod: null });
    expect(Object.keys(corrected.meta)).toEqual(Object.keys(zhenkang.meta));
  });

  it('replaces the given fields of a target and keeps the rest', () => {
    const { record: corrected } = applyCorrections(zhenkang, {
      targets: { [balancedSchools.id]: { deadline: '2025-12-31', responsible: ['县教育体育局', '各乡(镇)人民政府'] } },
    });
    expect(corrected.targets[2]).toEqual({ ...balancedSchools, deadline: '2025-12-31', responsible: ['县教育体育局', '各乡(镇)人民政府'] });
    expect(corrected.targets.filter((t) => t.id !== balancedSchools.id)).toEqual(zhenkang.targets.filter((t) => t.id !== balancedSchools.id));
    expect(record.parse(corrected)).toEqual(corrected);
  });

  it('drops a target marked remove', () => {
    expect(ids({ targets: { [publicKindergartens.id]: 'remove' } })).toEqual([preschoolEnrolment.id, balancedSchools.id, highSchoolEnrolment.id]);
  });

  it('adds a missed target after the last target of its section, deriving its id', () => {
    const { record: corrected } = applyCorrections(zhenkang, { add: [disabledChildren] });
    const id = deriveTargetId(disabledChildren);
    expect(id).toMatch(/^t-[0-9a-f]{8}$/);
    expect(corrected.targets.map((t) => t.id)).toEqual([preschoolEnrolment.id, publicKindergartens.id, balancedSchools.id, id, highSchoolEnrolment.id]);
    expect(Object.keys(corrected.targets[3])).toEqual(Object.keys(target.shape));
  });

  it('puts added targets of a section without targets after the sections before it, and unknown sections last', () => {
    expect(ids({ add: [{ ...disabledChildren, id: 't-a', section: 's3-3' }] })).toEqual([
      preschoolEnrolment.id,
      publicKindergartens.id,
      't-a',
      balancedSchools.id,
      highSchoolEnrolment.id,
    ]);
    expect(ids({ add: [{ ...disabledChildren, id: 't-b', section: null }] })[0]).toBe('t-b');
    expect(ids({ add: [{ ...disabledChildren, id: 't-c', section: 's9' }] }).at(-1)).toBe('t-c');
  });

  it('keeps the person’s version when the extractor finds an added target after all', () => {
    const mine = { ...balancedSchools, deadline: '2024', optional: true };
    const { record: corrected, stale } = applyCorrections(zhenkang, { add: [mine] });
    expect(corrected.targets).toEqual([preschoolEnrolment, publicKindergartens, mine, highSchoolEnrolment]);
    expect(stale).toEqual([]);
  });

  it('lets `targets` correct an added target too', () => {
    const { record: corrected } = applyCorrections(zhenkang, { add: [{ ...disabledChildren, id: 't-9c0d1e2f' }], targets: { 't-9c0d1e2f': { value: 99 } } });
    expect(corrected.targets.find((t) => t.id === 't-9c0d1e2f')?.value).toBe(99);
  });

  it('reports corrections whose target or unit is gone, and keeps applying the rest', () => {
    const { record: corrected, stale } = applyCorrections(zhenkang, {
      targets: { 't-00000000': { deadline: '2025' }, 't-11111111': 'remove', [balancedSchools.id]: { value: 75 } },
      units: { 县财政局: { aliases: ['财政局'] }, 县发改局: 'remove' },
    });
    expect(stale).toEqual(['targets.t-00000000', 'targets.t-11111111', 'units.县财政局', 'units.县发改局']);
    expect(corrected.targets[2].value).toBe(75);
  });

  it('patches, removes and adds units by name', () => {
    const { record: corrected, stale } = applyCorrections(zhenkang, {
      units: {
        县教育体育局: { aliases: ['县教体局'] },
        县一中: 'remove',
        县财政局: { aliases: [], level: 'county', region: '镇康县', optional: false },
      },
    });
    expect(corrected.units).toEqual([
      { ...zhenkang.units[0], aliases: ['县教体局'] },
      { name: '县财政局', aliases: [], level: 'county', region: '镇康县', optional: false },
    ]);
    expect(stale).toEqual([]);
  });

  it('gives the same record when applied twice', () => {
    const corrections: Corrections = {
      meta: { sector: '教育' },
      targets: { [balancedSchools.id]: { value: 75 }, [publicKindergartens.id]: 'remove' },
      add: [disabledChildren],
      units: { 县一中: { optional: false } },
    };
    const once = applyCorrections(zhenkang, corrections).record;
    expect(applyCorrections(once, corrections).record).toEqual(once);
  });

  it('does not change the record it was given', () => {
    const before = structuredClone(zhenkang);
    applyCorrections(zhenkang, { targets: { [balancedSchools.id]: 'remove' }, add: [disabledChildren], units: { 县一中: 'remove' } });
    expect(zhenkang).toEqual(before);
  });
});
