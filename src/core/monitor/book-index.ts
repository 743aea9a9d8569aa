// The index of a watched book of counterparties, for re-screening in
// reverse: each added or changed list entity is the query, the book is what
// is searched. A book has a million entries whose names share the same few
// thousand parts, so the list side's candidate index (ranked by rarity, a
// fixed number of candidates) neither scales nor finds every pair. This one:
//
// - keys are 32-bit hashes of the same blocking keys as the candidate index
//   (skeletons, phonetic keys, equivalence classes, prefixes and suffixes,
//   joined parts and whole names, acronyms, identifiers), with posting lists
//   of book ordinals; a collision only adds a candidate, never loses one;
// - a list name's parts are blocked by pigeonhole: a counterparty can only
//   reach the threshold by sharing keys with at least h of the name's P
//   parts, so only the P − h + 1 smallest parts' lists are walked in full and
//   the rest only credit the counterparties found;
// - before any name is parsed, a bound from typed arrays (the parts a
//   counterparty shares, the total weight of its names, which facts it
//   carries) drops every counterparty whose score cannot reach the
//   threshold; only the rest are scored, exactly;
// - the stored form is one byte buffer of typed arrays, loaded as views.

import { FEATURES } from '../match/features.js';
import { factsOf, type Facts } from '../match/facts.js';
import { NAME_DEFAULTS } from '../match/name-compare.js';
import type { NamePart, ParsedName } from '../match/normalise.js';
import { skeleton } from '../match/phonetic.js';
import { UsageError } from '../model/errors.js';
import type { Counterparty } from './types.js';

const MAGIC = 0x31584b42; // "BKX1" little-endian
const FORMAT = 1;
const HEADER = 8; // Uint32 words

/** Facts a counterparty carries, as bits (they decide which features can add to its score). */
const HAS_BIRTH = 1;
const HAS_COUNTRY = 2;
const HAS_ID = 4;

/** Parts of one name tracked one by one (longer names count the rest as always shared). */
const MAX_PARTS = 30;

export const BOOK_INDEX_LIMITS = {
  /** Counterparties scored exactly per list entity, best bounds first. */
  scored: 100,
  /** A prefix or suffix key adds counterparties when it has at most this share of the book (or `weakFloor`). */
  weakShare: 0.0005,
  weakFloor: 200,
};

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Token-free weight of a part in the name score (what the monitor's exact score uses). */
function partWeight(p: NamePart): number {
  return p.kind === 'name' && p.initial ? NAME_DEFAULTS.initialWeight : NAME_DEFAULTS.kindWeights[p.kind];
}

const indexed = (p: NamePart) => p.kind === 'name' && !p.initial;

/** A part's keys: skeletons, phonetic keys and its class (strong), then prefixes and suffixes (weak, into `weak`). */
function partKeys(p: NamePart, out: Set<string>, weak: Set<string> = out): void {
  for (const s of p.skeletons) if (s) out.add(`s${s}`);
  for (const k of p.phonetics) if (k.length >= 2) out.add(`p${k}`);
  if (p.group) out.add(`g${p.group}`);
  // Prefix and suffix keys keep a part with a consonant typo findable (Lakahl ~ Lakhal).
  for (const f of p.forms) {
    if (f.length < 5) continue;
    weak.add(`b${f.slice(0, 3)}`);
    weak.add(`e${f.slice(-3)}`);
  }
}

/** Keys of a name that stand for the whole name: the joined name and its acronym or initials. */
function wholeKeys(name: ParsedName, out: Set<string>): void {
  if (name.joined.length >= 4) out.add(`j${skeleton(name.joined)}`);
  if (name.initials) out.add(`a${name.initials}`);
  const words = name.parts.filter((p) => p.kind !== 'legal');
  const word = words.length === 1 ? (words[0]?.forms[0] ?? '') : '';
  if (name.orgLike && word.length >= 3 && word.length <= 8) out.add(`a${word}`);
}

/** Adjacent name and particle parts joined: Bin Laden = Binladen. */
function joins(name: ParsedName): { key: string; parts: [number, number] }[] {
  const out: { key: string; parts: [number, number] }[] = [];
  const ps = name.parts;
  let prev = -1;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i] as NamePart;
    if (p.kind !== 'name' && p.kind !== 'particle') continue;
    if (prev >= 0)
      out.push({
        key: skeleton((ps[prev]?.forms[0] ?? '') + (p.forms[0] ?? '')),
        parts: [prev, i],
      });
    prev = i;
  }
  return out;
}

