// Loading and querying data/indicators.yaml and data/regions.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { indicatorCatalogue, regionList } from './indicators-schema.ts';
import type { Indicator, IndicatorCatalogue, Region, RegionList } from './indicators-schema.ts';
import type { Problem } from '../problems/problem.ts';
import { closest, normalizeName, normalizeUnit } from './text.ts';
import { YamlSyntaxError, parseYaml } from './yaml-source.ts';
import type { YamlSource } from './yaml-source.ts';

const INDICATORS_FILE = 'data/indicators.yaml';
const REGIONS_FILE = 'data/regions.yaml';

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function readYaml<S extends z.ZodType>(root: string, file: string, schema: S): { value: z.infer<S> | null; source: YamlSource | null; problems: Problem[] } {
  const problems: Problem[] = [];
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    problems.push({ severity: 'error', file, line: 1, column: 1, message: `cannot read ${file}: the file is missing or unreadable` });
    return { value: null, source: null, problems };
  }
  let source: YamlSource;
  try {
    source = parseYaml(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof YamlSyntaxError) {
      problems.push({ severity: 'error', file, line: error.line, column: error.column, message: `YAML syntax error: ${error.message}` });
      return { value: null, source: null, problems };
    }
    throw error;
  }
  const parsed = schema.safeParse(source.value);
  if (parsed.success) return { value: parsed.data, source, problems };
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const at = source.locateKey([...issue.path, key]);
        problems.push({
          severity: 'error',
          file,
          ...at,
          message: `${pathText([...issue.path, key])}: unknown field "${key}" (check the spelling against data/README.md)`,
        });
      }
      continue;
    }
    const at = source.locate(issue.path);
    problems.push({ severity: 'error', file, ...at, message: `${pathText(issue.path)}: ${issue.message}` });
  }
  return { value: null, source, problems };
}

/** Reads data/indicators.yaml; `catalogue` is null when the file has errors (listed in `problems`). */
export function readIndicatorCatalogue(root: string): { catalogue: IndicatorCatalogue | null; problems: Problem[] } {
  const { value, source, problems } = readYaml(root, INDICATORS_FILE, indicatorCatalogue);
  if (value === null || source === null) return { catalogue: null, problems };
  const seen = new Map<string, number>();
  value.indicators.forEach((ind, i) => {
    const keys: Array<[string, readonly PropertyKey[]]> = [
      [ind.id, ['indicators', i, 'id']],
      [ind.name, ['indicators', i, 'name']],
      ...ind.aliases.map((a, j): [string, readonly PropertyKey[]] => [a, ['indicators', i, 'aliases', j]]),
    ];
    for (const [key, path] of keys) {
      const k = normalizeName(key).toLowerCase();
      const other = seen.get(k);
      if (other !== undefined && other !== i) {
        problems.push({
          severity: 'error',
          file: INDICATORS_FILE,
          ...source.locate(path),
          message: `"${key}" also names indicator "${value.indicators[other].id}": a name or alias must identify one indicator`,
        });
      } else seen.set(k, i);
    }
  });
  return { catalogue: problems.length > 0 ? null : value, problems };
}

/** Reads data/regions.yaml; `regions` is null when the file has errors. */
export function readRegionList(root: string): { regions: RegionList | null; problems: Problem[] } {
  const { value, source, problems } = readYaml(root, REGIONS_FILE, regionList);
  if (value === null || source === null) return { regions: null, problems };
  const ids = new Set(value.regions.map((r) => r.id));
  const seen = new Map<string, number>();
  value.regions.forEach((r, i) => {
    if (r.parent !== null && !ids.has(r.parent)) {
      problems.push({
        severity: 'error',
        file: REGIONS_FILE,
        ...source.locate(['regions', i, 'parent']),
        message: `parent "${r.parent}" is not the id of a region in this file`,
      });
    }
    for (const [key, path] of [
      [r.id, ['regions', i, 'id']],
      [r.name, ['regions', i, 'name']],
      ...r.aliases.map((a, j) => [a, ['regions', i, 'aliases', j]]),
    ] as Array<[string, PropertyKey[]]>) {
      const k = normalizeName(key).toLowerCase();
      const other = seen.get(k);
      if (other !== undefined && other !== i) {
        problems.push({
          severity: 'error',
          file: REGIONS_FILE,
          ...source.locate(path),
          message: `"${key}" also names region "${value.regions[other].id}": a name or alias must identify one region`,
        });
      } else seen.set(k, i);
    }
  });
  return { regions: problems.length > 0 ? null : value, problems };
}

const indicatorIndex = new WeakMap<IndicatorCatalogue, Map<string, Indicator>>();
const regionIndex = new WeakMap<RegionList, Map<string, Region>>();

function indexed<T extends { id: string; name: string; aliases: string[] }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    for (const key of [item.id, item.name, ...item.aliases]) {
      const k = normalizeName(key).toLowerCase();
      if (!map.has(k)) map.set(k, item);
    }
  }
  return map;
}

/** The indicator a CSV cell names: by id, name or alias (white space, quotes and width ignored). */
export function findIndicator(name: string, catalogue: IndicatorCatalogue): Indicator | null {
  let index = indicatorIndex.get(catalogue);
  if (!index) {
    index = indexed(catalogue.indicators);
    indicatorIndex.set(catalogue, index);
  }
  return index.get(normalizeName(name).toLowerCase()) ?? null;
}

/** The region a CSV cell or a plan's `meta.region` names: by id, name or alias. */
export function findRegion(name: string, regions: RegionList): Region | null {
  let index = regionIndex.get(regions);
  if (!index) {
    index = indexed(regions.regions);
    regionIndex.set(regions, index);
  }
  return index.get(normalizeName(name).toLowerCase()) ?? null;
}

export function suggestIndicator(name: string, catalogue: IndicatorCatalogue): Indicator | null {
  const hit = closest(
    name,
    catalogue.indicators.map((i) => ({ keys: [i.name, ...i.aliases, i.id], value: i })),
  );
  return hit?.value ?? null;
}

export function suggestRegion(name: string, regions: RegionList): Region | null {
  const hit = closest(
    name,
    regions.regions.map((r) => ({ keys: [r.name, ...r.aliases, r.id], value: r })),
  );
  return hit?.value ?? null;
}

/** Lower bound for an indicator's values: its `min` (0 for rates, counts and amounts), else none. */
export function minValue(indicator: Indicator): number | null {
  return indicator.min ?? null;
}

/** Upper bound for an indicator's values: its `max`, else 100 for percentages, else none. */
export function maxValue(indicator: Indicator): number | null {
  if (indicator.max !== undefined) return indicator.max;
  return normalizeUnit(indicator.unit) === '%' ? 100 : null;
}
