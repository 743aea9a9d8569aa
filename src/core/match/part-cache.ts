// Part similarities memoised for one query: list parts are interned objects
// with numeric ids, so the same candidate part recurs across many entities.
import {
  comparePart,
  NAME_DEFAULTS,
  PART_MATCH_KINDS,
  type NameCompareOptions,
  type PartMatchKind,
} from './part-compare.js';
import type { NamePart, ParsedName } from './normalise.js';
import { familyDf, partRarity, partTokens, type TokenStats } from './token-stats.js';

// Rarities outlive one query: per token table, by part id and family (bounded).
const RARITY_MEMO = new WeakMap<TokenStats, Map<number, number>>();
const RARITY_MEMO_LIMIT = 500_000;

function memoRarity(tokens: TokenStats, p: NamePart, family: number): number {
  let memo = RARITY_MEMO.get(tokens);
  if (!memo) RARITY_MEMO.set(tokens, (memo = new Map()));
  const key = p.id * 4 + family + 1;
  let r = memo.get(key);
  if (r === undefined) {
    if (memo.size >= RARITY_MEMO_LIMIT) memo.clear();
    r = partRarity(tokens, p, family);
    memo.set(key, r);
  }
  return r;
}

/**
 * Part similarities outlive one query too: comparePart depends only on the
 * two parts (interned, so equal words share an id), the options and the
 * vocabulary (token table and family). Per token table, options (by value) and family;
 * dropped when the table grows. Bounded in two generations: when the current
 * one holds half the limit, it becomes the older one (the one before is let
 * go), and what a query finds only in the older one moves into the current
 * one, so the pairs in use stay while the rest ages out.
 */
interface PairMemo {
  version: number;
  size: number;
  /** Query part id → candidate part id → similarity, and how (PART_MATCH_KINDS index). */
  sims: Map<number, Map<number, number>>;
  hows: Map<number, Map<number, number>>;
  /** Query name (id and initials) → candidate name id → name score, and → an upper bound on it. */
  names: Map<string, Map<number, number>>;
  bounds: Map<string, Map<number, number>>;
  /** The generation before (its own `older` is undefined). */
  older: PairMemo | undefined;
}
const PAIR_MEMO = new WeakMap<object, Map<string, PairMemo[]>>();
/**
 * Entries held at most per token table, options and family, both generations
 * together (some 60 bytes each: about 60 MB a thread). A query's entries are
 * counted after it, so one query may go beyond by what it adds.
 */
export const PAIR_MEMO_LIMIT = 1_000_000;
/** Option sets kept per token table (a server makes its options afresh for every request: they are compared by value). */
const PAIR_MEMO_OPTIONS = 8;
const NO_TOKENS = {};

function tableVersion(tokens: TokenStats | undefined): number {
  let n = 0;
  if (tokens) for (let f = 0; f < tokens.totals.length; f++) n += tokens.totals[f] ?? 0;
  return n;
}

const freshMemo = (version: number, older?: PairMemo): PairMemo => ({
  version,
  size: 0,
  sims: new Map(),
  hows: new Map(),
  names: new Map(),
  bounds: new Map(),
  older,
});

function pairMemo(tokens: TokenStats | undefined, opts: NameCompareOptions, family: number): PairMemo {
  let byOpts = PAIR_MEMO.get(tokens ?? NO_TOKENS);
  if (!byOpts) PAIR_MEMO.set(tokens ?? NO_TOKENS, (byOpts = new Map()));
  const key = JSON.stringify(opts);
  let byFamily = byOpts.get(key);
  if (!byFamily) {
    if (byOpts.size >= PAIR_MEMO_OPTIONS) byOpts.clear();
    byOpts.set(key, (byFamily = []));
  }
  const version = tableVersion(tokens);
  let memo = byFamily[family + 1];
  if (!memo || memo.version !== version) byFamily[family + 1] = memo = freshMemo(version);
  else if (memo.size >= PAIR_MEMO_LIMIT / 2) {
    memo.older = undefined;
    byFamily[family + 1] = memo = freshMemo(version, memo);
  }
  return memo;
}

/**
 * The inner map of `key` in the current generation: moved there from the
 * older one if only that has it (counted again, as the older one lets it go).
 */
function current<K>(
  memo: PairMemo,
  pick: (m: PairMemo) => Map<K, Map<number, number>>,
  key: K,
  counted = true,
): Map<number, number> {
  const here = pick(memo);
  let m = here.get(key);
  if (m) return m;
  const older = memo.older && pick(memo.older);
  m = older?.get(key);
  if (m) {
    older!.delete(key);
    if (counted) memo.size += m.size;
  } else m = new Map();
  here.set(key, m);
  return m;
}

const SIMS = (m: PairMemo) => m.sims;
const HOWS = (m: PairMemo) => m.hows;
const NAMES = (m: PairMemo) => m.names;
const BOUNDS = (m: PairMemo) => m.bounds;
/** A query name's memo key: the name id covers parts, whole-name forms and words; initials are keyed too (the family fixes orgLike). */
const nameKey = (q: ParsedName) => `${q.id}:${q.initials}`;