/** Every key of a counterparty (as indexed: its joins under their own prefix). */
function entryKeys(facts: Facts): Set<number> {
  const keys = new Set<string>();
  for (const id of facts.identifiers.keys()) keys.add(`i${id}`);
  for (const n of facts.names) {
    for (const p of n.parts) if (indexed(p)) partKeys(p, keys);
    // Two words here joined: a list name's part written as one word finds them.
    for (const j of joins(n)) keys.add(`J${j.key}`);
    wholeKeys(n, keys);
  }
  const out = new Set<number>();
  for (const k of keys) out.add(hash(k));
  return out;
}

/** Total token-free weight of a name's parts. */
function nameWeight(n: ParsedName): number {
  let w = 0;
  for (const p of n.parts) w += partWeight(p);
  return w;
}

/** The least name score a pair needs to reach `threshold`, given which facts both sides carry. */
function neededNameScores(query: Facts, threshold: number): Float64Array {
  const out = new Float64Array(8);
  for (let flags = 0; flags < 8; flags++) {
    let rest = 0;
    let perName = 0;
    for (const f of FEATURES) {
      const w = f.weight;
      if (f.id === 'name_similarity') perName += w;
      else if (f.id === 'identifier_match')
        rest += flags & HAS_ID && query.identifiers.size ? Math.max(0, w) : 0;
      else if (f.id === 'birth_date_match')
        rest += flags & HAS_BIRTH && query.birthDates.length ? Math.max(0, w) : 0;
      else if (f.id === 'country_match')
        rest += flags & HAS_COUNTRY && query.countries.length ? Math.max(0, w) : 0;
      else rest += Math.max(0, w);
    }
    out[flags] = perName > 0 ? (threshold - rest) / perName : rest >= threshold ? 0 : Infinity;
  }
  return out;
}

/** Binary search of `e` in the ascending run `post[lo, hi)`. */
function contains(post: Uint32Array, lo: number, hi: number, e: number): boolean {
  let a = lo;
  let b = hi - 1;
  while (a <= b) {
    const mid = (a + b) >>> 1;
    const v = post[mid] as number;
    if (v === e) return true;
    if (v < e) a = mid + 1;
    else b = mid - 1;
  }
  return false;
}

/** Order-sensitive fingerprint of a book's ids: an index belongs to exactly one book. */
export function bookFingerprint(book: readonly Counterparty[]): number {
  let h = 0x811c9dc5 ^ book.length;
  for (const c of book) {
    h = Math.imul(h ^ hash(c.id), 0x01000193);
  }
  return h >>> 0;
}

export interface BookCandidates {
  /** Book ordinals worth an exact score, best bound first. */
  ordinals: number[];
  /**
   * Which of the query's names (indices) may reach the threshold, per ordinal;
   * none listed: every name (a shared identifier).
   */
  names: Map<number, number[]>;
  /** Counterparties that shared a key and were weighed by the bound. */
  weighed: number;
  /** True when more passed the bound than BOOK_INDEX_LIMITS.scored. */
  truncated: boolean;
}

export class BookIndex {
  private stamp: Int32Array;
  private mask: Uint32Array;
  private strong: Uint32Array;
  private hits: Uint16Array;
  private flagsHit: Uint8Array;
  private round = 0;

  private constructor(
    readonly size: number,
    readonly fingerprint: number,
    private readonly keyHash: Uint32Array,
    private readonly keyStart: Uint32Array,
    private readonly postings: Uint32Array,
    private readonly wMin: Float32Array,
    private readonly wMax: Float32Array,
    private readonly flags: Uint8Array,
  ) {
    this.stamp = new Int32Array(size);
    this.mask = new Uint32Array(size);
    this.strong = new Uint32Array(size);
    this.hits = new Uint16Array(size);
    this.flagsHit = new Uint8Array(size);
  }

