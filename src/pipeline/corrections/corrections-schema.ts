// Corrections a person made to the extracted record of one policy. They live in
// content/corrections/<slug>.yaml and are applied after every ingest, so a fix
// survives re-extraction of the same source. Every section is optional:
//
//   meta:                    # meta fields of the record, each replaced as a whole
//     title: 镇康县教育高质量发展三年行动计划实施方案(2023—2025年)
//     date: '2023-11-07'
//   targets:                 # target id → the fields to replace (any field but id)
//     t-3f9a1c2e:
//       deadline: '2025'
//       responsible: [县教育体育局]
//     t-7b20d4e1: remove     # a false positive: drop the target
//   add:                     # targets the extractor missed, with every field;
//     - id: t-9c0d1e2f       # without an id, one is derived from text and phrase
//       kind: quantity
//       text: 到2025年,全县适龄残疾儿童少年入学率不低于98%。
//       phrase: 全县适龄残疾儿童少年入学率不低于98%
//       indicator: 适龄残疾儿童少年入学率
//       indicatorId: null
//       value: 98
//       unit: '%'
//       comparator: '>='
//       deadline: '2025'
//       recurring: null
//       change: null
//       baseYear: null
//       responsible: [县教育体育局]
//       section: s3-3-4
//       modality: binding
//       optional: false
//   units:                   # unit name → the fields to replace (any field but name);
//     县教育体育局:            # a name not in the record is added when all its
//       aliases: [县教体局]    # fields are given
//     县政府办: remove
//   reviewed:                # review flags a person checked and found right, by subject
//     - meta.title           # (a correction of the subject clears its flags too)
//     - t-3f9a1c2e
//
// Quote dates and years ('2025') and text that starts with YAML punctuation ('%',
// '>='): unquoted, YAML reads 2025 as a number and 2025-01-01 as a date.
import { z } from 'astro/zod';
import { meta, target, unit } from '../../schema/record.ts';

const removeOr = <Patch extends z.ZodType>(patch: Patch, what: string) =>
  z.union([z.literal('remove'), patch], { error: `write \`remove\` to drop the ${what}, or the fields to replace under it` });

/** Replacement meta fields. */
export const metaPatch = meta.partial().strict();

/**
 * Replacement target fields. `indicatorId` loses its default: a patch holds only
 * what a person wrote, never a null standing for "not given".
 */
export const targetPatch = target.extend({ indicatorId: target.shape.indicatorId.unwrap() }).omit({ id: true }).partial().strict();

/** A whole target the extractor missed; the id is derived when absent. */
export const addedTarget = target.extend({ id: target.shape.id.optional() }).strict();

/** Replacement unit fields; with every field given, a unit to add. */
export const unitPatch = unit.omit({ name: true }).partial().strict();

export const corrections = z
  .object({
    meta: metaPatch.optional(),
    targets: z.record(z.string(), removeOr(targetPatch, 'target')).optional(),
    add: z.array(addedTarget).optional(),
    units: z.record(z.string(), removeOr(unitPatch, 'unit')).optional(),
    reviewed: z.array(z.string()).optional(),
  })
  .strict();

/** A corrections file: empty (or only comments) means no corrections. */
export const correctionsFile = z.preprocess((data) => data ?? {}, corrections);

export type MetaPatch = z.infer<typeof metaPatch>;
export type TargetPatch = z.infer<typeof targetPatch>;
export type AddedTarget = z.infer<typeof addedTarget>;
export type UnitPatch = z.infer<typeof unitPatch>;
export type Corrections = z.infer<typeof corrections>;
