// The search index as served: /search/manifest.json plus /search/<n>.json shards of at
// most SHARD_SIZE records, so a large site never ships one huge file and the
// browser can search shards as they arrive (in a worker above WORKER_THRESHOLD).
// Within a shard, records of a policy's sections and targets refer to a policy
// table instead of repeating its URL and title.
import type { SearchRecord } from './query.ts';

const SHARD_SIZE = 10_000;

export interface SearchManifest {
  total: number;
  shards: { url: string; count: number }[];
}

/** [policy URL, policy title] */
type ShardPolicy = [string, string];

interface WireRecord {
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

/** Records of a shard as the searcher wants them (the inverse of compress). */
export function expandShard(shard: SearchShard): SearchRecord[] {
  return shard.r.map((w) => {
    const policy = w.p !== undefined ? shard.p[w.p] : undefined;
    const rec: SearchRecord = {
      y: w.y,
      t: w.t,
      c: policy ? (w.c ? `${policy[1]} · ${w.c}` : policy[1]) : (w.c ?? ''),
      k: w.k ?? '',
      x: w.x ?? '',
      u: policy ? (w.a !== undefined ? `${policy[0]}#${w.a}` : policy[0]) : (w.u ?? ''),
    };
    if (w.n) rec.n = w.n;
    return rec;
  });
}
