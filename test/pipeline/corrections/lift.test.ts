import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../../src/pipeline/corrections/apply.ts';
import { loadCorrections, saveCorrections } from '../../../src/pipeline/corrections/corrections-file.ts';
import { deriveTargetId } from '../../../src/pipeline/corrections/target-id.ts';
import type { AddedTarget, Corrections } from '../../../src/pipeline/corrections/corrections-schema.ts';
import { editsOutsideCorrections, liftEdits } from '../../../src/pipeline/corrections/lift.ts';
import { isHandEdited } from '../../../src/pipeline/mdx/fingerprint.ts';
import { readPolicyMdx } from '../../../src/pipeline/mdx/read-mdx.ts';
import { writeMdx } from '../../../src/pipeline/mdx/write-mdx.ts';
import type { PolicyRecord } from '../../../src/schema/record.ts';
import { balancedSchools, highSchoolEnrolment, preschoolEnrolment, publicKindergartens, zhenkang, zhenkangBlocks } from '../mdx/fixtures.ts';
import { aTarget } from '../../support/targets.ts';

const disabledChildren = aTarget({
  id: 't-9c0d1e2f',
  text: '到2025年,全县适龄残疾儿童少年入学率不低于98%。',
  phrase: '全县适龄残疾儿童少年入学率不低于98%',
  indicator: '适龄残疾儿童少年入学率',
  value: 98,
  responsible: ['县教育体育局'],
  section: 's3-3-2',
});

/** A person's edit of the file luoshi wrote for `regenerated` with `existing` applied. */
function edit(existing: Corrections, change: (record: PolicyRecord) => void): PolicyRecord {
  const edited = structuredClone(applyCorrections(zhenkang, existing).record);
  change(edited);
  return edited;
}

/** Lift the edit, apply the result to a fresh extraction: what the next ingest writes. */
function cycle(edited: PolicyRecord, existing: Corrections = {}): { lifted: Corrections; next: PolicyRecord; stale: string[] } {
  const lifted = liftEdits(edited, zhenkang, existing);
  const { record: next, stale } = applyCorrections(zhenkang, lifted);
  return { lifted, next, stale };
}

