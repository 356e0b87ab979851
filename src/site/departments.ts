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

/** The characters a region name ends with that name its level: 镇康县 → 县, 德州市 → 市. */
const LEVEL_SUFFIX = /[省市县区州盟旗]$/;

/**
 * An issuer in the terms of the policy's units: the region dropped, its level kept
 * (德州市教育和体育局 → 市教育和体育局, 中共镇康县委办公室 → 县委办公室,
 * 周口市川汇区人民政府办公室 → 区人民政府办公室); null when the name holds no region.
 */
function localName(issuer: string, region: string | null): string | null {
  const level = region ? LEVEL_SUFFIX.exec(region)?.[0] : undefined;
  if (!region || !level) return null;
  const at = issuer.indexOf(region);
  const rest = issuer.slice(at + region.length);
  if (at < 0 || !rest) return null;
  return level + rest;
}

/** The department that issued a policy, merged with the unit of the same name in its text. */
export function resolveIssuer(policy: PolicyRecord, issuer: string): UnitRef {
  const local = localName(issuer, policy.meta.region);
  const unit = findUnit(policy, issuer) ?? (local ? findUnit(policy, local) : null);
  if (unit) return resolveResponsible(policy, unit.name);
  const name = local ?? issuer;
  const region = policy.meta.region;
  return { name, region, slug: departmentSlug(region, name), label: departmentLabel(region, name) };
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
  /** Slugs of the policies that make it lead or coordinator of the plan as a whole (record.leads). */
  leads: string[];
  /** Slugs of the policies it issued (meta.issuers). */
  issued: string[];
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
        leads: [],
        issued: [],
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
    return dep;
  };
  /** A unit the record names outside `units` (an issuer, a lead, a target's unit) still gets a page. */
  const addRef = (policy: PolicyRecord, ref: UnitRef) => {
    const unit = findUnit(policy, ref.name);
    return add(policy, unit && unit.region === ref.region ? unit : { name: ref.name, region: ref.region, aliases: [], level: 'unknown', optional: false });
  };
  for (const policy of policies) {
    for (const unit of policy.units) add(policy, unit);
    for (const target of policy.targets) {
      for (const name of target.responsible) if (!findUnit(policy, name)) addRef(policy, resolveResponsible(policy, name));
    }
    for (const name of new Set(policy.leads)) {
      const dep = addRef(policy, resolveResponsible(policy, name));
      if (dep.leads.at(-1) !== policy.slug) dep.leads.push(policy.slug);
    }
    for (const issuer of policy.meta.issuers) {
      const dep = addRef(policy, resolveIssuer(policy, issuer));
      if (dep.issued.at(-1) !== policy.slug) dep.issued.push(policy.slug);
    }
  }
  return bySlug;
}
