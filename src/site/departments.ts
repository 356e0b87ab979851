// Responsible units across policies. A department page is one (region, canonical
// name) pair: 镇康县 · 县教育体育局. Its slug is ASCII and stable: u- + hash.
import type { PolicyRecord, Unit, UnitLevel } from '../schema/record.ts';
import { shortHash } from './hash.ts';

export interface UnitRef {
  name: string;
  region: string | null;
  slug: string;
  label: string;
}

export function departmentSlug(region: string | null, name: string): string {
  return `u-${shortHash(`${region ?? ''}\u001f${name}`)}`;
}

/** 镇康县 · 县教育体育局; the region is left out when the name already starts with it or is unknown. */
export function departmentLabel(region: string | null, name: string): string {
  if (!region || name.startsWith(region)) return name;
  return `${region} · ${name}`;
}

/** The unit a name (canonical or alias) refers to in this policy, or null. */
function findUnit(policy: PolicyRecord, name: string): Unit | null {
  return policy.units.find((u) => u.name === name) ?? policy.units.find((u) => u.aliases.includes(name)) ?? null;
}

/**
 * Resolve a responsible name of a target to its department. A name missing from
 * `units` (should not happen) is taken as a unit of the policy's region.
 */
export function resolveResponsible(policy: PolicyRecord, name: string): UnitRef {
  const unit = findUnit(policy, name);
  const canonical = unit?.name ?? name;
  const region = unit ? unit.region : policy.meta.region;
  return { name: canonical, region, slug: departmentSlug(region, canonical), label: departmentLabel(region, canonical) };
}

export interface Department {
  slug: string;
  name: string;
  region: string | null;
  label: string;
  aliases: string[];
  level: UnitLevel;
  /** True when every policy names it only as a partner or beneficiary. */
  optional: boolean;
  /** Slugs of the policies that name it, in input order. */
  policies: string[];
}

/** Every unit of every policy, merged by (region, name). Throws on a slug collision. */
export function collectDepartments(policies: readonly PolicyRecord[]): Map<string, Department> {
  const bySlug = new Map<string, Department>();
  // Membership sets beside the arrays: a unit named by thousands of policies must
  // not cost a linear scan per mention.
  const seenPolicies = new Map<string, Set<string>>();
  const seenAliases = new Map<string, Set<string>>();
  const add = (policy: PolicyRecord, unit: Pick<Unit, 'name' | 'region' | 'aliases' | 'level' | 'optional'>) => {
    const slug = departmentSlug(unit.region, unit.name);
    let dep = bySlug.get(slug);
    if (!dep) {
      dep = {
        slug,
        name: unit.name,
        region: unit.region,
        label: departmentLabel(unit.region, unit.name),
        aliases: [],
        level: unit.level,
        optional: unit.optional,
        policies: [],
      };
      bySlug.set(slug, dep);
      seenPolicies.set(slug, new Set());
      seenAliases.set(slug, new Set([unit.name]));
    } else if (dep.name !== unit.name || dep.region !== unit.region) {
      throw new Error(`department slug collision: ${slug} for ${dep.label} and ${departmentLabel(unit.region, unit.name)}`);
    }
    const aliases = seenAliases.get(slug)!;
    for (const a of unit.aliases) {
      if (aliases.has(a)) continue;
      aliases.add(a);
      dep.aliases.push(a);
    }
    if (dep.level === 'unknown') dep.level = unit.level;
    dep.optional &&= unit.optional;
    const policies = seenPolicies.get(slug)!;
    if (!policies.has(policy.slug)) {
      policies.add(policy.slug);
      dep.policies.push(policy.slug);
    }
  };
  for (const policy of policies) {
    for (const unit of policy.units) add(policy, unit);
    // Names a target holds responsible but `units` lacks still get a page.
    for (const target of policy.targets) {
      for (const name of target.responsible) {
        if (!findUnit(policy, name)) {
          add(policy, { name, region: policy.meta.region, aliases: [], level: 'unknown', optional: false });
        }
      }
    }
  }
  return bySlug;
}