describe('liftEdits', () => {
  it('lifts nothing when nothing was edited', () => {
    expect(liftEdits(zhenkang, zhenkang, {})).toEqual({});
    const existing: Corrections = { targets: { [balancedSchools.id]: { value: 75 } } };
    expect(
      liftEdits(
        edit(existing, () => {}),
        zhenkang,
        existing,
      ),
    ).toEqual(existing);
  });

  it('lifts a changed meta field, field by field for targets, and units by name', () => {
    const edited = edit({}, (r) => {
      r.meta.docNumber = '镇办发〔2023〕30号';
      r.targets[2].deadline = '2025-12-31';
      r.targets[2].responsible.push('各乡(镇)人民政府');
      r.units[1].optional = false;
    });
    const { lifted, next } = cycle(edited);
    expect(lifted).toEqual({
      meta: { docNumber: '镇办发〔2023〕30号' },
      targets: { [balancedSchools.id]: { deadline: '2025-12-31', responsible: ['县教育体育局', '各乡(镇)人民政府'] } },
      units: { 县一中: { optional: false } },
    });
    expect(next).toEqual(edited);
  });

  it('lifts a deleted target as remove and a new one as an addition', () => {
    const edited = edit({}, (r) => {
      r.targets.splice(1, 1);
      r.targets.splice(2, 0, disabledChildren);
      r.units.push({ name: '各乡(镇)人民政府', aliases: [], level: 'township', region: '镇康县', optional: false });
      r.units.splice(1, 1);
    });
    const { lifted, next } = cycle(edited);
    expect(lifted).toEqual({
      targets: { [publicKindergartens.id]: 'remove' },
      add: [disabledChildren],
      units: { 县一中: 'remove', '各乡(镇)人民政府': { aliases: [], level: 'township', region: '镇康县', optional: false } },
    });
    expect(next).toEqual(edited);
  });

  describe('with existing corrections', () => {
    const existing: Corrections = {
      meta: { sector: '基础教育' },
      targets: { [balancedSchools.id]: { value: 75, optional: true }, [publicKindergartens.id]: 'remove' },
      add: [{ ...disabledChildren, id: undefined }],
      units: { 县一中: { aliases: [] } },
    };
    const addedId = deriveTargetId(disabledChildren);

    it('keeps what the person did not touch exactly as written', () => {
      const edited = edit(existing, (r) => {
        r.meta.validity = '有效';
      });
      const { lifted, next } = cycle(edited, existing);
      expect(lifted).toEqual({ ...existing, meta: { sector: '基础教育', validity: '有效' } });
      expect(next).toEqual(edited);
    });

    it('lets a new edit of a corrected field win, and keeps a field set back to the extractor’s value', () => {
      const edited = edit(existing, (r) => {
        const target = r.targets.find((t) => t.id === balancedSchools.id)!;
        target.value = 80;
        target.optional = false;
      });
      const { lifted, next } = cycle(edited, existing);
      expect(lifted.targets?.[balancedSchools.id]).toEqual({ value: 80, optional: false });
      expect(next).toEqual(edited);
    });

    it('replaces an added target the person edited, and drops one they deleted', () => {
      const changed = edit(existing, (r) => {
        r.targets.find((t) => t.id === addedId)!.value = 99;
      });
      const lifted = cycle(changed, existing);
      expect(lifted.lifted.add).toEqual([{ ...disabledChildren, id: addedId, value: 99 }]);
      expect(lifted.next).toEqual(changed);

      const deleted = edit(existing, (r) => {
        r.targets = r.targets.filter((t) => t.id !== addedId);
      });
      const dropped = cycle(deleted, existing);
      expect(dropped.lifted.add).toBeUndefined();
      expect(dropped.next).toEqual(deleted);
    });

    it('lets the person bring back a target a correction removed', () => {
      const edited = edit(existing, (r) => {
        r.targets.splice(1, 0, publicKindergartens);
      });
      const { lifted, next } = cycle(edited, existing);
      expect(lifted.targets?.[publicKindergartens.id]).toBeUndefined();
      expect(next).toEqual(edited);
    });
  });

  it('keeps a stale correction stale: the old target in the file is not taken for an addition', () => {
    // The text changed: the extractor no longer finds the target the correction was for.
    const corrected: Corrections = { targets: { [highSchoolEnrolment.id]: { deadline: '2024' } } };
    const before = applyCorrections(zhenkang, corrected).record;
    const regenerated = { ...zhenkang, targets: zhenkang.targets.filter((t) => t.id !== highSchoolEnrolment.id) };
    const lifted = liftEdits(before, regenerated, corrected);
    expect(lifted).toEqual(corrected);
    expect(applyCorrections(regenerated, lifted).stale).toEqual([`targets.${highSchoolEnrolment.id}`]);
  });

  it('gives back exactly the hand-edited record for any edit', () => {
    const existingCorrections = fc.subarray<Corrections>([
      { targets: { [balancedSchools.id]: { value: 75 } } },
      { targets: { [publicKindergartens.id]: 'remove' } },
      { add: [{ ...disabledChildren, id: undefined } satisfies AddedTarget] },
      { meta: { sector: '基础教育' } },
      { units: { 县一中: { aliases: [] }, 县财政局: { aliases: [], level: 'county', region: '镇康县', optional: false } } },
    ]);
    const targetEdit = fc.record(
      {
        deleted: fc.boolean(),
        value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: undefined }),
        deadline: fc.option(fc.constantFrom('2024', '2025-06', '2026-12-31'), { nil: undefined }),
        responsible: fc.option(fc.array(fc.constantFrom('县教育体育局', '县一中', '县财政局', 'remove')), { nil: undefined }),
        optional: fc.option(fc.boolean(), { nil: undefined }),
      },
      { requiredKeys: ['deleted'] },
    );
    fc.assert(
      fc.property(
        existingCorrections,
        fc.array(targetEdit, { minLength: 5, maxLength: 5 }),
        fc.option(fc.string({ unit: 'grapheme', minLength: 1 }), { nil: undefined }),
        fc.boolean(),
        (parts, edits, title, addTarget) => {
          const existing = parts.reduce<Corrections>(
            (all, part) => ({
              meta: { ...all.meta, ...part.meta },
              targets: { ...all.targets, ...part.targets },
              add: [...(all.add ?? []), ...(part.add ?? [])],
              units: { ...all.units, ...part.units },
            }),
            {},
          );
          const edited = edit(existing, (r) => {
            if (title !== undefined) r.meta.title = title;
            r.targets = r.targets.flatMap((t, i) => {
              const { deleted, ...fields } = edits[i] ?? { deleted: false };
              return deleted ? [] : [{ ...t, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) }];
            });
            // Where a person would put it: after the last target of its section.
            const added = { ...disabledChildren, id: 't-0a0b0c0d', section: balancedSchools.section };
            const after = r.targets.findLastIndex((t) => t.section === added.section || t.section === preschoolEnrolment.section);
            if (addTarget) r.targets.splice(after + 1, 0, added);
          });
          const { next, stale } = cycle(edited, existing);
          expect(next).toEqual(edited);
          expect(stale).toEqual([]);
        },
      ),
    );
  });
});

