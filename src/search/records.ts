// Build-time search records: policies, their sections, targets and departments.
import type { PolicyRecord } from '../schema/record.ts';
import type { SiteData } from '../site/site-data.ts';
import type { SearchRecord } from './query.ts';
import { normalize } from './normalize.ts';
import { formatPartialDate, formatTargetValue, formatRecurrence } from '../i18n/format.ts';
import { urls } from '../site/urls.ts';
import { t } from '../i18n/index.ts';

const join = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(' · ');
const rec = (r: SearchRecord): SearchRecord => ({
  y: r.y,
  t: normalize(r.t),
  c: normalize(r.c),
  k: normalize(r.k),
  x: normalize(r.x),
  u: r.u,
  ...(r.n ? { n: normalize(r.n) } : {}),
});

function policyRecords(p: PolicyRecord): SearchRecord[] {
  const m = p.meta;
  const out: SearchRecord[] = [
    rec({
      y: 'policy',
      t: m.title,
      c: join(m.issuers.join('、'), m.docNumber, m.date ? formatPartialDate(m.date) : null),
      k: [m.region, m.sector, m.validity, m.indexNumber, m.date, m.date?.slice(0, 4), p.slug].filter(Boolean).join(' '),
      x: '',
      u: urls.policy(p.slug),
    }),
  ];
  for (const s of p.sections) {
    out.push(rec({ y: 'section', t: `${s.number}${s.title}`, c: m.title, k: '', x: '', u: urls.section(p.slug, s.id) }));
  }
  return out;
}

export function buildSearchRecords(site: SiteData): SearchRecord[] {
  const out: SearchRecord[] = [];
  for (const p of site.policies) out.push(...policyRecords(p));
  const departments = site.departmentsBySlug;
  for (const row of site.rows) {
    const tg = row.target;
    const units = row.responsible.flatMap((r) => [r.label, r.name, ...(departments.get(r.slug)?.aliases ?? [])]);
    out.push(
      rec({
        y: 'target',
        t: tg.phrase || tg.text,
        c: join(
          row.policyTitle,
          row.deadline ? formatPartialDate(row.deadline) : formatRecurrence(tg.recurring) || t('target.noDeadline'),
        ),
        k: [
          tg.indicator,
          formatTargetValue(tg.value, tg.unit, tg.comparator),
          row.deadline,
          row.deadline ? formatPartialDate(row.deadline) : null,
          t(`target.kind.${row.kind}`),
          row.region,
          ...units,
        ]
          .filter(Boolean)
          .join(' '),
        x: tg.text,
        u: urls.target(row.policy, row.id),
      }),
    );
  }
  for (const d of site.departments) {
    out.push(
      rec({
        y: 'department',
        t: d.label,
        c: t('departments.obligations', { n: d.counts.total }),
        k: [d.name, d.region, ...d.aliases].filter(Boolean).join(' '),
        x: '',
        u: urls.department(d.slug),
        n: d.name,
      }),
    );
  }
  return out;
}

// ---- Shards -----------------------------------------------------------------
// The index is served as /search/manifest.json plus /search/<n>.json shards of at
// most SHARD_SIZE records, so a large site never ships one huge file and the
// browser can search shards as they arrive (in a worker above WORKER_THRESHOLD).
// Within a shard, records of a policy's sections and targets refer to a policy
// table instead of repeating its URL and title.

export const SHARD_SIZE = 10_000;

export interface SearchManifest {
  total: number;
  shards: { url: string; count: number }[];
}

/** [policy URL, policy title] */
export type ShardPolicy = [string, string];

export interface WireRecord {
  y: SearchRecord['y'];
  t: string;
  /** context without the policy title (which comes from `p`) */
  c?: string;
  k?: string;
  x?: string;
  /** full URL, when not derived from `p` and `a` */
  u?: string;
  /** index into the shard's policy table */
  p?: number;
  /** fragment after the policy URL */
  a?: string;
  n?: string;
}

export interface SearchShard {
  p: ShardPolicy[];
  r: WireRecord[];
}

const SEP = ' · ';

function compress(records: readonly SearchRecord[], titles: Map<string, string>): SearchShard {
  const table: ShardPolicy[] = [];
  const index = new Map<string, number>();
  const r = records.map((rec): WireRecord => {
    const [path, frag] = rec.u.split('#');
    const title = rec.y === 'section' || rec.y === 'target' ? titles.get(path) : undefined;
    const w: WireRecord = { y: rec.y, t: rec.t };
    if (title !== undefined && (rec.c === title || rec.c.startsWith(title + SEP))) {
      let i = index.get(path);
      if (i === undefined) {
        i = table.push([path, title]) - 1;
        index.set(path, i);
      }
      w.p = i;
      if (frag !== undefined) w.a = frag;
      const rest = rec.c.slice(title.length + SEP.length);
      if (rest) w.c = rest;
    } else {
      w.u = rec.u;
      if (rec.c) w.c = rec.c;
    }
    if (rec.k) w.k = rec.k;
    if (rec.x) w.x = rec.x;
    if (rec.n) w.n = rec.n;
    return w;
  });
  return { p: table, r };
}

/** Split records into shards (policy titles are taken from the policy records). */
export function buildShards(records: readonly SearchRecord[], size = SHARD_SIZE): SearchShard[] {
  const titles = new Map(records.filter((r) => r.y === 'policy').map((r) => [r.u, r.t]));
  const shards: SearchShard[] = [];
  for (let i = 0; i < records.length; i += size) shards.push(compress(records.slice(i, i + size), titles));
  return shards.length ? shards : [{ p: [], r: [] }];
}

export function buildManifest(shards: readonly SearchShard[], shardUrl: (n: number) => string): SearchManifest {
  return {
    total: shards.reduce((n, s) => n + s.r.length, 0),
    shards: shards.map((s, n) => ({ url: shardUrl(n), count: s.r.length })),
  };
}
