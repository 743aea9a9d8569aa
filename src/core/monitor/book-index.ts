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
//   threshold;
// - then a tighter bound from the counterparty's own parts, kept in the
//   index as numbers into a table of the book's distinct parts: each part
//   of a list name is compared once with each distinct book part it meets
//   (not once per counterparty), and the aligned weight the best pairs could
//   reach, over the weight of both names, bounds the name score;
// - every counterparty whose bound reaches the threshold is returned (no
//   cap): the exact score decides, so nothing the score would pass is lost
//   to a ranking;
// - the stored form is one byte buffer of typed arrays, loaded as views.

import { FEATURES } from '../match/features.js';
import { factsOf, type Facts } from '../match/facts.js';
import { comparePart, NAME_DEFAULTS } from '../match/name-compare.js';
import { namePart, type NamePart, type PartKind, type ParsedName } from '../match/normalise.js';
import { PartCache } from '../match/part-cache.js';
import { gradeLatinSound, soundFormsOf } from '../match/part-compare.js';
import { skeleton } from '../match/phonetic.js';
import { allowedEdits, typoSimilarity } from '../match/distance.js';
import { UsageError } from '../model/errors.js';
import type { Counterparty } from './types.js';

const MAGIC = 0x31584b42; // "BKX1" little-endian
const FORMAT = 2;
const HEADER = 8; // Uint32 words
const ARRAYS = 11;

/** Facts a counterparty carries, as bits (they decide which features can add to its score). */
const HAS_BIRTH = 1;
const HAS_COUNTRY = 2;
const HAS_ID = 4;

/** Part similarities are kept as steps of 1/SIM_SCALE, rounded up; UNKNOWN: not computed. */
const SIM_SCALE = 250;
const UNKNOWN = 255;
/** Entries of the similarity tables (list part × book part, one byte each) kept at most. */
const SIMILARITY_BUDGET = 64_000_000;
/** Flags of a book part in partInfo(). */
const T_READY = 1;
const T_NAME = 2;
const T_DISTINCT = 4;
const T_LATIN = 8;

/** Parts of one name tracked one by one (longer names count the rest as always shared). */
const MAX_PARTS = 30;

