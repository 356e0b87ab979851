// Search in the browser over the served index (index-format.ts): fetches one file per new
// character pair of the query (a term shard or a common pair's own list) and the pages of the
// records it shows, combines the pairs' id sets (id-set.ts), verifies each candidate with the
// matcher (match.ts) and ranks: exact before split before one-wrong-character matches, hits in a
// title or text before hits only in the context, generic headings last.
import { foldText, matchTerm, type MatchKind, type TermMatch } from './match.ts';
import {
  decodePage,
  INDEX_VERSION,
  shardOf,
  termBigrams,
  TYPE_ORDER,
  type DocPage,
  type DocType,
  type SearchDoc,
  type SearchManifest,
} from './index-format.ts';
import { PageMap } from './page-map.ts';
import { isAbbreviation } from './abbreviation.ts';
import { IdSet } from './id-set.ts';
import { decodeShard, readPair } from './postings.ts';

/** How the engine reads the index's files (fetch in the browser, a map in tests). */
export interface Fetcher {
  json(url: string): Promise<unknown>;
  bytes(url: string): Promise<Uint8Array>;
}

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
const CHECK_MARGIN = 1;
/**
 * At most this many records of a type are checked per hit asked for: where few candidates hold the
 * term (镇康 and 教育 apart in most of a plan's targets), the first answer stays a few fetches,
 * and asking for more of the type checks further.
 */
const CHECKS_PER_HIT = 12;
/**
 * A unit name a term abbreviates is looked up by this many of its pairs: the rarest that only it
 * has among the names (育体 of 县教育体育局 beside 市教育和体育局: a paragraph holding 教育局
 * and 体育 has the pairs the names share, not this one), then the rarest they share, fetched once
 * for all of them; every record is then checked. Of pairs equally rare (short lists say nothing
 * of their size), later ones first: a name begins with its level (县, 市), which other units share.
 */
const NAME_PAIRS = 3;
/** An abbreviation stands for at most this many unit names (the first in the names' order). */
const MAX_NAMES = 8;

/** Whether `term` abbreviates the unit name (and does not spell it out). */
const abbreviates = (term: string, name: string) => !name.includes(term) && isAbbreviation(term, name);