describe('editsOutsideCorrections', () => {
  it('names the edited fields that corrections cannot keep', () => {
    const edited = edit({}, (r) => {
      r.sections[0].title = '主要任务';
      r.warnings = [];
      r.source.sha256 = '0'.repeat(64);
    });
    expect(editsOutsideCorrections(edited, zhenkang)).toEqual(['sections', 'warnings']);
    expect(editsOutsideCorrections(zhenkang, zhenkang)).toEqual([]);
  });
});

describe('a hand edit of the MDX file survives the next ingest', () => {
  it('is detected, lifted into the corrections file, and applied to a fresh extraction', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'luoshi-lift-')), 'corrections', `${zhenkang.slug}.yaml`);
    const existing: Corrections = { targets: { [highSchoolEnrolment.id]: { responsible: ['县一中'] } } };
    await saveCorrections(path, existing);

    // Ingest wrote the file; a member of staff fixed a deadline and deleted a false positive.
    const written = writeMdx(applyCorrections(zhenkang, await loadCorrections(path)).record, zhenkangBlocks);
    const handEdited = written
      .replace(/(  - id: t-c41e88a0\n(?: {4}.*\n)*? {4}deadline: )'2025'/, "$1'2025-09-01'")
      .replace(/ {2}- id: t-7b20d4e1\n(?: {4}.*\n)+/, '');
    expect(isHandEdited(written)).toBe(false);
    expect(isHandEdited(handEdited)).toBe(true);

    // Next ingest: same source, fresh extraction.
    const { record: edited } = readPolicyMdx(handEdited, `content/policies/${zhenkang.slug}.mdx`);
    const { generated: _stamp, ...editedRecord } = edited;
    await saveCorrections(path, liftEdits(editedRecord, zhenkang, await loadCorrections(path)));
    const corrections = await loadCorrections(path);
    expect(corrections).toEqual({
      targets: { [highSchoolEnrolment.id]: { responsible: ['县一中'] }, [balancedSchools.id]: { deadline: '2025-09-01' }, [publicKindergartens.id]: 'remove' },
    });
    const { record: next, stale } = applyCorrections(zhenkang, corrections);
    expect(next).toStrictEqual(editedRecord);
    expect(stale).toEqual([]);
    expect(isHandEdited(writeMdx(next, zhenkangBlocks))).toBe(false);
  });
});