export class PartCache {
  /** Candidate part id → similarity to each query part slot (NaN: not computed yet). */
  private readonly rows = new Map<number, Float64Array>();
  private readonly hows = new Map<number, Uint8Array>();
  private readonly slots = new Map<number, number>();
  private readonly slotParts: NamePart[] = [];
  private readonly nameSlots = new Map<ParsedName, Int32Array>();

  private readonly weights = new Map<number, number>();
  private readonly knownParts = new Map<number, boolean>();

  /**
   * `tokens`: how often name parts occur in the indexed entities (the index
   * itself); without it every part weighs alike and no vocabulary is known.
   * `family`: the query's schema family (FAMILIES index, -1 for all).
   */
  constructor(
    private readonly opts: NameCompareOptions = NAME_DEFAULTS,
    readonly tokens?: TokenStats,
    readonly family = -1,
  ) {
    this.pairs = pairMemo(tokens, opts, family);
  }

  private readonly pairs: PairMemo;

  /** Evidence weight of a part: its kind's weight, times its rarity among the indexed entities. */
  weight(p: NamePart): number {
    let w = this.weights.get(p.id);
    if (w === undefined) {
      w = p.kind === 'name' && p.initial ? this.opts.initialWeight : this.opts.kindWeights[p.kind];
      if (this.tokens && p.kind === 'name' && !p.initial) w *= memoRarity(this.tokens, p, this.family);
      this.weights.set(p.id, w);
    }
    return w;
  }

  /** Rarity of a part alone (1 without token counts). */
  rarity(p: NamePart): number {
    return this.tokens && p.kind === 'name' && !p.initial ? memoRarity(this.tokens, p, this.family) : 1;
  }

  /** Is this part itself a name carried by at least two indexed entities (so a near spelling of another name is not its typo)? */
  known(p: NamePart): boolean {
    const tokens = this.tokens;
    if (!tokens) return false;
    let k = this.knownParts.get(p.id);
    if (k === undefined) {
      k = partTokens(p).some((t) => familyDf(tokens, t, this.family) >= 2);
      this.knownParts.set(p.id, k);
    }
    return k;
  }

  /** Slot numbers of a query name's parts. */
  slotsOf(q: ParsedName): Int32Array {
    let s = this.nameSlots.get(q);
    if (s) return s;
    s = Int32Array.from(q.parts, (p) => {
      let slot = this.slots.get(p.id);
      if (slot === undefined) {
        slot = this.slotParts.length;
        this.slots.set(p.id, slot);
        this.slotParts.push(p);
        // Rows made before this slot existed lack it: drop them (queries have few names).
        this.rows.clear();
        this.hows.clear();
      }
      return slot;
    });
    this.nameSlots.set(q, s);
    return s;
  }

  /**
   * Name scores of one query name already computed, by candidate name id
   * (equal ids score alike), kept between queries like part similarities.
   */
  scoresOf(q: ParsedName): Map<number, number> {
    return current(this.pairs, NAMES, nameKey(q));
  }

  /** Upper bounds (nameBound) on the name scores of one query name not computed, by candidate name id. */
  boundsOf(q: ParsedName): Map<number, number> {
    return current(this.pairs, BOUNDS, nameKey(q));
  }

  /** Count an entry added to scoresOf() or boundsOf() (the memo is bounded). */
  grew(): void {
    this.pairs.size++;
  }

  /** Similarities of a candidate part to every query slot (computed lazily, once). */
  row(c: NamePart): Float64Array {
    let r = this.rows.get(c.id);
    if (!r) {
      r = new Float64Array(this.slotParts.length).fill(NaN);
      this.rows.set(c.id, r);
      this.hows.set(c.id, new Uint8Array(this.slotParts.length));
    }
    return r;
  }

  /** Similarity of query slot `slot` and candidate part `c`, given its row. */
  at(row: Float64Array, slot: number, c: NamePart): number {
    const v = row[slot] as number;
    if (v === v) return v;
    const q = this.slotParts[slot] as NamePart;
    let sims = this.pairs.sims.get(q.id);
    let hows = this.pairs.hows.get(q.id);
    if (!sims || !hows) {
      // Similarities and hows move together (only similarities are counted).
      hows = current(this.pairs, HOWS, q.id, false);
      sims = current(this.pairs, SIMS, q.id);
    }
    let s = sims.get(c.id);
    let h = hows.get(c.id);
    if (s === undefined || h === undefined) {
      const [sim, how] = comparePart(q, c, this.opts, this);
      [s, h] = [sim, PART_MATCH_KINDS.indexOf(how)];
      sims.set(c.id, s);
      hows.set(c.id, h);
      this.pairs.size++;
    }
    row[slot] = s;
    (this.hows.get(c.id) as Uint8Array)[slot] = h;
    return s;
  }

  /** How a query part and a candidate part matched (after at()). */
  how(q: NamePart, c: NamePart): PartMatchKind {
    const slot = this.slots.get(q.id);
    const h = slot === undefined ? undefined : this.hows.get(c.id)?.[slot];
    return PART_MATCH_KINDS[h ?? 2] ?? 'typo';
  }
}
