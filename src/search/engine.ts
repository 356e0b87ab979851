// Search in the browser over the served index (index-format.ts): fetches only the term shards of
// the query's character pairs and the doc chunks of the records it shows, verifies each candidate
// with the matcher (match.ts) and ranks: exact before split before one-wrong-character matches,
// hits in a title or text before hits only in the context, generic headings last.
import { foldText, matchTerm, type MatchKind, type TermMatch } from './match.ts';
import { DOCS_PER_CHUNK, shardOf, termBigrams, TYPE_ORDER, type DocType, type SearchDoc, type SearchManifest, type TermShard } from './index-format.ts';
import { isAbbreviation } from './abbreviation.ts';

export type Fetcher = (url: string) => Promise<unknown>;

export interface SearchHit {
  id: number;
  doc: SearchDoc;
  /** Ranges to highlight in the folded title and text. */
  title: [number, number][];
  text: [number, number][];
  score: number;
}

export interface SearchResults {
  /** Best hits of each type, best first within a type, in TYPE_ORDER. */
  hits: SearchHit[];
  /** Records of each type the index proposes (before checking each one): at least the hits. */
  counts: Record<DocType, number>;
}

/** Words a unit name ends with: a term ending so may abbreviate one (教体局). */
const UNIT_END = /[局委办厅部院会处室站所中心队]$/u;
const KIND_RANK: Record<MatchKind, number> = { exact: 0, split: 1, typo: 2 };
/** Records checked beyond those missing, per batch and type. */
const CHECK_MARGIN = 4;
/** At most this many records of a type are checked for one query. */
const MAX_CHECKED = 300;
/** Query words, folded; quotes and pipes dropped. */
export function queryTerms(query: string): string[] {
  return foldText(query).replace(/["'|]/g, ' ').split(/\s+/).filter(Boolean);
}

/** First index of `ids` (sorted) holding a value ≥ `value`. */
function lowerBound(ids: Int32Array, value: number): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type IdLevels = { ids: Int32Array; levels: Uint8Array };

/** Records in both, at the worse of their two levels. */
function intersect(a: IdLevels, b: IdLevels): IdLevels {
  const ids = new Int32Array(Math.min(a.ids.length, b.ids.length));
  const levels = new Uint8Array(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] < b.ids[j]) i++;
    else if (a.ids[i] > b.ids[j]) j++;
    else {
      ids[n] = a.ids[i];
      levels[n++] = Math.max(a.levels[i++], b.levels[j++]);
    }
  }
  return { ids: ids.subarray(0, n), levels: levels.subarray(0, n) };
}

/** Records in any, at their best level (each part sorted by id). */
function union(parts: IdLevels[]): IdLevels {
  let out = parts[0];
  for (const p of parts.slice(1)) {
    const ids = new Int32Array(out.ids.length + p.ids.length);
    const levels = new Uint8Array(ids.length);
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < out.ids.length || j < p.ids.length) {
      const a = i < out.ids.length ? out.ids[i] : 0x7fffffff;
      const b = j < p.ids.length ? p.ids[j] : 0x7fffffff;
      ids[n] = Math.min(a, b);
      levels[n++] = Math.min(a <= b ? out.levels[i++] : 9, b <= a ? p.levels[j++] : 9);
    }
    out = { ids: ids.subarray(0, n), levels: levels.subarray(0, n) };
  }
  return out;
}

interface Candidate {
  id: number;
  /** 0: every pair of every term present; 1: a term covered by parts; 2: one character uncovered. */
  level: number;
}

export class SearchEngine {
  private shards = new Map<number, Promise<TermShard>>();
  private chunks = new Map<number, Promise<SearchDoc[]>>();
  private names: Promise<string[]> | undefined;
  private decoded = new Map<string, Int32Array>();

  readonly manifest: SearchManifest;
  private readonly fetcher: Fetcher;

  constructor(manifest: SearchManifest, fetcher: Fetcher) {
    this.manifest = manifest;
    this.fetcher = fetcher;
  }

  private shard(n: number): Promise<TermShard> {
    let p = this.shards.get(n);
    if (!p) this.shards.set(n, (p = this.fetcher(this.manifest.termUrl.replace('{n}', String(n))) as Promise<TermShard>));
    return p;
  }

  private chunk(n: number): Promise<SearchDoc[]> {
    let p = this.chunks.get(n);
    if (!p) this.chunks.set(n, (p = this.fetcher(this.manifest.docUrl.replace('{n}', String(n))) as Promise<SearchDoc[]>));
    return p;
  }