  /** Builds the index of a book (ordinals are positions in `book`). */
  static build(book: readonly Counterparty[]): BookIndex {
    const n = book.length;
    const wMin = new Float32Array(n);
    const wMax = new Float32Array(n);
    const flags = new Uint8Array(n);
    let keys = new Uint32Array(1 << 20);
    const entryEnd = new Uint32Array(n);
    let at = 0;
    for (let i = 0; i < n; i++) {
      const c = book[i] as Counterparty;
      const facts = factsOf({ schema: c.schema, properties: c.properties });
      let lo = Infinity;
      let hi = 0;
      for (const name of facts.names) {
        const w = nameWeight(name);
        lo = Math.min(lo, w);
        hi = Math.max(hi, w);
      }
      wMin[i] = facts.names.length ? lo : 0;
      wMax[i] = hi;
      flags[i] =
        (facts.birthDates.length ? HAS_BIRTH : 0) |
        (facts.countries.length ? HAS_COUNTRY : 0) |
        (facts.identifiers.size ? HAS_ID : 0);
      const ks = entryKeys(facts);
      if (at + ks.size > keys.length) {
        const grown = new Uint32Array(Math.max(keys.length * 2, at + ks.size));
        grown.set(keys.subarray(0, at));
        keys = grown;
      }
      for (const k of ks) keys[at++] = k;
      entryEnd[i] = at;
    }
    // Postings by key: a stable radix sort of (hash, ordinal) on the hash keeps ordinals ascending.
    const total = at;
    const ord = new Uint32Array(total);
    for (let i = 0, j = 0; i < n; i++) for (const end = entryEnd[i] as number; j < end; j++) ord[j] = i;
    let hs = keys.subarray(0, total);
    let os = ord;
    let hs2 = new Uint32Array(total);
    let os2 = new Uint32Array(total);
    const count = new Uint32Array(65537);
    for (const shift of [0, 16]) {
      count.fill(0);
      for (let i = 0; i < total; i++) {
        const d = (((hs[i] as number) >>> shift) & 0xffff) + 1;
        count[d] = (count[d] as number) + 1;
      }
      for (let d = 0; d < 65536; d++) count[d + 1] = (count[d + 1] as number) + (count[d] as number);
      for (let i = 0; i < total; i++) {
        const d = ((hs[i] as number) >>> shift) & 0xffff;
        const to = count[d] as number;
        count[d] = to + 1;
        hs2[to] = hs[i] as number;
        os2[to] = os[i] as number;
      }
      [hs, hs2] = [hs2, hs];
      [os, os2] = [os2, os];
    }
    let distinct = 0;
    for (let i = 0; i < total; i++) if (i === 0 || hs[i] !== hs[i - 1]) distinct++;
    const keyHash = new Uint32Array(distinct);
    const keyStart = new Uint32Array(distinct + 1);
    for (let i = 0, k = -1; i < total; i++) {
      if (i === 0 || hs[i] !== hs[i - 1]) {
        k++;
        keyHash[k] = hs[i] as number;
        keyStart[k] = i;
      }
    }
    keyStart[distinct] = total;
    return new BookIndex(n, bookFingerprint(book), keyHash, keyStart, os.slice(0, total), wMin, wMax, flags);
  }

