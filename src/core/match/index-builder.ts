// Building a candidate index's sections without an object per key or per
// posting. Keys and name-part tokens are interned to numbers (the keys and
// tokens of a name part are made once per distinct part, the keys of joined
// names once per spelling), each (key, entity) pair goes into growing typed
// arrays, and freezing sorts the keys once and places the postings by
// counting, in entity order.
import type { IndexArrays, IndexOptions } from './index-arrays.js';
import { joinedKey, keyedParts, pairKey, partKeys } from './index-keys.js';
import type { ParsedName, NamePart } from './normalise.js';
import { FAMILIES, partTokens } from './token-stats.js';

const F = FAMILIES.length;

// Memos of derived keys and tokens are bounded: cleared when this large (the interned ids stay).
const MEMO_LIMIT = 400_000;
// A pair of part ids below 2^26 is one exact number (larger ids go unmemoised).
const PAIR_SHIFT = 2 ** 26;

const UTF8 = new (
  globalThis as unknown as {
    TextEncoder: new () => { encodeInto(s: string, into: Uint8Array): { written: number } };
  }
).TextEncoder();

export function grown<T extends Int32Array | Uint32Array | Uint8Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  let n = Math.max(16, a.length);
  while (n < need) n *= 2;
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

/**
 * Growing index content: entities in ordinal order (0, 1, …). finish()
 * returns the sections; the builder is empty afterwards.
 */
export class IndexBuilder {
  private keyIds = new Map<string, number>();
  private keyNames: string[] = [];
  private keyStamp = new Int32Array(1024).fill(-1);
  private pairKeys = new Int32Array(4096);
  private pairEnts = new Int32Array(4096);
  private pairs = 0;
  private tokenIds = new Map<string, number>();
  private tokenNames: string[] = [];
  private tokenStamp = new Int32Array(1024).fill(-1);
  private df = new Uint32Array(1024 * F);
  private readonly totals = new Uint32Array(F);
  private partKeyMemo = new Map<number, Int32Array>();
  private partTokenMemo = new Map<number, Int32Array>();
  private pairMemo = new Map<number, number>();
  private wholeMemo = new Map<number, number>();
  private records = new Uint8Array(1 << 16);
  private recBytes = 0;
  private recStart = new Uint32Array(1024);
  private count = 0;
  private ordinal = -1;

  get size(): number {
    return this.count;
  }

  private keyId(k: string): number {
    let id = this.keyIds.get(k);
    if (id === undefined) {
      id = this.keyNames.length;
      this.keyIds.set(k, id);
      this.keyNames.push(k);
      if (id >= this.keyStamp.length) {
        const old = this.keyStamp.length;
        this.keyStamp = grown(this.keyStamp, id + 1);
        this.keyStamp.fill(-1, old);
      }
    }
    return id;
  }

  private post(id: number): void {
    if (this.keyStamp[id] === this.ordinal) return;
    this.keyStamp[id] = this.ordinal;
    if (this.pairs === this.pairKeys.length) {
      this.pairKeys = grown(this.pairKeys, this.pairs + 1);
      this.pairEnts = grown(this.pairEnts, this.pairs + 1);
    }
    this.pairKeys[this.pairs] = id;
    this.pairEnts[this.pairs++] = this.ordinal;
  }

  private partKeyIds(p: NamePart): Int32Array {
    let ids = this.partKeyMemo.get(p.id);
    if (!ids) {
      if (this.partKeyMemo.size >= MEMO_LIMIT) this.partKeyMemo.clear();
      ids = Int32Array.from(partKeys(p), (k) => this.keyId(k));
      this.partKeyMemo.set(p.id, ids);
    }
    return ids;
  }

  private partTokenIds(p: NamePart): Int32Array {
    let ids = this.partTokenMemo.get(p.id);
    if (!ids) {
      if (this.partTokenMemo.size >= MEMO_LIMIT) this.partTokenMemo.clear();
      ids = Int32Array.from(partTokens(p), (t) => {
        let id = this.tokenIds.get(t);
        if (id === undefined) {
          id = this.tokenNames.length;
          this.tokenIds.set(t, id);
          this.tokenNames.push(t);
          if (id >= this.tokenStamp.length) {
            const old = this.tokenStamp.length;
            this.tokenStamp = grown(this.tokenStamp, id + 1);
            this.tokenStamp.fill(-1, old);
            this.df = grown(this.df, (id + 1) * F);
          }
        }
        return id;
      });
      this.partTokenMemo.set(p.id, ids);
    }
    return ids;
  }

