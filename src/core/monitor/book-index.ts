// The index of a watched book of counterparties, for re-screening in
// reverse: each added or changed list entity is the query, the book is what
// is searched. A book has a million entries whose names share the same few
// thousand parts, so the list side's candidate index (ranked by rarity, a
// fixed number of candidates) neither scales nor finds every pair. This one:
//
// - keys (book-keys.ts) have posting lists of book ordinals;
// - a list name's parts are blocked by pigeonhole: a counterparty can only
//   reach the threshold by sharing keys with at least h of the name's P
//   parts, so only the P − h + 1 smallest parts' lists are walked in full and
//   the rest only credit the counterparties found;
// - before any name is parsed, a bound from typed arrays (the parts a
//   counterparty shares, the total weight of its names, which facts it
//   carries) drops every counterparty whose score cannot reach the
//   threshold;
// - then a tighter bound from the counterparty's own parts (book-parts.ts);
// - every counterparty whose bound reaches the threshold is returned (no
//   cap): the exact score decides, so nothing the score would pass is lost
//   to a ranking;
// - the stored form is one byte buffer of typed arrays, loaded as views
//   (book-index-store.ts).

import type { Facts } from '../match/facts.js';
import type { NamePart, ParsedName } from '../match/normalise.js';
import { arraysFromBytes, arraysToBytes, buildBookArrays, type BookArrays } from './book-index-store.js';
import {
  BOOK_INDEX_LIMITS,
  contains,
  HAS_ID,
  hash,
  indexed,
  joins,
  neededNameScores,
  partKeys,
  partWeight,
  wholeKeys,
  wordKey,
} from './book-keys.js';
import { BookParts } from './book-parts.js';
import type { Counterparty } from './types.js';

export { BOOK_INDEX_LIMITS, bookFingerprint } from './book-keys.js';

/** Parts of one name tracked one by one (longer names count the rest as always shared). */
const MAX_PARTS = 30;

export interface BookCandidates {
  /** Book ordinals whose bound reaches the threshold (all of them: the exact score decides), best bound first. */
  ordinals: number[];
  /**
   * Which of the query's names (indices) may reach the threshold, per ordinal;
   * none listed: every name (a shared identifier).
   */
  names: Map<number, number[]>;
  /** Counterparties that shared a key and were weighed by the bound. */
  weighed: number;
  /** Of those, the ones the first bound passed and the parts' bound weighed. */
  refined: number;
}

export class BookIndex {
  readonly size: number;
  readonly fingerprint: number;
  private readonly keyHash: Uint32Array;
  private readonly keyStart: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly wMin: Float32Array;
  private readonly wMax: Float32Array;
  private readonly flags: Uint8Array;
  private readonly parts: BookParts;
  /**
   * Per ordinal, what the current list name found, side by side (one cache
   * line per counterparty met, not five): at 4e the name's round, at 4e + 1
   * the bits of the parts shared, at 4e + 2 those shared through strong keys,
   * at 4e + 3 the keys shared (low 16 bits) and the whole-name/join flags (<< 16).
   */
  private scratch: Int32Array;
  private round = 0;

  private constructor(private readonly arrays: BookArrays) {
    const { size } = arrays;
    this.size = size;
    this.fingerprint = arrays.fingerprint;
    this.keyHash = arrays.keyHash;
    this.keyStart = arrays.keyStart;
    this.postings = arrays.postings;
    this.wMin = arrays.wMin;
    this.wMax = arrays.wMax;
    this.flags = arrays.flags;
    this.parts = new BookParts(arrays);
    this.scratch = new Int32Array(size * 4);
  }

  /** Builds the index of a book (ordinals are positions in `book`). */
  static build(book: readonly Counterparty[]): BookIndex {
    return new BookIndex(buildBookArrays(book));
  }

  /** The index as one byte buffer: a header, then the typed arrays, each 8-byte aligned (`alloc`: where). */
  toBytes(alloc?: (bytes: number) => Uint8Array): Uint8Array {
    return arraysToBytes(this.arrays, alloc);
  }

  /** An index from toBytes() output; the arrays are views on `bytes` (copied once when not 8-byte aligned). */
  static fromBytes(input: Uint8Array): BookIndex {
    return new BookIndex(arraysFromBytes(input));
  }

  /** Postings run of a key, or undefined. */
  private run(key: string): [number, number] | undefined {
    const h = hash(key);
    let a = 0;
    let b = this.keyHash.length - 1;
    while (a <= b) {
      const mid = (a + b) >>> 1;
      const v = this.keyHash[mid] as number;
      if (v === h) return [this.keyStart[mid] as number, this.keyStart[mid + 1] as number];
      if (v < h) a = mid + 1;
      else b = mid - 1;
    }
    return undefined;
  }

