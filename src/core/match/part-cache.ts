// Part similarities memoised for one query: list parts are interned objects
// with numeric ids, so the same candidate part recurs across many entities.
import {
  mayAlign,
  partSimilarity,
  type PartComparison,
  NAME_DEFAULTS,
  PART_MATCH_KINDS,
  type NameCompareOptions,
  type PartMatchKind,
} from './part-compare.js';
import type { NamePart, ParsedName } from './normalise.js';
import { PairTable } from './pair-table.js';
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
 * dropped when the table grows. Held in typed-array tables of fixed most
 * size (`PairTable`): a query adds no objects to the heap, and when a table
 * is full a new entry takes the place of an older one of its set.
 */
interface PairMemo {
  version: number;
  /** (query part id, candidate part id) → similarity, with how (PART_MATCH_KINDS index) as the extra. */
  sims: PairTable;
  /** (query name key, candidate name id) → name score, and → an upper bound on it (nameBound). */
  names: PairTable;
  bounds: PairTable;
  /** Query name (id and initials) → its key in `names` and `bounds` (numbers never reused). */
  nameKeys: Map<string, number>;
  /** Part id → evidence weight, and → whether it is a listed name (uncounted: bounded by the parts in use). */
  weights: Map<number, number>;
  known: Map<number, boolean>;
  /** Unique to this memo: parts remember their weight under it (a number, so a part keeps no memo alive). */
  serial: number;
}
const PAIR_MEMO = new WeakMap<object, Map<string, PairMemo[]>>();
/**
 * Entries held at most per token table, options and family, all three tables
 * together (17 bytes each in part similarities and 17 in names: about 30 MB a
 * thread at most).
 */
export const PAIR_MEMO_LIMIT = 2 ** 20 + 2 ** 18 + 2 ** 19;
/** Option sets kept per token table (a server makes its options afresh for every request: they are compared by value). */
const PAIR_MEMO_OPTIONS = 8;
/** Query names keyed at most per memo before the keys start again (with new numbers). */
const NAME_KEYS_LIMIT = 100_000;
const NO_TOKENS = {};

function tableVersion(tokens: TokenStats | undefined): number {
  let n = 0;
  if (tokens) for (let f = 0; f < tokens.totals.length; f++) n += tokens.totals[f] ?? 0;
  return n;
}

/** Serial numbers of memos and of part-cache rows: parts hold these, never the objects. */
let serials = 0;
/** Query name keys, unique in the process. */
let nameKeys = 0;

const freshMemo = (version: number): PairMemo => ({
  version,
  serial: serials++,
  sims: new PairTable(2 ** 18),
  names: new PairTable(2 ** 16),
  bounds: new PairTable(2 ** 17),
  nameKeys: new Map(),
  weights: new Map(),
  known: new Map(),
});

/** Option sets by value, kept per object: options are compared as JSON, made once per object (never changed once used). */
const OPTION_KEYS = new WeakMap<NameCompareOptions, string>();

function pairMemo(tokens: TokenStats | undefined, opts: NameCompareOptions, family: number): PairMemo {
  let byOpts = PAIR_MEMO.get(tokens ?? NO_TOKENS);
  if (!byOpts) PAIR_MEMO.set(tokens ?? NO_TOKENS, (byOpts = new Map()));
  let key = OPTION_KEYS.get(opts);
  if (key === undefined) OPTION_KEYS.set(opts, (key = JSON.stringify(opts)));
  let byFamily = byOpts.get(key);
  if (!byFamily) {
    if (byOpts.size >= PAIR_MEMO_OPTIONS) byOpts.clear();
    byOpts.set(key, (byFamily = []));
  }
  const version = tableVersion(tokens);
  let memo = byFamily[family + 1];
  if (!memo || memo.version !== version) byFamily[family + 1] = memo = freshMemo(version);
  return memo;
}

/** How the last pair compared was reached (partSimilarity writes it). */
const HOW: PartComparison = { how: 'exact' };

/** Row value of a pair whose similarity is known only to be below the align threshold (aligned()). */
const BELOW = -1;

/**
 * Name scores and bounds of query names new to the memo, for the query that
 * keys them (they are in the memo too, but looking there for what a new name
 * cannot have yet costs a memory read): direct-mapped, shared by every part
 * cache, each entry stamped with its cache's serial number.
 */
const LOCAL_SIZE = 4096;
const LOCAL_OWNER = new Int32Array(LOCAL_SIZE).fill(-1);
const LOCAL_KEY = new Int32Array(LOCAL_SIZE);
const LOCAL_ID = new Int32Array(LOCAL_SIZE);
const LOCAL_SCORE = new Float64Array(LOCAL_SIZE);
const LOCAL_BOUND = new Float64Array(LOCAL_SIZE);

