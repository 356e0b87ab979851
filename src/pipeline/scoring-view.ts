// The record as `luoshi extract` writes it: every responsible unit given with the
// names it goes by in this document, so a reader (or the evaluation scorer) can
// tell 各县区人民政府 and 县(区) are the same body.
import type { PolicyRecord, Unit } from '../schema/record.ts';

export interface ResponsibleUnit {
  name: string;
  aliases: string[];
}

export type ExtractView = Omit<PolicyRecord, 'targets'> & {
  targets: Array<Omit<PolicyRecord['targets'][number], 'responsible'> & { responsible: ResponsibleUnit[] }>;
};

export function extractView(record: PolicyRecord): ExtractView {
  const byName = new Map<string, Unit>(record.units.map((u) => [u.name, u]));
  return {
    ...record,
    targets: record.targets.map((t) => ({
      ...t,
      responsible: t.responsible.map((name) => ({ name, aliases: byName.get(name)?.aliases ?? [] })),
    })),
  };
}