  private async ids(bigram: string): Promise<Int32Array> {
    const known = this.decoded.get(bigram);
    if (known) return known;
    const gaps = (await this.shard(shardOf(bigram, this.manifest.shards)))[bigram] ?? [];
    const ids = new Int32Array(gaps.length);
    let id = 0;
    for (let i = 0; i < gaps.length; i++) ids[i] = id += gaps[i];
    this.decoded.set(bigram, ids);
    return ids;
  }

  /** Unit names a term may abbreviate (教体局 → 县教育体育局), loaded only for such terms. */
  private async expansions(term: string): Promise<string[]> {
    if (Array.from(term).length < 2 || !UNIT_END.test(term) || !/\p{Script=Han}/u.test(term)) return [];
    this.names ??= (this.fetcher(this.manifest.namesUrl) as Promise<string[]>).catch(() => []);
    return (await this.names).filter((n) => !n.includes(term) && isAbbreviation(term, n)).slice(0, 8);
  }

  /**
   * Records whose pairs cover the term, with their level: 0 every pair present, 1 every character
   * covered by a present pair (a split match), 2 all but one character (one wrong character, for
   * terms of three or more). Sorted by id. The pairs' id lists are merged in one pass.
   */
  private async candidates(term: string, exactOnly = false): Promise<{ ids: Int32Array; levels: Uint8Array }> {
    const chars = Array.from(term);
    if (chars.length < 2) return { ids: new Int32Array(0), levels: new Uint8Array(0) };
    const pairs = termBigrams(term);
    const lists = await Promise.all(pairs.map((b) => this.ids(b)));
    if (exactOnly) {
      // every pair present: intersect, smallest list first
      const [first, ...rest] = [...lists].sort((x, y) => x.length - y.length);
      let out: IdLevels = { ids: first, levels: new Uint8Array(first.length) };
      for (const list of rest) out = intersect(out, { ids: list, levels: new Uint8Array(list.length) });
      return out;
    }
    // a two-character term is one pair: its list is the answer
    if (lists.length === 1) return { ids: lists[0], levels: new Uint8Array(lists[0].length) };
    const k = Math.min(lists.length, 30);
    const full = (1 << k) - 1;
    const at = new Int32Array(k);
    let total = 0;
    for (let j = 0; j < k; j++) total += lists[j].length;
    const ids = new Int32Array(total);
    const levels = new Uint8Array(total);
    let n = 0;
    let typoOnly = true;
    for (;;) {
      let id = 0x7fffffff;
      for (let j = 0; j < k; j++) if (at[j] < lists[j].length && lists[j][at[j]] < id) id = lists[j][at[j]];
      if (id === 0x7fffffff) break;
      let mask = 0;
      for (let j = 0; j < k; j++) {
        if (at[j] < lists[j].length && lists[j][at[j]] === id) {
          mask |= 1 << j;
          at[j]++;
        }
      }
      let level = 0;
      if (mask !== full) {
        let uncovered = 0;
        for (let c = 0; c < chars.length; c++) if (!(c > 0 && mask & (1 << (c - 1))) && !(c < k && mask & (1 << c))) uncovered++;
        level = uncovered === 0 ? 1 : uncovered === 1 && chars.length >= 3 ? 2 : 3;
      }
      if (level === 3) continue;
      if (level < 2) typoOnly = false;
      ids[n] = id;
      levels[n++] = level;
    }
    // one wrong character is forgiven only when the term as typed is nowhere: 毛入学律 finds
    // 毛入学率, but 毛入学率 does not also find every 入学率
    if (!typoOnly) {
      let m = 0;
      for (let i = 0; i < n; i++) {
        if (levels[i] >= 2) continue;
        ids[m] = ids[i];
        levels[m++] = levels[i];
      }
      n = m;
    }
    return { ids: ids.subarray(0, n), levels: levels.subarray(0, n) };
  }