export const BOOK_INDEX_LIMITS = {
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

const KINDS: PartKind[] = ['name', 'particle', 'generic', 'legal'];

/** Whole-name spellings other than the parts' first forms joined (see joinedOf). */
const RAW_JOINED = 1 << 30;
const LENGTH_MASK = 0x7fff;

/**
 * Lengths of a name's whole-name spellings, packed (lowest | highest << 15),
 * with RAW_JOINED when they are not all remade by joinedOf from its parts; 0: none.
 */
function joinedLengths(name: ParsedName): number {
  let lo = Infinity;
  let hi = 0;
  for (const f of name.joinedForms) {
    lo = Math.min(lo, f.length);
    hi = Math.max(hi, f.length);
  }
  if (!hi) return 0;
  const remade = joinedOf(name.parts);
  const raw = name.joinedForms.some((f) => !remade.includes(f)) ? RAW_JOINED : 0;
  return Math.min(lo, LENGTH_MASK) | (Math.min(hi, LENGTH_MASK) << 15) | raw;
}

/** A name's whole-name spellings as its parts give them: first forms joined, and a lone name part's forms. */
function joinedOf(parts: readonly NamePart[]): string[] {
  let joined = '';
  for (const p of parts) if (p.kind !== 'legal') joined += p.forms[0] ?? '';
  const only = parts.length === 1 && parts[0]?.kind === 'name' ? parts[0].forms : [];
  return [...new Set([joined, ...only])].filter((f) => f.length >= 5);
}

/** Could a word of length `a` be within typo distance of one of `forms`? (as the matcher's joins ask) */
function lengthsMeet(a: number, forms: readonly string[]): boolean {
  for (const f of forms) if (Math.abs(a - f.length) <= allowedEdits(Math.max(a, f.length))) return true;
  return false;
}

/** Two adjacent name parts joined against one part, as the matcher aligns leftovers (0 below the threshold). */
function joinSimilarity(a: NamePart, b: NamePart, o: NamePart): number {
  const opts = NAME_DEFAULTS;
  const joined = (a.forms[0] ?? '') + (b.forms[0] ?? '');
  let s = 0;
  for (const f of o.forms) s = Math.max(s, typoSimilarity(joined, f));
  if (s < opts.alignThreshold && a.script === 'latin' && b.script === 'latin' && o.script === 'latin')
    s = Math.max(
      s,
      gradeLatinSound(
        (soundFormsOf(a)[0] ?? '') + (soundFormsOf(b)[0] ?? ''),
        soundFormsOf(o)[0] ?? '',
        opts,
      ),
    );
  return s >= opts.alignThreshold ? s : 0;
}

/** Could a whole-name spelling of a length in [lo, hi] be within the typo distance joined names allow of one of length b? */
function joinedMeet(lo: number, hi: number, b: number): boolean {
  const a = Math.min(Math.max(b, lo), hi);
  return Math.abs(a - b) <= Math.floor(Math.max(a, b) / 10);
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
    /** Per ordinal, its names as runs [part count, joined lengths, part numbers…] in `entryParts`. */
    private readonly entryStart: Uint32Array,
    private readonly entryParts: Uint32Array,
    /** The book's distinct parts: kind (KINDS index) and folded text (UTF-16 units). */
    private readonly partKind: Uint8Array,
    private readonly partTextStart: Uint32Array,
    private readonly partText: Uint16Array,
  ) {
    this.stamp = new Int32Array(size);
    this.mask = new Uint32Array(size);
    this.strong = new Uint32Array(size);
    this.hits = new Uint16Array(size);
    this.flagsHit = new Uint8Array(size);
    this.parts = new Array<NamePart | undefined>(partKind.length);
  }

  private parts: (NamePart | undefined)[];

  /** A distinct book part as the matcher's part (made once per index). */
  private part(t: number): NamePart {
    let p = this.parts[t];
    if (!p) {
      const text = String.fromCharCode(
        ...this.partText.subarray(this.partTextStart[t], this.partTextStart[t + 1]),
      );
      p = namePart(text, KINDS[this.partKind[t] as number] as PartKind);
      this.parts[t] = p;
    }
    return p;
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
    const partNo = new Map<string, number>();
    const kinds: number[] = [];
    const texts: string[] = [];
    const entryStart = new Uint32Array(n + 1);
    let entryParts = new Uint32Array(1 << 20);
    let ep = 0;
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
      for (const name of facts.names) {
        if (ep + name.parts.length + 2 > entryParts.length) {
          const grown = new Uint32Array(entryParts.length * 2 + name.parts.length);
          grown.set(entryParts.subarray(0, ep));
          entryParts = grown;
        }
        entryParts[ep++] = name.parts.length;
        entryParts[ep++] = joinedLengths(name);
        for (const p of name.parts) {
          const key = `${p.kind}:${p.text}`;
          let t = partNo.get(key);
          if (t === undefined) {
            t = texts.length;
            partNo.set(key, t);
            kinds.push(KINDS.indexOf(p.kind));
            texts.push(p.text);
          }
          entryParts[ep++] = t;
        }
      }
      entryStart[i + 1] = ep;
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
    const partTextStart = new Uint32Array(texts.length + 1);
    let chars = 0;
    texts.forEach((t, i) => {
      chars += t.length;
      partTextStart[i + 1] = chars;
    });
    const partText = new Uint16Array(chars);
    texts.forEach((t, i) => {
      const from = partTextStart[i] as number;
      for (let k = 0; k < t.length; k++) partText[from + k] = t.charCodeAt(k);
    });
    return new BookIndex(
      n,
      bookFingerprint(book),
      keyHash,
      keyStart,
      os.slice(0, total),
      wMin,
      wMax,
      flags,
      entryStart,
      entryParts.slice(0, ep),
      Uint8Array.from(kinds),
      partTextStart,
      partText,
    );
  }

  /** The index as one byte buffer: a header, then the typed arrays, each 8-byte aligned. */
  toBytes(): Uint8Array {
    const arrays = [
      this.keyHash,
      this.keyStart,
      this.postings,
      this.wMin,
      this.wMax,
      this.flags,
      this.entryStart,
      this.entryParts,
      this.partKind,
      this.partTextStart,
      this.partText,
    ];
    const align = (x: number) => (x + 7) & ~7;
    let at = align((HEADER + arrays.length) * 4);
    const places = arrays.map((a) => {
      const p = at;
      at = align(at + a.byteLength);
      return p;
    });
    const out = new Uint8Array(at);
    const head = new Uint32Array(out.buffer, 0, HEADER + arrays.length);
    head.set([
      MAGIC,
      FORMAT,
      this.size,
      this.fingerprint,
      this.keyHash.length,
      this.postings.length,
      this.entryParts.length,
      this.partKind.length,
    ]);
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
    if (bytes.byteLength < (HEADER + ARRAYS) * 4) throw fail('too short');
    const head = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER + ARRAYS);
    if (head[0] !== MAGIC) throw fail('bad magic number');
    if (head[1] !== FORMAT) throw fail(`format ${head[1]}, this version reads ${FORMAT}`);
    const [size, fingerprint, keys, postings, entryParts, parts] = [
      head[2]!,
      head[3]!,
      head[4]!,
      head[5]!,
      head[6]!,
      head[7]!,
    ];
    const lengths = [keys, keys + 1, postings, size, size, size, size + 1, entryParts, parts, parts + 1];
    const view = <T>(i: number, make: (b: ArrayBufferLike, off: number, len: number) => T, unit: number) => {
      const off = head[HEADER + i]!;
      const len = i === 10 ? textLength : lengths[i]!;
      if (off % 8 !== 0 || off + len * unit > bytes.byteLength) throw fail(`array ${i} out of bounds`);
      return make(bytes.buffer, bytes.byteOffset + off, len);
    };
    const u32 = (b: ArrayBufferLike, o: number, l: number) => new Uint32Array(b, o, l);
    const f32 = (b: ArrayBufferLike, o: number, l: number) => new Float32Array(b, o, l);
    const u8 = (b: ArrayBufferLike, o: number, l: number) => new Uint8Array(b, o, l);
    let textLength = 0;
    const partTextStart = view(9, u32, 4);
    textLength = partTextStart[parts] ?? 0;
    const index = new BookIndex(
      size,
      fingerprint,
      view(0, u32, 4),
      view(1, u32, 4),
      view(2, u32, 4),
      view(3, f32, 4),
      view(4, f32, 4),
      view(5, u8, 1),
      view(6, u32, 4),
      view(7, u32, 4),
      view(8, u8, 1),
      partTextStart,
      view(10, (b, o, l) => new Uint16Array(b, o, l), 2),
    );
    if (index.entryStart[size] !== entryParts) throw fail('part runs do not add up');
    return index;
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
      const tight = this.partsBound(name, wq);
      for (const e of touched) {
        // A shared identifier was found above: here, identifier_match cannot add to the score.
        const needed = (need[(this.flags[e] as number) & ~HAS_ID] as number) - 1e-9;
        let bound = boundOf(e, mask[e] as number);
        if (bound < needed) continue;
        if (!((flagsHit[e] as number) & 2)) {
          refined++;
          bound = Math.min(bound, tight(e));
          if (bound < needed) continue;
        }
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
    return { ordinals, names, weighed, refined };
  }

  /**
   * The most the token-free name score of a list name (total part weight
   * `wq`) can reach against any name of a counterparty, from the
   * counterparty's parts. Every part, on either side, is aligned at most once
   * (with one part, or in a join of two adjacent name parts with one), and
   * adds at most its weight times its best similarity (1 in a join whose
   * lengths allow it); without a possible join the tighter sum over best
   * pairs holds too (the lesser of the two sides' sums). Every part on both
   * sides counts in the total. The whole-name comparison (names cut into
   * parts differently) is computed exactly; names in different scripts count
   * as 1; shared whole-name keys never reach here (the first bound keeps
   * them).
   */
  private partsBound(name: ParsedName, wq: number): (e: number) => number {
    const qs = name.parts;
    const P = qs.length;
    const T = this.partKind.length;
    const latin = qs[0]?.script === 'latin';
    const qJoined = name.joinedForms.map((f) => f.length);
    const qWeight = qs.map(partWeight);
    const qName = qs.map((p) => p.kind === 'name');
    const tables = qs.map((q) => this.similarityTable(q));
    // The list name's adjacent name pairs, by the length of their first forms joined.
    const qPairs: number[] = [];
    for (let i = 0; i + 1 < P; i++)
      if (qName[i] && qName[i + 1])
        qPairs.push(i, (qs[i]!.forms[0] ?? '').length + (qs[i + 1]!.forms[0] ?? '').length);
    const { genericCeiling } = NAME_DEFAULTS;
    const rowBest = new Float64Array(P);
    const rowPair = new Float64Array(P);
    const qJoin = new Float64Array(P);
    let cJoin = new Float64Array(8);
    // Join similarities met so far: (list pair, book part) and (book pair, list part).
    const listJoins = new Map<number, number>();
    const bookJoins = new Map<number, Float64Array>();
    const { entryStart, entryParts } = this;
    const info = this.partInfo();
    const { weight: tw, flags: tf } = info;
    const sim = (i: number, t: number): number => {
      const table = tables[i] as Uint8Array;
      let v = table[t] as number;
      if (v === UNKNOWN) v = this.fillSimilarity(table, qs[i] as NamePart, t);
      return v / SIM_SCALE;
    };
    const mark = (i: number, i2: number, k: number, k2: number, s: number): void => {
      if (i >= 0 && s > (qJoin[i] as number)) qJoin[i] = s;
      if (i2 >= 0 && s > (qJoin[i2] as number)) qJoin[i2] = s;
      if (k >= 0 && s > (cJoin[k] as number)) cJoin[k] = s;
      if (k2 >= 0 && s > (cJoin[k2] as number)) cJoin[k2] = s;
    };
    return (e: number): number => {
      let out = 0;
      for (let at = entryStart[e] as number, end = entryStart[e + 1] as number; at < end;) {
        const m = entryParts[at] as number;
        const jl = entryParts[at + 1] as number;
        const from = at + 2;
        at = from + m;
        for (let k = 0; k < m; k++) this.ready(entryParts[from + k] as number);
        if (m && (((tf[entryParts[from] as number] as number) & T_LATIN) !== 0) !== latin) return 1;
        // Whole names compared joined (when cut into parts differently): that similarity, exactly.
        let joined = 0;
        if (jl && (m !== P || m === 1)) {
          const lo = jl & LENGTH_MASK;
          const hi = (jl >>> 15) & LENGTH_MASK;
          let meet = false;
          for (const b of qJoined) if (joinedMeet(lo, hi, b)) meet = true;
          if (meet) {
            if (jl & RAW_JOINED) return 1;
            const own: NamePart[] = [];
            for (let k = 0; k < m; k++) own.push(this.part(entryParts[from + k] as number));
            for (const a of joinedOf(own))
              for (const b of name.joinedForms) {
                const allowed = Math.floor(Math.max(a.length, b.length) / 10);
                if (Math.abs(a.length - b.length) <= allowed)
                  joined = Math.max(joined, typoSimilarity(a, b, allowed));
              }
          }
        }
        // Joins: two adjacent name parts on one side against one name part on the other.
        if (cJoin.length < m) cJoin = new Float64Array(m * 2);
        qJoin.fill(0);
        cJoin.fill(0, 0, m);
        let joins = false;
        for (let x = 0; x < qPairs.length; x += 2) {
          const i = qPairs[x] as number;
          const len = qPairs[x + 1] as number;
          for (let k = 0; k < m; k++) {
            const t = entryParts[from + k] as number;
            if (!((tf[t] as number) & T_NAME) || !info.meets(t, len)) continue;
            const key = i * T + t;
            let s = listJoins.get(key);
            if (s === undefined) listJoins.set(key, (s = joinSimilarity(qs[i]!, qs[i + 1]!, this.part(t))));
            if (s) {
              joins = true;
              mark(i, i + 1, k, -1, s);
            }
          }
        }
        for (let k = 0; k + 1 < m; k++) {
          const t1 = entryParts[from + k] as number;
          const t2 = entryParts[from + k + 1] as number;
          if (!((tf[t1] as number) & T_NAME) || !((tf[t2] as number) & T_NAME)) continue;
          const len = (info.length[t1] as number) + (info.length[t2] as number);
          let sims: Float64Array | undefined;
          for (let i = 0; i < P; i++) {
            if (!qName[i] || !lengthsMeet(len, qs[i]!.forms)) continue;
            if (!sims) {
              const key = t1 * T + t2;
              sims = bookJoins.get(key);
              if (!sims) bookJoins.set(key, (sims = new Float64Array(P).fill(NaN)));
            }
            let s = sims[i] as number;
            if (s !== s) sims[i] = s = joinSimilarity(this.part(t1), this.part(t2), qs[i]!);
            if (s) {
              joins = true;
              mark(-1, i, k, k + 1, s);
            }
          }
        }
        rowBest.fill(0);
        rowPair.fill(0);
        let wc = 0;
        let credit = 0;
        let cols = 0;
        let distinctive = joins;
        for (let k = 0; k < m; k++) {
          const t = entryParts[from + k] as number;
          const w = tw[t] as number;
          const named = ((tf[t] as number) & T_DISTINCT) !== 0;
          wc += w;
          let colSim = cJoin[k] as number;
          let colPair = 0;
          for (let i = 0; i < P; i++) {
            const v = sim(i, t);
            if (v === 0) continue;
            if (v > colSim) colSim = v;
            if (v > (rowBest[i] as number)) rowBest[i] = v;
            const pv = v * (w + (qWeight[i] as number));
            if (pv > colPair) colPair = pv;
            if (pv > (rowPair[i] as number)) rowPair[i] = pv;
            if (named && qName[i]) distinctive = true;
          }
          credit += w * colSim;
          cols += colPair;
        }
        let rows = 0;
        for (let i = 0; i < P; i++) {
          credit += (qWeight[i] as number) * Math.max(rowBest[i] as number, qJoin[i] as number);
          rows += rowPair[i] as number;
        }
        let matched = credit;
        if (!joins) matched = Math.min(matched, rows, cols);
        let b = wq + wc > 0 ? matched / (wq + wc) : 0;
        if (!distinctive) b = Math.min(b, genericCeiling);
        b = Math.max(b, joined);
        if (b > out) out = b;
      }
      return out;
    };
  }

  /** Per distinct book part: weight, first-form length, shortest and longest form, kind flags (made as met). */
  private info?: {
    weight: Float32Array;
    length: Uint16Array;
    shortest: Uint16Array;
    longest: Uint16Array;
    flags: Uint8Array;
    meets: (t: number, len: number) => boolean;
  };

  private partInfo(): NonNullable<BookIndex['info']> {
    if (this.info) return this.info;
    const T = this.partKind.length;
    const shortest = new Uint16Array(T);
    const longest = new Uint16Array(T);
    const info = {
      weight: new Float32Array(T),
      length: new Uint16Array(T),
      shortest,
      longest,
      flags: new Uint8Array(T),
      // lengthsMeet, with the forms' length range first (allowed edits are at most 3).
      meets: (t: number, len: number) =>
        len + 3 >= (shortest[t] as number) &&
        len - 3 <= (longest[t] as number) &&
        lengthsMeet(len, this.part(t).forms),
    };
    this.info = info;
    return info;
  }

  /** Fills a book part's entry in partInfo() once. */
  private ready(t: number): void {
    const info = this.partInfo();
    if ((info.flags[t] as number) & T_READY) return;
    const p = this.part(t);
    info.weight[t] = partWeight(p);
    info.length[t] = (p.forms[0] ?? '').length;
    let lo = Infinity;
    let hi = 0;
    for (const f of p.forms) {
      lo = Math.min(lo, f.length);
      hi = Math.max(hi, f.length);
    }
    info.shortest[t] = p.forms.length ? lo : 0;
    info.longest[t] = hi;
    info.flags[t] =
      T_READY |
      (p.kind === 'name' ? T_NAME : 0) |
      (p.kind === 'name' && !p.initial ? T_DISTINCT : 0) |
      (p.script === 'latin' ? T_LATIN : 0);
  }

  /** Similarities of one list part to the book's parts, as SIM_SCALE steps rounded up (UNKNOWN: not yet). */
  private similarityTable(q: NamePart): Uint8Array {
    let t = this.tables.get(q.id);
    if (!t) {
      const T = this.partKind.length;
      if ((this.tables.size + 1) * T > SIMILARITY_BUDGET) this.tables.clear();
      t = new Uint8Array(T).fill(UNKNOWN);
      this.tables.set(q.id, t);
    }
    return t;
  }

  private tables = new Map<number, Uint8Array>();
  private readonly vocabulary = new PartCache(NAME_DEFAULTS);

  private fillSimilarity(table: Uint8Array, q: NamePart, t: number): number {
    // The score's orientation: the counterparty's part is the query's; the token-free score's
    // vocabulary knows no listed names.
    const s = comparePart(this.part(t), q, NAME_DEFAULTS, this.vocabulary)[0];
    // Rounded up: the bound stays a bound.
    const v = s < NAME_DEFAULTS.alignThreshold ? 0 : Math.min(SIM_SCALE, Math.ceil(s * SIM_SCALE - 1e-9));
    table[t] = v;
    return v;
  }
}
