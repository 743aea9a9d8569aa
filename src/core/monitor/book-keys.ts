// The blocking keys of the book index and the small helpers both its build
// and its search use: keys are 32-bit hashes of the same keys as the list
// side's candidate index (skeletons, phonetic keys, equivalence classes,
// prefixes and suffixes, joined parts and whole names, acronyms,
// identifiers); a collision only adds a candidate, never loses one.

import { FEATURES } from '../match/features.js';
import type { Facts } from '../match/facts.js';
import { NAME_DEFAULTS } from '../match/name-compare.js';
import type { NamePart, ParsedName } from '../match/normalise.js';
import { skeleton } from '../match/phonetic.js';
import type { Counterparty } from './types.js';

/** Facts a counterparty carries, as bits (they decide which features can add to its score). */
export const HAS_BIRTH = 1;
export const HAS_COUNTRY = 2;
export const HAS_ID = 4;

export const BOOK_INDEX_LIMITS = {
  /** A prefix or suffix key adds counterparties when it has at most this share of the book (or `weakFloor`). */
  weakShare: 0.0005,
  weakFloor: 200,
};

export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Token-free weight of a part in the name score (what the monitor's exact score uses). */
export function partWeight(p: NamePart): number {
  return p.kind === 'name' && p.initial ? NAME_DEFAULTS.initialWeight : NAME_DEFAULTS.kindWeights[p.kind];
}

export const indexed = (p: NamePart) => p.kind === 'name' && !p.initial;

/** A part's keys: skeletons, phonetic keys and its class (strong), then prefixes and suffixes (weak, into `weak`). */
export function partKeys(p: NamePart, out: Set<string>, weak: Set<string> = out): void {
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
export function wholeKeys(name: ParsedName, out: Set<string>): void {
  if (name.joined.length >= 4) out.add(`j${skeleton(name.joined)}`);
  if (name.initials) out.add(`a${name.initials}`);
  const words = name.parts.filter((p) => p.kind !== 'legal');
  const word = words.length === 1 ? (words[0]?.forms[0] ?? '') : '';
  if (name.orgLike && word.length >= 3 && word.length <= 8) out.add(`a${word}`);
}

/** Adjacent name and particle parts joined: Bin Laden = Binladen. */
export function joins(name: ParsedName): { key: string; parts: [number, number] }[] {
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
export function entryKeys(facts: Facts): Set<number> {
  const keys = new Set<string>();
  for (const id of facts.identifiers.keys()) keys.add(`i${id}`);
  for (const n of facts.names) {
    for (const p of n.parts)
      if (indexed(p)) {
        partKeys(p, keys);
        // The spelling itself: a list part one edit away finds it (BookParts.nearForms).
        for (const f of p.forms) if (f.length >= NEAR_MIN) keys.add(wordKey(f));
      }
    // Two words here joined: a list name's part written as one word finds them.
    for (const j of joins(n)) keys.add(`J${j.key}`);
    wholeKeys(n, keys);
  }
  const out = new Set<number>();
  for (const k of keys) out.add(hash(k));
  return out;
}

/** Spellings shorter than this allow no typo (the matcher's allowedEdits is 0 up to 3 letters). */
export const NEAR_MIN = 3;

/** The key of one spelling of a part. */
export const wordKey = (form: string) => `w${form}`;

/** Total token-free weight of a name's parts. */
export function nameWeight(n: ParsedName): number {
  let w = 0;
  for (const p of n.parts) w += partWeight(p);
  return w;
}

/** The least name score a pair needs to reach `threshold`, given which facts both sides carry. */
export function neededNameScores(query: Facts, threshold: number): Float64Array {
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
export function contains(post: Uint32Array, lo: number, hi: number, e: number): boolean {
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