  async search(query: string, perType = 10): Promise<SearchResults> {
    const terms = queryTerms(query);
    const counts = Object.fromEntries(TYPE_ORDER.map((t) => [t, 0])) as Record<DocType, number>;
    const indexed = terms.filter((t) => Array.from(t).length >= 2);
    if (!indexed.length) return { hits: [], counts };
    const alternatives = await Promise.all(terms.map(async (t) => [t, ...(await this.expansions(t))]));
    // candidates of every indexed term (or of a unit name it abbreviates), intersected
    let joint: { ids: Int32Array; levels: Uint8Array } | null = null;
    const typos = terms.map(() => false);
    for (const [i, term] of terms.entries()) {
      if (Array.from(term).length < 2) continue;
      // the term as typed may be split or mistyped; a unit name it abbreviates is taken exactly
      const found = await Promise.all(alternatives[i].map((alt, n) => this.candidates(alt, n > 0)));
      const own = found.length === 1 ? found[0] : union(found);
      typos[i] = own.ids.length > 0 && own.levels.every((level) => level === 2);
      joint = joint === null ? own : intersect(joint, own);
    }
    const byType = new Map<DocType, Candidate[]>(TYPE_ORDER.map((t) => [t, []]));
    const found = joint ?? { ids: new Int32Array(0), levels: new Uint8Array(0) };
    for (const [type, from, to] of this.manifest.types) {
      // ids are sorted and each type is one range of them
      const lo = lowerBound(found.ids, from);
      const hi = lowerBound(found.ids, to);
      counts[type] = hi - lo;
      const list: Candidate[] = [];
      // the best levels first, then by id
      for (let level = 0; level <= 2; level++) for (let i = lo; i < hi; i++) if (found.levels[i] === level) list.push({ id: found.ids[i], level });
      byType.set(type, list);
    }
    const hits: SearchHit[] = [];
    await Promise.all(
      TYPE_ORDER.map(async (type) => {
        const list = byType.get(type)!;
        // Pairs present do not prove the term is (2021年1月25日 holds 20, 02 and 25, not 2025):
        // candidates are checked in batches, a few more than are missing, until enough match.
        const good: SearchHit[] = [];
        let next = 0;
        while (good.length < perType && next < list.length && next < MAX_CHECKED) {
          const batch = list.slice(next, next + perType - good.length + CHECK_MARGIN);
          next += batch.length;
          for (const hit of await Promise.all(batch.map((c) => this.verify(c.id, terms, alternatives, typos)))) if (hit) good.push(hit);
        }
        // what was checked and failed is no match; the rest of the count is the index's estimate
        const failed = next - good.length;
        counts[type] = Math.max(good.length, counts[type] - failed);
        good.sort((a, b) => a.score - b.score || a.id - b.id);
        hits.push(...good.slice(0, perType));
      }),
    );
    hits.sort((a, b) => TYPE_ORDER.indexOf(a.doc.y) - TYPE_ORDER.indexOf(b.doc.y) || a.score - b.score || a.id - b.id);
    return { hits, counts };
  }

  /**
   * Whether the record holds every term, and where to highlight. `typos[i]`: term i is found only
   * with one wrong character, so such a match counts for it. The context (the policy a paragraph
   * is in) may hold some terms, but one at least must be the record's own: 镇康 2025 finds a target
   * of 镇康's plan due 2025, while 2025 alone does not list every heading of a 2023—2025 plan.
   */
  private async verify(id: number, terms: string[], alternatives: string[][], typos: boolean[]): Promise<SearchHit | null> {
    const doc = (await this.chunk(Math.floor(id / DOCS_PER_CHUNK)))[id % DOCS_PER_CHUNK];
    if (!doc) return null;
    const fields = [
      ['title', foldText(doc.t)],
      ['text', foldText(doc.x)],
      ['keys', foldText(doc.k)],
      ['context', foldText(doc.c)],
    ] as const;
    const hit: SearchHit = { id, doc, title: [], text: [], score: doc.g ? 10 : 0 };
    let own = false;
    for (let i = 0; i < terms.length; i++) {
      let best: { m: TermMatch; where: (typeof fields)[number][0] } | null = null;
      for (const alt of alternatives[i]) {
        for (const [where, hay] of fields) {
          const m = matchTerm(alt, hay);
          if (!m || (m.kind === 'typo' && !typos[i])) continue;
          if (!best || KIND_RANK[m.kind] < KIND_RANK[best.m.kind]) best = { m, where };
          if (m.kind === 'exact') break;
        }
      }
      if (!best) return null;
      if (best.where !== 'context') own = true;
      hit.score += KIND_RANK[best.m.kind] * 2 + (best.where === 'keys' || best.where === 'context' ? 1 : 0);
      if (best.where === 'title') hit.title.push(...best.m.ranges);
      else if (best.where === 'text') hit.text.push(...best.m.ranges);
    }
    return own ? hit : null;
  }
}
