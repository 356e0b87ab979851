// Schemas of the two hand-edited catalogues: data/indicators.yaml and data/regions.yaml.
import { z } from 'astro/zod';

/** ASCII slug: lower-case letters, digits and single hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'ids are lower-case ASCII letters, digits and hyphens, e.g. upper-secondary-gross-enrolment',
});

const chineseText = z.string().trim().min(1, { error: 'must not be empty' });

export const contextualPhrasing = z.strictObject({
  /** The generic term, e.g. 毛入学率. */
  term: chineseText,
  /** Words one of which must stand before the term in the same sentence, e.g. 高中阶段. */
  context: z.array(chineseText).min(1, { error: 'give at least one context word' }),
});

export const direction = z.enum(['higher', 'lower']);

export const indicator = z
  .strictObject({
    id: slug,
    name: chineseText,
    aliases: z.array(chineseText).default([]),
    phrasings: z.array(chineseText).default([]),
    contextual: z.array(contextualPhrasing).default([]),
    unit: chineseText,
    direction,
    /** Lower bound for values: 0 for what cannot be negative (rates, counts, amounts); none when absent. */
    min: z.number().optional(),
    /** Upper bound for values; defaults to 100 for '%'. */
    max: z.number().optional(),
    definition: chineseText,
    english: chineseText,
    source: z.string().nullable(),
  })
  .refine((i) => i.min === undefined || i.max === undefined || i.min < i.max, { error: 'min must be below max', path: ['min'] });

export const indicatorCatalogue = z.strictObject({
  indicators: z.array(indicator).min(1, { error: 'the catalogue lists no indicator' }),
});

export const regionLevel = z.enum(['national', 'province', 'prefecture', 'county', 'township']);

export const region = z.strictObject({
  id: slug,
  name: chineseText,
  aliases: z.array(chineseText).default([]),
  level: regionLevel,
  parent: slug.nullable(),
});

export const regionList = z.strictObject({
  regions: z.array(region).min(1, { error: 'the list names no region' }),
});

export type Direction = z.infer<typeof direction>;
export type ContextualPhrasing = z.infer<typeof contextualPhrasing>;
export type Indicator = z.infer<typeof indicator>;
export type IndicatorCatalogue = z.infer<typeof indicatorCatalogue>;
export type Region = z.infer<typeof region>;
export type RegionLevel = z.infer<typeof regionLevel>;
export type RegionList = z.infer<typeof regionList>;
