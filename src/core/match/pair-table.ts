// A bounded memo of numbers keyed by two non-negative integers, in typed
// arrays: looking up and storing allocate nothing, and the memory it holds is
// fixed once it has grown to its limit (a full set of slots gives one up).

/** Slots per set: a key lives in one of the 4 slots of the set its hash picks. */
const WAYS = 4;
/**
 * One set is 64 bytes (a cache line): its 4 keys as int32 pairs (x, y), then
 * its 4 values as float64. In int32 units a set is 16 long, in float64 units 8.
 */
const SET_INTS = 16;
const SET_DOUBLES = 8;
/** Sets one first key's entries spread over (16 KB). */
const REGION_SETS = 256;

export class PairTable {
  private keys: Int32Array;
  private vals: Float64Array;
  private aux: Uint8Array;
  private mask: number;
  private used = 0;
  /** Which slot of a full set is given up next (rotating). */
  private victim = 0;

  /**
   * `maxSets` × 4 slots at most (a power of two); starts at `sets` and doubles
   * while more than half the slots are used.
   */
  constructor(
    private readonly maxSets: number,
    sets = 256,
  ) {
    const start = Math.min(sets, maxSets);
    this.mask = start - 1;
    [this.keys, this.vals, this.aux] = PairTable.arrays(start);
  }

  private static arrays(sets: number): [Int32Array, Float64Array, Uint8Array] {
    const buffer = new ArrayBuffer(sets * 64);
    const keys = new Int32Array(buffer).fill(-1);
    return [keys, new Float64Array(buffer), new Uint8Array(sets * WAYS)];
  }

  /** Entries held. */
  get size(): number {
    return this.used;
  }

  /**
   * The set of (x, y): within a run of REGION_SETS sets that x picks, so the
   * entries of one x (one query part, one query name) share a few kilobytes
   * of memory that stay in the processor's cache while a query reads them.
   */
  private setOf(x: number, y: number): number {
    let h = Math.imul(x ^ (x >>> 16), 0x9e3779b1);
    h ^= h >>> 15;
    let g = Math.imul(y ^ (y >>> 16), 0x85ebca77);
    g ^= g >>> 13;
    return (h + (g & (REGION_SETS - 1))) & this.mask;
  }

  /** The slot holding (x, y), or -1. */
  find(x: number, y: number): number {
    const s = this.setOf(x, y);
    const keys = this.keys;
    const k = s * SET_INTS;
    if (keys[k] === x && keys[k + 1] === y) return s * WAYS;
    if (keys[k + 2] === x && keys[k + 3] === y) return s * WAYS + 1;
    if (keys[k + 4] === x && keys[k + 5] === y) return s * WAYS + 2;
    if (keys[k + 6] === x && keys[k + 7] === y) return s * WAYS + 3;
    return -1;
  }

  value(slot: number): number {
    return this.vals[(slot >> 2) * SET_DOUBLES + 4 + (slot & 3)] as number;
  }

  /** The small number (0–255) stored with the value. */
  extra(slot: number): number {
    return this.aux[slot] as number;
  }

  /** Store (x, y) → value (and extra); a key already held is overwritten, a full set gives up a slot. */
  put(x: number, y: number, value: number, extra = 0): void {
    if (this.used * 2 >= this.aux.length && this.mask + 1 < this.maxSets) this.grow();
    const s = this.setOf(x, y);
    const keys = this.keys;
    let way = -1;
    let free = -1;
    for (let w = 0; w < WAYS; w++) {
      const k = s * SET_INTS + 2 * w;
      if (keys[k] === x && keys[k + 1] === y) {
        way = w;
        break;
      }
      if (free < 0 && keys[k] === -1) free = w;
    }
    if (way < 0) {
      if (free >= 0) {
        way = free;
        this.used++;
      } else if (this.used * 4 >= this.aux.length && this.mask + 1 < this.maxSets) {
        // A full set while the table may still grow: grow rather than give up an entry.
        this.grow();
        this.put(x, y, value, extra);
        return;
      } else way = this.victim++ & (WAYS - 1);
    }
    keys[s * SET_INTS + 2 * way] = x;
    keys[s * SET_INTS + 2 * way + 1] = y;
    this.vals[s * SET_DOUBLES + 4 + way] = value;
    this.aux[s * WAYS + way] = extra;
  }

  private grow(): void {
    const { keys, vals, aux } = this;
    const sets = (this.mask + 1) * 2;
    this.mask = sets - 1;
    [this.keys, this.vals, this.aux] = PairTable.arrays(sets);
    this.used = 0;
    for (let slot = 0; slot < aux.length; slot++) {
      const k = (slot >> 2) * SET_INTS + 2 * (slot & 3);
      const x = keys[k] as number;
      if (x >= 0)
        this.put(
          x,
          keys[k + 1] as number,
          vals[(slot >> 2) * SET_DOUBLES + 4 + (slot & 3)] as number,
          aux[slot] as number,
        );
    }
  }
}