  /** The index as one byte buffer: a header, then the typed arrays, each 8-byte aligned. */
  toBytes(): Uint8Array {
    const arrays = [this.keyHash, this.keyStart, this.postings, this.wMin, this.wMax, this.flags];
    const align = (x: number) => (x + 7) & ~7;
    let at = align((HEADER + arrays.length) * 4);
    const places = arrays.map((a) => {
      const p = at;
      at = align(at + a.byteLength);
      return p;
    });
    const out = new Uint8Array(at);
    const head = new Uint32Array(out.buffer, 0, HEADER + arrays.length);
    head.set([MAGIC, FORMAT, this.size, this.fingerprint, this.keyHash.length, this.postings.length, 0, 0]);
    arrays.forEach((a, i) => {
      head[HEADER + i] = places[i] as number;
      out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), places[i]);
    });
    return out;
  }

  /** An index from toBytes() output; the arrays are views on `bytes` (copied once when not 8-byte aligned). */
  static fromBytes(input: Uint8Array): BookIndex {
    const fail = (why: string) =>
      new UsageError(`not a book index: ${why}`, 'remove the watch and add it again to rebuild its index');
    const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
    if (bytes.byteLength < (HEADER + 6) * 4) throw fail('too short');
    const head = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER + 6);
    if (head[0] !== MAGIC) throw fail('bad magic number');
    if (head[1] !== FORMAT) throw fail(`format ${head[1]}, this version reads ${FORMAT}`);
    const [size, fingerprint, keys, postings] = [head[2]!, head[3]!, head[4]!, head[5]!];
    const lengths = [keys, keys + 1, postings, size, size, size];
    const view = <T>(i: number, make: (b: ArrayBufferLike, off: number, len: number) => T, unit: number) => {
      const off = head[HEADER + i]!;
      if (off % 8 !== 0 || off + lengths[i]! * unit > bytes.byteLength)
        throw fail(`array ${i} out of bounds`);
      return make(bytes.buffer, bytes.byteOffset + off, lengths[i]!);
    };
    const u32 = (b: ArrayBufferLike, o: number, l: number) => new Uint32Array(b, o, l);
    const f32 = (b: ArrayBufferLike, o: number, l: number) => new Float32Array(b, o, l);
    return new BookIndex(
      size,
      fingerprint,
      view(0, u32, 4),
      view(1, u32, 4),
      view(2, u32, 4),
      view(3, f32, 4),
      view(4, f32, 4),
      view(5, (b, o, l) => new Uint8Array(b, o, l), 1),
    );
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
    const { postings, stamp, mask, strong, hits, flagsHit } = this;
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
        stamp.fill(0);
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
        if (stamp[e] !== r) {
          stamp[e] = r;
          mask[e] = 0;
          strong[e] = 0;
          hits[e] = 0;
          flagsHit[e] = 0;
          touched.push(e);
        }
        if ((hits[e] as number) < 0xffff) hits[e] = (hits[e] as number) + 1;
        mask[e] = (mask[e] as number) | bits;
        if (sure) strong[e] = (strong[e] as number) | bits;
        flagsHit[e] = (flagsHit[e] as number) | wide;
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
          const into = sure ? strong : mask;
          const len = hi - lo;
          if (found * Math.log2(len + 1) < len) {
            for (let t = 0; t < found; t++) {
              const e = touched[t] as number;
              if (!((into[e] as number) & bit) && contains(postings, lo, hi, e)) {
                mask[e] = (mask[e] as number) | bit;
                if ((hits[e] as number) < 0xffff) hits[e] = (hits[e] as number) + 1;
                if (sure) strong[e] = (strong[e] as number) | bit;
              }
            }
          } else {
            for (let i = lo; i < hi; i++) {
              const e = postings[i] as number;
              if (stamp[e] !== r) continue;
              mask[e] = (mask[e] as number) | bit;
              if ((hits[e] as number) < 0xffff) hits[e] = (hits[e] as number) + 1;
              if (sure) strong[e] = (strong[e] as number) | bit;
            }
          }
        });
      });
      weighed += touched.length;
      // The bound: aligned parts add at most their weight on both sides; every part counts in the total.
      const boundOf = (e: number, bits: number): number => {
        const wide = flagsHit[e] as number;
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
      for (const e of touched) {
        const bound = boundOf(e, mask[e] as number);
        // A shared identifier was found above: here, identifier_match cannot add to the score.
        if (bound + 1e-9 < (need[(this.flags[e] as number) & ~HAS_ID] as number)) continue;
        // Ranked by the parts shared through strong keys (spelling, sound), then by any key, then by keys shared.
        const value = boundOf(e, strong[e] as number) + bound / 1000 + Math.min(hits[e] as number, 999) / 1e7;
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
    const truncated = ordinals.length > BOOK_INDEX_LIMITS.scored;
    if (truncated) ordinals.length = BOOK_INDEX_LIMITS.scored;
    return { ordinals, names, weighed, truncated };
  }
}