/** Query words, folded; quotes and pipes dropped. */
export function queryTerms(query: string): string[] {
  return foldText(query).replace(/["'|]/g, ' ').split(/\s+/).filter(Boolean);
}

/**
 * Candidates of a term as nested sets: [0] every pair of the term present; [1] every character
 * covered by a present pair (a split match); [2] all but one character covered (one wrong
 * character). Each holds the one before.
 */
type Levels = [IdSet, IdSet, IdSet];

/**
 * Levels computed one by one, a level the same as the one before (a two-character term's three
 * levels are one set) computed once.
 */
function perLevel(levels: Levels[], f: (sets: readonly IdSet[]) => IdSet): Levels {
  const out: IdSet[] = [];
  for (let l = 0; l < 3; l++) out.push(l > 0 && levels.every((x) => x[l] === x[l - 1]) ? out[l - 1] : f(levels.map((x) => x[l])));
  return out as Levels;
}

/** Records in any of the alternatives, at their best level. */
const union = (all: Levels[]): Levels => perLevel(all, IdSet.any);
/** Records in all, at the worst of their levels. */
const intersect = (all: Levels[]): Levels => perLevel(all, IdSet.all);

/** The records holding a pair in their own fields, and in their own fields or their context. */
interface Pair {
  own: IdSet;
  any: IdSet;
}

/** A term's candidates by its own fields, and by its own fields or its context. */
interface Found {
  own: Levels;
  any: Levels;
}

/** Levels of a term from the sets of its pairs, in order. */
function levelsOf(sets: IdSet[]): Levels {
  // a two-character term is one pair: its list is the answer
  if (sets.length === 1) return [sets[0], sets[0], sets[0]];
  const n = sets.length + 1;
  const all = IdSet.all(sets);
  // character c is covered by the pair before it or the pair from it
  const cover = (c: number) => (c === 0 ? sets[0] : c === n - 1 ? sets[n - 2] : IdSet.any([sets[c - 1], sets[c]]));
  // every character covered: the first and last pairs cover the first two and the last two
  // characters, each one between needs one of its pairs (a three-character term: both pairs)
  const covered = n === 3 ? all : IdSet.all([sets[0], sets[n - 2], ...Array.from({ length: n - 4 }, (_, i) => cover(i + 2))]);
  // one wrong character is forgiven only when the term as typed is nowhere: 毛入学律 finds
  // 毛入学率, but 毛入学率 does not also find every 入学率
  if (!covered.isEmpty()) return [all, covered, covered];
  // all but one character covered: the characters before c and after c
  const covers = Array.from({ length: n }, (_, c) => cover(c));
  const before: IdSet[] = [];
  for (let c = 1; c < n; c++) before[c] = c === 1 ? covers[0] : before[c - 1].and(covers[c - 1]);
  const after: IdSet[] = [];
  for (let c = n - 2; c >= 0; c--) after[c] = c === n - 2 ? covers[c + 1] : after[c + 1].and(covers[c + 1]);
  const oneOff = IdSet.any(covers.map((_, c) => (c === 0 ? after[0] : c === n - 1 ? before[c] : before[c].and(after[c]))));
  return [all, covered, oneOff];
}

/** A term's levels by its own fields and by its fields or context, computed once when no pair is in any context. */
function foundOf(sets: readonly Pair[]): Found {
  const own = levelsOf(sets.map((s) => s.own));
  return { own, any: sets.every((s) => s.any === s.own) ? own : levelsOf(sets.map((s) => s.any)) };
}

export class SearchEngine {
  private pairs = new Map<string, Promise<Pair>>();
  private shards = new Map<number, Promise<Map<string, Uint8Array>>>();
  private pages = new Map<number, Promise<SearchDoc[]>>();
  private names: Promise<string[]> | undefined;
  private map: Promise<PageMap> | undefined;
  /** Pairs with a list file of their own: its number and about how many ids it holds. */
  private long = new Map<string, { n: number; size: number }>();

  readonly manifest: SearchManifest;
  private readonly fetcher: Fetcher;

  constructor(manifest: SearchManifest, fetcher: Fetcher) {
    // a manifest of another version (a cached one beside a new page script) would be misread
    const v: unknown = manifest.v;
    if (v !== INDEX_VERSION) throw new Error(`search index: version ${String(v)}, this page reads version ${INDEX_VERSION}; reload the page`);
    this.manifest = manifest;
    this.fetcher = fetcher;
    if (manifest.long) manifest.long.split(' ').forEach((pair, n) => this.long.set(pair, { n, size: 2 ** (manifest.longSizes.charCodeAt(n) - 48) }));
  }

  /** Fetches what every query needs before any is typed: which page holds which records, and the unit names (small). */
  preload(): void {
    void this.pageMap().catch(() => {});
    this.unitNames();
  }

  private pageMap(): Promise<PageMap> {
    if (!this.map) {
      this.map = this.fetcher.bytes(this.manifest.pagesUrl).then((bytes) => {
        const map = PageMap.decode(bytes);
        // a page map of another build (a cached one after a new deploy) would show the wrong records
        if (JSON.stringify(map.ranges) !== JSON.stringify(this.manifest.types) || map.pages !== this.manifest.pages)
          throw new Error(`search index: ${this.manifest.pagesUrl} does not fit the manifest; reload the page`);
        return map;
      });
      // a failed fetch is tried again by the next query
      this.map.catch(() => (this.map = undefined));
    }
    return this.map;
  }

  private unitNames(): Promise<string[]> {
    return (this.names ??= (this.fetcher.json(this.manifest.namesUrl) as Promise<string[]>).catch(() => []));
  }

  private shard(n: number): Promise<Map<string, Uint8Array>> {
    let p = this.shards.get(n);
    if (!p) this.shards.set(n, (p = this.fetcher.bytes(this.manifest.termUrl.replace('{n}', String(n))).then(decodeShard)));
    return p;
  }

  private page(n: number): Promise<SearchDoc[]> {
    let p = this.pages.get(n);
    if (!p) {
      this.pages.set(n, (p = (this.fetcher.json(this.manifest.docUrl.replace('{n}', String(n))) as Promise<DocPage>).then(decodePage)));
      p.catch(() => this.pages.delete(n));
    }
    return p;
  }

  /** The records holding a pair. */
  private pair(bigram: string): Promise<Pair> {
    let p = this.pairs.get(bigram);
    if (!p) {
      const long = this.long.get(bigram);
      const list = long
        ? this.fetcher.bytes(this.manifest.listUrl.replace('{n}', String(long.n)))
        : this.shard(shardOf(bigram, this.manifest.shards)).then((s) => s.get(bigram));
      p = list.then((bytes) => {
        const own = new IdSet(this.manifest.total);
        const context = new IdSet(this.manifest.total);
        const [, contextOnly] = bytes ? readPair(bytes, own.bytes, context.bytes) : [0, 0];
        return { own, any: contextOnly ? own.or(context) : own };
      });
      // a failed fetch is tried again by the next query
      p.catch(() => this.pairs.delete(bigram));
      this.pairs.set(bigram, p);
    }
    return p;
  }

  /** Unit names a term may abbreviate (教体局 → 县教育体育局). */
  private async expansions(term: string): Promise<string[]> {
    if (Array.from(term).length < 2 || !UNIT_END.test(term) || !/\p{Script=Han}/u.test(term)) return [];
    return this.abbreviated(term, await this.unitNames());
  }

  /** Of `names`, the first MAX_NAMES that `term` abbreviates (and does not spell out). */
  private abbreviated(term: string, names: readonly string[]): string[] {
    return names.filter((n) => abbreviates(term, n)).slice(0, MAX_NAMES);
  }

  /** The pairs each of the unit names is looked up by: see NAME_PAIRS (a pair with no list file is rare). */
  private namePairs(names: readonly string[]): string[][] {
    const pairs = names.map((n) => [...new Set(termBigrams(n))]);
    const rarity = (a: string, b: string) => (this.long.get(a)?.size ?? 0) - (this.long.get(b)?.size ?? 0);
    // sort is stable: reversed first, equally rare pairs come later ones first
    const shared = (pairs[0] ?? [])
      .filter((p) => pairs.every((mine) => mine.includes(p)))
      .reverse()
      .sort(rarity);
    return pairs.map((mine) => {
      const distinct = mine
        .filter((p) => !shared.includes(p))
        .reverse()
        .sort(rarity);
      return [...distinct.slice(0, 1), ...shared].slice(0, NAME_PAIRS);
    });
  }

  /** Records that may hold one of the unit names. */
  private async nameCandidates(names: readonly string[]): Promise<Found[]> {
    return Promise.all(
      this.namePairs(names).map(async (pick) => {
        const sets = await Promise.all(pick.map((p) => this.pair(p)));
        const own = IdSet.all(sets.map((s) => s.own));
        const any = sets.every((s) => s.any === s.own) ? own : IdSet.all(sets.map((s) => s.any));
        return { own: [own, own, own] as Levels, any: [any, any, any] as Levels };
      }),
    );
  }

  /**
   * Fetches ahead what the query's last term, one character longer, needs when it abbreviates unit
   * names (教体 → 教体局 → 县教育体育局): its new pair and the pairs of those names, so that typed
   * next, that keystroke fetches only the pages of its hits. The page calls it once an answer is
   * shown; nothing waits for it, a failure is retried by the keystroke that needs the pair.
   */
  prefetchNames(query: string): void {
    const term = queryTerms(query).at(-1);
    if (!term || UNIT_END.test(term) || !/\p{Script=Han}/u.test(term)) return;
    void this.unitNames().then((names) => {
      // in one pass: the names each longer term would stand for (expansions), by its last character
      const byEnd = new Map<string, string[]>();
      for (const n of names) {
        const end = n.slice(-1);
        const mine = byEnd.get(end) ?? [];
        if (mine.length < MAX_NAMES && UNIT_END.test(end) && n.includes(term[0]) && abbreviates(`${term}${end}`, n)) byEnd.set(end, [...mine, n]);
      }
      for (const [end, group] of byEnd) {
        // the longer term's own new pair too (体局): its keystroke then fetches nothing
        const ahead = [termBigrams(`${term}${end}`).at(-1)!, ...this.namePairs(group).flat()];
        for (const p of new Set(ahead)) void this.pair(p).catch(() => {});
      }
    });
  }

  /** Records whose pairs cover the term (Levels). */
  private async candidates(term: string): Promise<Found> {
    return foundOf(await Promise.all(termBigrams(term).map((b) => this.pair(b))));
  }

  /**
   * Hits of a query: `perType` of each type at most, or as many of each type as it names (a type it
   * leaves out is only counted): the page asks for a first few of each, then more of one type.
   */
  async search(query: string, perType: number | Partial<Record<DocType, number>> = 10): Promise<SearchResults> {
    const limit = (type: DocType) => (typeof perType === 'number' ? perType : (perType[type] ?? 0));
    const terms = queryTerms(query);
    const counts = Object.fromEntries(TYPE_ORDER.map((t) => [t, 0])) as Record<DocType, number>;
    if (!terms.some((t) => Array.from(t).length >= 2)) return { hits: [], counts };
    const alternatives = await Promise.all(terms.map(async (t) => [t, ...(await this.expansions(t))]));
    // every indexed term (or a unit name it abbreviates), all fetched at once, then intersected
    const found = await Promise.all(
      terms.map(async (term, i) => {
        if (Array.from(term).length < 2) return null;
        // the term as typed may be split or mistyped; a unit name it abbreviates is taken exactly
        const [typed, names] = await Promise.all([this.candidates(term), this.nameCandidates(alternatives[i].slice(1))]);
        const all = [typed, ...names];
        return all.length === 1 ? all[0] : { own: union(all.map((f) => f.own)), any: union(all.map((f) => f.any)) };
      }),
    );
    const typos = found.map((f) => f !== null && f.any[1].isEmpty() && !f.any[2].isEmpty());
    const indexed = found.filter((f): f is Found => f !== null);
    // every term in the record or its context, and one at least in the record itself (verify)
    const ownSome = IdSet.any(indexed.map((f) => f.own[2]));
    const joint = perLevel([intersect(indexed.map((f) => f.any)), [ownSome, ownSome, ownSome]], IdSet.all);
    // each level without the one before, to list the best first
    const empty = new IdSet(this.manifest.total);
    const exactly = [joint[0], ...[1, 2].map((l) => (joint[l] === joint[l - 1] ? empty : joint[l].andNot(joint[l - 1])))];
    const hits: SearchHit[] = [];
    await Promise.all(
      this.manifest.types.map(async ([type, from, to]) => {
        counts[type] = joint[2].count(from, to);
        const wanted = limit(type);
        const maxChecked = wanted * CHECKS_PER_HIT;
        // Pairs present do not prove the term is (2021年1月25日 holds 20, 02 and 25, not 2025):
        // candidates are checked in batches, a few more than are missing, until enough match.
        const good: SearchHit[] = [];
        let checked = 0;
        let level = 0;
        let next = from;
        // after a batch with misses, the next is twice as large: few round trips even when many miss
        let size = wanted + CHECK_MARGIN;
        while (good.length < wanted && checked < maxChecked && level <= 2) {
          const batch = exactly[level].first(next, to, Math.min(size, maxChecked - checked));
          if (!batch.length) {
            level++;
            next = from;
            continue;
          }
          next = batch[batch.length - 1] + 1;
          checked += batch.length;
          const before = good.length;
          for (const hit of await Promise.all(batch.map((id) => this.verify(id, terms, alternatives, typos)))) if (hit) good.push(hit);
          size = Math.max(wanted - good.length + CHECK_MARGIN, good.length - before < batch.length ? size * 2 : 0);
        }
        // what was checked and failed is no match; the rest of the count is the index's estimate
        counts[type] = Math.max(good.length, counts[type] - (checked - good.length));
        good.sort((a, b) => a.score - b.score || a.id - b.id);
        hits.push(...good.slice(0, wanted));
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
    const at = (await this.pageMap()).locate(id);
    const doc = at && (await this.page(at.page))[at.at];
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
