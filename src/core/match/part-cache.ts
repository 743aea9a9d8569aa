// Part similarities memoised for one query: list parts are interned objects
// with numeric ids, so the same candidate part recurs across many entities.
import {
  comparePart,
  mayAlign,
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
  /** Part id → evidence weight, and → whether it is a listed name (uncounted: bounded by the parts in use). */
  weights: Map<number, number>;
  known: Map<number, boolean>;
  /** Unique to this memo: parts remember their weight under it (a number, so a part keeps no memo alive). */
  serial: number;
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

/** Serial numbers of memos and of part-cache rows: parts hold these, never the objects. */
let serials = 0;

const freshMemo = (version: number, older?: PairMemo): PairMemo => ({
  version,
  serial: serials++,
  size: 0,
  sims: new Map(),
  hows: new Map(),
  names: new Map(),
  bounds: new Map(),
  weights: new Map(),
  known: new Map(),
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

/** Row value of a pair whose similarity is known only to be below the align threshold (aligned()). */
const BELOW = -1;

export class PartCache {
  /**
   * Candidate part id → offset of its row in `sims` / `howsAt`: its
   * similarity to each query part slot (NaN: not computed yet; BELOW: below
   * the align threshold, not computed) and how it was reached.
   */
  private readonly rows = new Map<number, number>();
  /** Serial number of the current rows (new whenever they are dropped). */
  private rowsSerial = serials++;
  private sims = new Float64Array(1024);
  private howsAt = new Uint8Array(1024);
  private used = 0;
  private readonly slots = new Map<number, number>();
  private readonly slotParts: NamePart[] = [];
  /** Per slot: the memo's similarities and hows of its query part (taken on first use). */
  private readonly slotSims: (Map<number, number> | undefined)[] = [];
  private readonly slotHows: (Map<number, number> | undefined)[] = [];
  private readonly nameSlots = new Map<ParsedName, Int32Array>();

  private readonly weights: Map<number, number>;
  private readonly knownParts: Map<number, boolean>;

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
    this.weights = this.pairs.weights;
    this.knownParts = this.pairs.known;
  }

  private readonly pairs: PairMemo;

  /** Evidence weight of a part: its kind's weight, times its rarity among the indexed entities. */
  weight(p: NamePart): number {
    if (p.weightMemo === this.pairs.serial) return p.weight as number;
    let w = this.weights.get(p.id);
    if (w === undefined) {
      w = p.kind === 'name' && p.initial ? this.opts.initialWeight : this.opts.kindWeights[p.kind];
      if (this.tokens && p.kind === 'name' && !p.initial) w *= memoRarity(this.tokens, p, this.family);
      this.weights.set(p.id, w);
    }
    p.weightMemo = this.pairs.serial;
    p.weight = w;
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
        this.slotSims.push(undefined);
        this.slotHows.push(undefined);
        // Rows made before this slot existed lack it: drop them (queries have few names).
        this.rows.clear();
        this.rowsSerial = serials++;
        this.used = 0;
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

  /** The row of a candidate part: its similarities to every query slot (computed lazily, once), as an offset for at(). */
  row(c: NamePart): number {
    // The part remembers its row in the current rows (a field read, not a map look-up).
    if (c.rowsOf === this.rowsSerial) return c.rowAt as number;
    let r = this.rows.get(c.id);
    if (r === undefined) {
      r = this.used;
      const stride = this.slotParts.length;
      this.used += stride;
      if (this.used > this.sims.length) {
        const sims = new Float64Array(this.used * 2);
        sims.set(this.sims.subarray(0, r));
        const hows = new Uint8Array(this.used * 2);
        hows.set(this.howsAt.subarray(0, r));
        [this.sims, this.howsAt] = [sims, hows];
      }
      this.sims.fill(NaN, r, r + stride);
      this.howsAt.fill(0, r, r + stride);
      this.rows.set(c.id, r);
    }
    c.rowsOf = this.rowsSerial;
    c.rowAt = r;
    return r;
  }

  /** The memo's similarities of the query part in `slot`, and hows (they move together; only similarities are counted). */
  private memoOf(slot: number): [Map<number, number>, Map<number, number>] {
    let sims = this.slotSims[slot];
    let hows = this.slotHows[slot];
    if (!sims || !hows) {
      const q = this.slotParts[slot] as NamePart;
      hows = this.slotHows[slot] = current(this.pairs, HOWS, q.id, false);
      sims = this.slotSims[slot] = current(this.pairs, SIMS, q.id);
    }
    return [sims, hows];
  }

  /** Similarity of query slot `slot` and candidate part `c`, given its row. */
  at(row: number, slot: number, c: NamePart): number {
    const at = row + slot;
    const v = this.sims[at] as number;
    if (v >= 0) return v;
    const [sims, hows] = this.memoOf(slot);
    let s = sims.get(c.id);
    let h = hows.get(c.id);
    if (s === undefined || h === undefined) {
      const q = this.slotParts[slot] as NamePart;
      const [sim, how] = comparePart(q, c, this.opts, this);
      [s, h] = [sim, PART_MATCH_KINDS.indexOf(how)];
      sims.set(c.id, s);
      hows.set(c.id, h);
      this.pairs.size++;
    }
    this.sims[at] = s;
    this.howsAt[at] = h;
    return s;
  }

  /**
   * at() where it may reach the align threshold; 0 where it surely does not
   * (mayAlign), without comparing the parts. For bounds, which count nothing
   * below the threshold.
   */
  aligned(row: number, slot: number, c: NamePart): number {
    const v = this.sims[row + slot] as number;
    if (v >= 0) return v;
    if (v === BELOW) return 0;
    const [sims] = this.memoOf(slot);
    if (!sims.has(c.id) && !mayAlign(this.slotParts[slot] as NamePart, c, this.opts)) {
      this.sims[row + slot] = BELOW;
      return 0;
    }
    return this.at(row, slot, c);
  }

  /** How a query part and a candidate part matched (after at()). */
  how(q: NamePart, c: NamePart): PartMatchKind {
    const slot = this.slots.get(q.id);
    const r = slot === undefined ? undefined : this.rows.get(c.id);
    const h = r === undefined || slot === undefined ? undefined : this.howsAt[r + slot];
    return PART_MATCH_KINDS[h ?? 2] ?? 'typo';
  }
}