  /**
   * Add the next entity: its identifier keys (`i…`), its parsed names, its
   * family (FAMILIES index) and its record (JSON). Keys and tokens count once
   * per entity.
   */
  add(identifiers: Iterable<string>, names: ParsedName[], family: number, record: string): void {
    const ordinal = (this.ordinal = this.count++);
    for (const id of identifiers) this.post(this.keyId(`i${id}`));
    for (const n of names) {
      const parts = keyedParts(n);
      for (const p of parts) {
        if (p.kind !== 'name' || p.initial) continue;
        for (const id of this.partKeyIds(p)) this.post(id);
      }
      // Joined keys depend on the parts alone: memoised by the pair's part ids and by the name's id.
      for (let i = 0; i + 1 < parts.length; i++) {
        const a = parts[i] as NamePart;
        const b = parts[i + 1] as NamePart;
        const memo = a.id < PAIR_SHIFT && b.id < PAIR_SHIFT ? a.id * PAIR_SHIFT + b.id : -1;
        let id = this.pairMemo.get(memo);
        if (id === undefined) {
          if (this.pairMemo.size >= MEMO_LIMIT) this.pairMemo.clear();
          id = this.keyId(pairKey(a, b));
          if (memo >= 0) this.pairMemo.set(memo, id);
        }
        this.post(id);
      }
      if (n.joined.length >= 4) {
        let id = this.wholeMemo.get(n.id);
        if (id === undefined) {
          if (this.wholeMemo.size >= MEMO_LIMIT) this.wholeMemo.clear();
          id = this.keyId(joinedKey(n));
          this.wholeMemo.set(n.id, id);
        }
        this.post(id);
      }
      for (const p of n.parts) {
        if (p.kind !== 'name') continue;
        for (const t of this.partTokenIds(p)) {
          if (this.tokenStamp[t] === ordinal) continue;
          this.tokenStamp[t] = ordinal;
          const at = t * F + family;
          this.df[at] = (this.df[at] as number) + 1;
        }
      }
    }
    this.totals[family] = (this.totals[family] as number) + 1;
    this.records = grown(this.records, this.recBytes + record.length * 3);
    this.recStart = grown(this.recStart, ordinal + 2);
    this.recStart[ordinal] = this.recBytes;
    this.recBytes += UTF8.encodeInto(record, this.records.subarray(this.recBytes)).written;
    this.recStart[ordinal + 1] = this.recBytes;
  }

  /** The frozen arrays of what was added; the builder starts again empty. */
  finish(options: IndexOptions): IndexArrays {
    const K = this.keyNames.length;
    const sorted = this.keyNames.slice().sort();
    const rank = new Int32Array(K);
    const keyIds = new Map<string, number>();
    for (let r = 0; r < K; r++) {
      const k = sorted[r] as string;
      rank[this.keyIds.get(k) as number] = r;
      keyIds.set(k, r);
    }
    const keyStart = new Uint32Array(K + 1);
    for (let i = 0; i < this.pairs; i++) {
      const r = rank[this.pairKeys[i] as number] as number;
      keyStart[r + 1] = (keyStart[r + 1] as number) + 1;
    }
    for (let r = 0; r < K; r++) keyStart[r + 1] = (keyStart[r + 1] as number) + (keyStart[r] as number);
    const cursor = keyStart.slice(0, K);
    const postings = new Int32Array(this.pairs);
    // Pairs are in entity order, so each key's postings come out ascending.
    for (let i = 0; i < this.pairs; i++) {
      const r = rank[this.pairKeys[i] as number] as number;
      postings[(cursor[r] as number)++] = this.pairEnts[i] as number;
    }
    const T = this.tokenNames.length;
    const tokens = this.tokenNames.slice().sort();
    const tokenIds = new Map<string, number>();
    const tokenDf = new Uint32Array(T * F + F);
    for (let r = 0; r < T; r++) {
      const t = tokens[r] as string;
      const id = this.tokenIds.get(t) as number;
      tokenIds.set(t, r);
      for (let f = 0; f < F; f++) tokenDf[r * F + f] = this.df[id * F + f] as number;
    }
    tokenDf.set(this.totals, T * F);
    const out: IndexArrays = {
      options,
      keyIds,
      keyStart,
      postings,
      tokenIds,
      tokenDf,
      recStart: this.recStart.slice(0, this.count + 1),
      records: this.records.slice(0, this.recBytes),
      totals: this.totals,
      count: this.count,
    };
    Object.assign(this, new IndexBuilder());
    return out;
  }
}