  private runs(keys: Iterable<string>): [number, number][] {
    const out: [number, number][] = [];
    for (const k of keys) {
      const r = this.run(k);
      if (r) out.push(r);
    }
    return out;
  }

  /**
   * The counterparties that may score at least `threshold` against a list
   * entity with these facts (the monitor's token-free exact score), found
   * through shared keys and kept only when the bound allows.
   */
  candidates(query: Facts, threshold: number): BookCandidates {
    const need = neededNameScores(query, threshold);
    const weakCap = Math.max(BOOK_INDEX_LIMITS.weakFloor, this.size * BOOK_INDEX_LIMITS.weakShare);
    const loosest = Math.min(...[0, 1, 2, 3].map((f) => need[f] as number));
    const best = new Map<number, number>();
    let weighed = 0;
    let refined = 0;
    const { postings, scratch: s } = this;
    const rank = new Map<number, number>();
    const names = new Map<number, number[]>();
    // Identifiers: every counterparty sharing one is scored.
    for (const id of query.identifiers.keys())
      for (const [lo, hi] of this.runs([`i${id}`]))
        for (let i = lo; i < hi; i++) best.set(postings[i] as number, Infinity);
    for (let ni = 0; ni < query.names.length; ni++) {
      const name = query.names[ni] as ParsedName;
      const round = ++this.round;
      if (round === 0x7fffffff) {
        s.fill(0);
        this.round = 1;
      }
      const r = this.round;
      const parts = name.parts;
      const slot = new Int32Array(parts.length).fill(-1);
      const groups: { bit: number; runs: [number, number][]; strong: number; size: number }[] = [];
      let wq = 0;
      let baseW = 0; // weight of parts not blocked (particles, initials, generic words, legal forms)
      let baseN = 0;
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i] as NamePart;
        const w = partWeight(p);
        wq += w;
        if (!indexed(p)) {
          baseW += w;
          baseN++;
          continue;
        }
        const bit = groups.length;
        slot[i] = bit;
        if (bit >= MAX_PARTS) {
          // Parts beyond the tracked ones count as shared.
          baseW += w;
          baseN++;
          continue;
        }
        const keys = new Set<string>();
        const weak = new Set<string>();
        partKeys(p, keys, weak);
        // Spellings one edit away that share no other key (ilam ~ imam).
        for (const f of this.parts.nearForms(p)) keys.add(wordKey(f));
        const strongRuns = this.runs(keys);
        const runs = [...strongRuns, ...this.runs(weak)];
        let size = 0;
        for (const [lo, hi] of runs) size += hi - lo;
        groups.push({ bit, runs, strong: strongRuns.length, size });
      }
      const blocked = groups.filter((g) => g.bit < MAX_PARTS);
      // The fewest parts a counterparty must share to reach the loosest need, by parts alone.
      let h = 1;
      while (h <= blocked.length && (baseW + baseN + 2 * h) / (wq + baseN + h) < loosest) h++;
      const touched: number[] = [];
      const touch = (e: number, bits: number, wide: number, sure: boolean) => {
        const o = e << 2;
        if (s[o] !== r) {
          s[o] = r;
          s[o + 1] = 0;
          s[o + 2] = 0;
          s[o + 3] = 0;
          touched.push(e);
        }
        const hf = s[o + 3] as number;
        s[o + 3] = ((hf & 0xffff) < 0xffff ? hf + 1 : hf) | (wide << 16);
        s[o + 1] = (s[o + 1] as number) | bits;
        if (sure) s[o + 2] = (s[o + 2] as number) | bits;
      };
      // Whole-name keys (joined name, acronym): such a counterparty is scored whatever its parts.
      const whole = new Set<string>();
      wholeKeys(name, whole);
      for (const [lo, hi] of this.runs(whole))
        for (let i = lo; i < hi; i++) touch(postings[i] as number, 0, 2, true);
      // Joins: this name's adjacent parts written as one word there, or one part here two words there.
      for (const j of joins(name)) {
        let bits = 0;
        for (const i of j.parts)
          if ((slot[i] as number) >= 0 && (slot[i] as number) < MAX_PARTS) bits |= 1 << slot[i]!;
        for (const [lo, hi] of this.runs([`s${j.key}`]))
          for (let i = lo; i < hi; i++) touch(postings[i] as number, bits, 1, true);
      }
      for (let i = 0; i < parts.length; i++) {
        const bit = slot[i] as number;
        if (bit < 0 || bit >= MAX_PARTS) continue;
        const keys = (parts[i] as NamePart).skeletons.filter((s) => s).map((s) => `J${s}`);
        for (const [lo, hi] of this.runs(keys))
          for (let k = lo; k < hi; k++) touch(postings[k] as number, 1 << bit, 1, true);
      }
      // Pigeonhole: the P − h + 1 smallest parts are walked in full, the others credit what was found.
      const order = [...blocked].sort((a, b) => a.size - b.size);
      const full = h > blocked.length ? 0 : blocked.length - h + 1;
      order.forEach((g, k) => {
        const bit = 1 << g.bit;
        if (k < full) {
          // Prefix and suffix keys add counterparties only while rare; common ones credit below.
          g.runs.forEach(([lo, hi], x) => {
            const sure = x < g.strong;
            if (!sure && hi - lo > weakCap) return;
            for (let i = lo; i < hi; i++) touch(postings[i] as number, bit, 0, sure);
          });
        }
        const found = touched.length;
        g.runs.forEach(([lo, hi], x) => {
          const sure = x < g.strong;
          if (k < full && (sure || hi - lo <= weakCap)) return;
          const into = sure ? 2 : 1;
          const len = hi - lo;
          if (found * Math.log2(len + 1) < len) {
            for (let t = 0; t < found; t++) {
              const e = touched[t] as number;
              const o = e << 2;
              if (!((s[o + into] as number) & bit) && contains(postings, lo, hi, e)) {
                s[o + 1] = (s[o + 1] as number) | bit;
                const hf = s[o + 3] as number;
                if ((hf & 0xffff) < 0xffff) s[o + 3] = hf + 1;
                if (sure) s[o + 2] = (s[o + 2] as number) | bit;
              }
            }
          } else {
            for (let i = lo; i < hi; i++) {
              const e = postings[i] as number;
              const o = e << 2;
              if (s[o] !== r) continue;
              s[o + 1] = (s[o + 1] as number) | bit;
              const hf = s[o + 3] as number;
              if ((hf & 0xffff) < 0xffff) s[o + 3] = hf + 1;
              if (sure) s[o + 2] = (s[o + 2] as number) | bit;
            }
          }
        });
      });
      weighed += touched.length;
      // The bound: aligned parts add at most their weight on both sides; every part counts in the total.
      const boundOf = (e: number, bits: number): number => {
        const wide = (s[(e << 2) + 3] as number) >>> 16;
        if (wide & 2) return 1;
        let a = baseW;
        let cnt = baseN;
        for (let m = bits; m; m &= m - 1) {
          a += 1;
          cnt += 1;
        }
        // A counterparty's joined pair can take one part here: its side may align twice as much.
        const reach = wide & 1 ? 2 * cnt : cnt;
        const wc = Math.min(Math.max(reach, this.wMin[e] as number), this.wMax[e] as number);
        return wc > 0 ? (a + Math.min(reach, wc)) / (wq + wc) : 0;
      };
      const tight = this.parts.bound(name, wq);
      for (const e of touched) {
        // A shared identifier was found above: here, identifier_match cannot add to the score.
        const needed = (need[(this.flags[e] as number) & ~HAS_ID] as number) - 1e-9;
        const o = e << 2;
        let bound = boundOf(e, s[o + 1] as number);
        if (bound < needed) continue;
        if (!(((s[o + 3] as number) >>> 16) & 2)) {
          refined++;
          bound = Math.min(bound, tight(e));
          if (bound < needed) continue;
        }
        // Ranked by the parts shared through strong keys (spelling, sound), then by any key, then by keys shared.
        const value =
          boundOf(e, s[o + 2] as number) + bound / 1000 + Math.min((s[o + 3] as number) & 0xffff, 999) / 1e7;
        const ns = names.get(e);
        if (ns) ns.push(ni);
        else names.set(e, [ni]);
        if (value > (rank.get(e) ?? -1)) rank.set(e, value);
        if (bound > (best.get(e) ?? -1)) best.set(e, bound);
      }
    }
    for (const e of best.keys()) if (!rank.has(e)) rank.set(e, Infinity);
    for (const e of best.keys()) if (best.get(e) === Infinity) names.delete(e);
    const ordinals = [...rank.keys()].sort((a, b) => rank.get(b)! - rank.get(a)! || a - b);
    return { ordinals, names, weighed, refined };
  }
}