const localSlot = (key: number, id: number) =>
  (Math.imul(id, 0x9e3779b1) ^ Math.imul(key, 0x85ebca77)) >>> 20;

export class PartCache {
  /**
   * Rows of candidate parts, each an offset in `sims` / `howsAt`: the part's
   * similarity to each query part slot (NaN: not computed yet; BELOW: below
   * the align threshold, not computed) and how it was reached. A part holds
   * its row (rowsOf, rowAt) under the serial number of the current rows
   * (new whenever they are dropped).
   */
  private rowsSerial = serials++;
  private sims = new Float64Array(1024);
  private howsAt = new Uint8Array(1024);
  private used = 0;
  private readonly slots = new Map<number, number>();
  private readonly slotParts: NamePart[] = [];
  /** Per slot: 1 while its query part is new to the memo (nothing to look up there). */
  private slotFresh = new Uint8Array(8);
  private readonly nameSlots = new Map<ParsedName, Int32Array>();
  private readonly runSlots = new Map<ParsedName, number>();
  private readonly queryNames = new Map<ParsedName, number>();
  /** Name keys from this number on were made since this cache was (nothing in the memo yet). */
  private readonly keysFrom = nameKeys;
  /** This cache's stamp in the shared scratch of new names' scores. */
  private readonly own = serials++;

  private readonly weights: Map<number, number>;
  private readonly knownParts: Map<number, boolean>;
  private readonly pairs: PairMemo;

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
        if (slot >= this.slotFresh.length) {
          const fresh = new Uint8Array(slot * 2);
          fresh.set(this.slotFresh);
          this.slotFresh = fresh;
        }
        // A part queried before under this memo may have similarities there.
        this.slotFresh[slot] = p.queriedOf === this.pairs.serial ? 0 : 1;
        p.queriedOf = this.pairs.serial;
        // Rows made before this slot existed lack it: drop them (queries have few names); what
        // they held is in the memo.
        if (this.used > 0) this.slotFresh.fill(0);
        this.rowsSerial = serials++;
        this.used = 0;
      }
      return slot;
    });
    this.nameSlots.set(q, s);
    return s;
  }

  /**
   * A query name's key for scoreOf() and boundOf(): the name id covers parts,
   * whole-name forms and words; initials are keyed too (the family fixes orgLike).
   * Name scores are kept between queries like part similarities.
   */
  nameKey(q: ParsedName): number {
    let k = this.queryNames.get(q);
    if (k === undefined) {
      const keys = this.pairs.nameKeys;
      const text = `${q.id}:${q.initials}`;
      k = keys.get(text);
      if (k === undefined) {
        if (keys.size >= NAME_KEYS_LIMIT) keys.clear();
        keys.set(text, (k = nameKeys++));
      }
      this.queryNames.set(q, k);
    }
    return k;
  }

  /** The name score of query name `key` (nameKey()) against candidate name `id` (equal ids score alike), or NaN when not known. */
  scoreOf(key: number, id: number): number {
    return this.pairValue(key, id, LOCAL_SCORE, this.pairs.names);
  }

  setScore(key: number, id: number, score: number): void {
    this.keepPair(key, id, score, LOCAL_SCORE, this.pairs.names);
  }

  /** An upper bound (nameBound) on the name score of query name `key` against candidate name `id`, or NaN when not known. */
  boundOf(key: number, id: number): number {
    return this.pairValue(key, id, LOCAL_BOUND, this.pairs.bounds);
  }

  setBound(key: number, id: number, bound: number): void {
    this.keepPair(key, id, bound, LOCAL_BOUND, this.pairs.bounds);
  }

  /** A name pair's value: from this query's scratch for query names new to the memo, else from the memo's table. */
  private pairValue(key: number, id: number, local: Float64Array, table: PairTable): number {
    if (key >= this.keysFrom) {
      const i = localSlot(key, id);
      return LOCAL_OWNER[i] === this.own && LOCAL_KEY[i] === key && LOCAL_ID[i] === id
        ? (local[i] as number)
        : NaN;
    }
    const slot = table.find(key, id);
    return slot < 0 ? NaN : table.value(slot);
  }

  private keepPair(key: number, id: number, value: number, local: Float64Array, table: PairTable): void {
    if (key >= this.keysFrom) local[this.claim(key, id)] = value;
    table.put(key, id, value);
  }

  /** The index of (key, id) in the shared scratch, taken for this cache if another entry holds it. */
  private claim(key: number, id: number): number {
    const i = localSlot(key, id);
    if (LOCAL_OWNER[i] !== this.own || LOCAL_KEY[i] !== key || LOCAL_ID[i] !== id) {
      LOCAL_OWNER[i] = this.own;
      LOCAL_KEY[i] = key;
      LOCAL_ID[i] = id;
      LOCAL_SCORE[i] = NaN;
      LOCAL_BOUND[i] = NaN;
    }
    return i;
  }

  /**
   * The first of a query name's run slots: two per part, the run of its
   * parts from i with k = 1 or 2 more at slot + i * 2 + k - 1, holding the
   * run's sound similarity to a candidate part (joinAcrossScripts; NaN: not
   * computed yet). A query's runs meet the same candidate parts in many
   * names, so each pair is sounded once a query. Made on first use; rows
   * made before lack them and are dropped, as for a new part slot.
   */
  runSlotsOf(q: ParsedName): number {
    let base = this.runSlots.get(q);
    if (base === undefined) {
      base = this.slotParts.length;
      // Run slots hold no part: at() and aligned() never read them.
      this.slotParts.length += q.parts.length * 2;
      if (this.slotParts.length > this.slotFresh.length) {
        const fresh = new Uint8Array(this.slotParts.length * 2);
        fresh.set(this.slotFresh);
        this.slotFresh = fresh;
      }
      this.runSlots.set(q, base);
      if (this.used > 0) this.slotFresh.fill(0);
      this.rowsSerial = serials++;
      this.used = 0;
    }
    return base;
  }

  /** A run slot's value in a candidate part's row (NaN: not computed yet). */
  runValue(row: number, slot: number): number {
    return this.sims[row + slot] as number;
  }

  setRunValue(row: number, slot: number, value: number): void {
    this.sims[row + slot] = value;
  }

  /** The row of a candidate part: its similarities to every query slot (computed lazily, once), as an offset for at(). */
  row(c: NamePart): number {
    // The part remembers its row in the current rows (a field read).
    if (c.rowsOf === this.rowsSerial) return c.rowAt as number;
    const r = this.used;
    const stride = this.slotParts.length;
    this.used += stride;
    if (this.used > this.sims.length) {
      const sims = new Float64Array(this.used * 2);
      sims.set(this.sims.subarray(0, r));
      const hows = new Uint8Array(this.used * 2);
      hows.set(this.howsAt.subarray(0, r));
      this.sims = sims;
      this.howsAt = hows;
    }
    this.sims.fill(NaN, r, r + stride);
    this.howsAt.fill(0, r, r + stride);
    c.rowsOf = this.rowsSerial;
    c.rowAt = r;
    return r;
  }

  /** Similarity of query slot `slot` and candidate part `c`, given its row. */
  at(row: number, slot: number, c: NamePart): number {
    const at = row + slot;
    const v = this.sims[at] as number;
    if (v >= 0) return v;
    const q = this.slotParts[slot] as NamePart;
    const table = this.pairs.sims;
    const found = this.slotFresh[slot] ? -1 : table.find(q.id, c.id);
    return found >= 0 ? this.fill(at, table.value(found), table.extra(found)) : this.compare(at, q, c);
  }

  private fill(at: number, s: number, how: number): number {
    this.sims[at] = s;
    this.howsAt[at] = how;
    return s;
  }

  private compare(at: number, q: NamePart, c: NamePart): number {
    const s = partSimilarity(q, c, this.opts, this, HOW);
    const how = PART_MATCH_KINDS.indexOf(HOW.how);
    this.pairs.sims.put(q.id, c.id, s, how);
    return this.fill(at, s, how);
  }

  /**
   * at() where it may reach the align threshold; 0 where it surely does not
   * (mayAlign), without comparing the parts. For bounds, which count nothing
   * below the threshold.
   */
  aligned(row: number, slot: number, c: NamePart): number {
    const at = row + slot;
    const v = this.sims[at] as number;
    if (v >= 0) return v;
    if (v === BELOW) return 0;
    const q = this.slotParts[slot] as NamePart;
    const table = this.pairs.sims;
    const found = this.slotFresh[slot] ? -1 : table.find(q.id, c.id);
    if (found >= 0) return this.fill(at, table.value(found), table.extra(found));
    if (!mayAlign(q, c, this.opts)) {
      this.sims[at] = BELOW;
      return 0;
    }
    return this.compare(at, q, c);
  }

  /** How a query part and a candidate part matched (after at()). */
  how(q: NamePart, c: NamePart): PartMatchKind {
    const slot = this.slots.get(q.id);
    let h: number | undefined;
    if (slot !== undefined && c.rowsOf === this.rowsSerial) h = this.howsAt[(c.rowAt as number) + slot];
    else {
      // The part's row is another cache's now: the memo has it.
      const found = this.pairs.sims.find(q.id, c.id);
      if (found >= 0) h = this.pairs.sims.extra(found);
    }
    return PART_MATCH_KINDS[h ?? 2] ?? 'typo';
  }
}
