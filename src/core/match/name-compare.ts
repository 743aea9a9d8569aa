// Name similarity on aligned parts: each query part pairs with at most one
// candidate part; generic words and legal forms never carry a match alone.
import { allowedEdits, editDistance, jaroWinkler, typoSimilarity } from './distance.js';
import type { NamePart, ParsedName, PartKind } from './normalise.js';
import { PartCache } from './part-cache.js';
import { soundSimilarity, soundSymbols } from './sound.js';
import { soundForms } from './transliterate.js';

export interface NameCompareOptions {
  /** Lowest part similarity that counts as an aligned pair. */
  alignThreshold: number;
  /** Weight of a part in the coverage sums, by kind. */
  kindWeights: Record<PartKind, number>;
  /** Weight of a one-letter part (an initial). */
  initialWeight: number;
  /** Similarity of an initial to a name starting with that letter. */
  initialMatch: number;
  /** Ceiling of the name score when only particles, generic words or legal forms align. */
  genericCeiling: number;
  /** Part similarity when only consonant skeletons agree, within Latin and across scripts. */
  skeletonLatin: number;
  skeletonCrossScript: number;
  /** Part similarity when vowel-class phonetic keys agree. */
  phoneticEqual: number;
  /**
   * Ceiling of a spelling-only similarity when the query part is itself a
   * listed name of different consonants (Ari for Ali, Hamid for Hamad is a
   * typo, Karim for Kamil is another name): below alignThreshold.
   */
  nearNameCeiling: number;
  /** Score taken off per query part that is another listed name a letter away from a candidate part left over (a contradiction, not an omission). */
  contradiction: number;
  /** Score taken off when distinctive parts are left over on both sides. */
  bothLeftOver: number;
  /** Similarity of a one-letter typo in a three-letter part that is no listed name. */
  shortTypo: number;
  /** Least weight of a distinctive part left unaligned, however common: leaving out Mohammed still costs. */
  unmatchedNameFloor: number;
  /** Weight of a generic word left unaligned (a bank's trust company is not the bank). */
  unmatchedGeneric: number;
  /** Rarity below which an aligned part is common; a match on common parts only, with parts left over, is discounted. */
  commonRarity: number;
  commonDiscount: number;
  /** Similarity of an organisation's initials to its acronym (IRGC), by acronym length 3 and 4+. */
  acronym3: number;
  acronym4: number;
  /**
   * Across scripts (a non-Latin part against a Latin one, Han aside): the
   * least sound similarity (`sound.ts`) that counts, and the part similarity
   * it reaches at 1; between the two it is graded from alignThreshold up.
   */
  soundFloor: number;
  soundTop: number;
  /**
   * Between two Latin parts of at least six sounds: the least sound
   * similarity that counts (romanisations of one name: Gaddafi, Qadhafi,
   * Kazzafi; Khrushchev, Chruschtschow, Kroesjtsjov) and the part similarity
   * it reaches at 1.
   */
  latinSoundFloor: number;
  latinSoundTop: number;
  /** The same floor for parts of four or five sounds (Chong, Jong). */
  latinShortSoundFloor: number;
}

export const NAME_DEFAULTS: NameCompareOptions = {
  alignThreshold: 0.7,
  kindWeights: { name: 1, particle: 0.25, generic: 0.2, legal: 0.15 },
  initialWeight: 0.3,
  initialMatch: 0.75,
  genericCeiling: 0.3,
  skeletonLatin: 0.75,
  skeletonCrossScript: 0.88,
  phoneticEqual: 0.9,
  nearNameCeiling: 0.6,
  contradiction: 0.15,
  bothLeftOver: 0.1,
  shortTypo: 0.75,
  unmatchedNameFloor: 0.6,
  unmatchedGeneric: 0.8,
  commonRarity: 0.6,
  commonDiscount: 0.85,
  acronym3: 0.75,
  acronym4: 0.85,
  soundFloor: 0.8,
  soundTop: 0.9,
  latinSoundFloor: 0.85,
  latinSoundTop: 0.85,
  latinShortSoundFloor: 0.9,
};

/** What comparePart may ask of the indexed list: is this part itself a listed name? */
export interface Vocabulary {
  known(p: NamePart): boolean;
}

export const PART_MATCH_KINDS = [
  'exact',
  'equivalent',
  'typo',
  'phonetic',
  'skeleton',
  'joined',
  'initial',
  'acronym',
  'near',
  'sound',
] as const;
export type PartMatchKind = (typeof PART_MATCH_KINDS)[number];

export interface PartPair {
  query: string;
  candidate: string;
  similarity: number;
  how: PartMatchKind;
}

export interface NameComparison {
  score: number;
  pairs: PartPair[];
  /** Share of the query's distinctive parts whose sound (phonetic key or skeleton) the candidate shares. */
  phonetic: number;
  /** Query parts with no partner (distinctive ones only). */
  unmatched: string[];
}

/** Scripts whose parts are syllables with their readings listed. */
const SYLLABIC = new Set(['han', 'hangul', 'kana']);

/** Scripts that write few or no vowels: only these lean on consonant skeletons across scripts. */
const VOWEL_LESS = new Set(['arabic', 'hebrew']);

function crossScriptSkeleton(
  qForms: string[],
  cForms: string[],
  skeletonLength: number,
  top: number,
  floor: number,
): number {
  let jw = 0;
  for (const a of qForms) for (const b of cForms) jw = Math.max(jw, jaroWinkler(a, b));
  const shape = Math.min(1, Math.max(0, (jw - 0.6) / 0.3));
  const lengthFactor = skeletonLength >= 3 ? 1 : skeletonLength === 2 ? 0.7 : 0.4;
  return floor + (top - floor) * shape * lengthFactor;
}

function intersects(a: string[], b: string[], minLength: number): string | undefined {
  for (const x of a) if (x.length >= minLength && b.includes(x)) return x;
  return undefined;
}

/**
 * Scripts compared by their listed readings only: a Han or Hangul part is a
 * syllable or a run of them whose romanisations are systematic, and a sound
 * match would pair a given name written as one word (근혜) with the first of
 * its syllables written apart (Kun Hye).
 */
const NO_SOUND = new Set(['han', 'hangul']);

const SOUND_FORMS = new WeakMap<NamePart, string[]>();

function soundFormsOf(p: NamePart): string[] {
  let f = SOUND_FORMS.get(p);
  if (!f) {
    f = p.script === 'latin' ? [soundSymbols(p.text)] : soundForms(p.text, p.script, p.forms);
    SOUND_FORMS.set(p, f);
  }
  return f;
}

/** Sound similarity of two Latin parts of six sounds or more (0 below latinSoundFloor), as a part similarity. */
function latinSound(q: NamePart, c: NamePart, opts: NameCompareOptions): number {
  if (q.script !== 'latin' || c.script !== 'latin' || q.kind !== 'name' || c.kind !== 'name') return 0;
  return gradeLatinSound(soundFormsOf(q)[0] ?? '', soundFormsOf(c)[0] ?? '', opts);
}

/** Sound similarity of two Latin spellings as sound symbols, graded (0 below the floor for their length). */
function gradeLatinSound(a: string, b: string, opts: NameCompareOptions): number {
  if (a.length < 4 || b.length < 4) return 0;
  const sim = soundSimilarity(a, b);
  if (sim < (a.length < 6 || b.length < 6 ? opts.latinShortSoundFloor : opts.latinSoundFloor)) return 0;
  const t = opts.latinSoundFloor < 1 ? (sim - opts.latinSoundFloor) / (1 - opts.latinSoundFloor) : 1;
  return opts.alignThreshold + (opts.latinSoundTop - opts.alignThreshold) * t;
}

/** Sound similarity of a non-Latin part and a Latin one (0 below soundFloor), as a part similarity. */
function crossScriptSound(q: NamePart, c: NamePart, opts: NameCompareOptions): number {
  if (q.script === c.script || (q.script === 'latin') === (c.script === 'latin')) return 0;
  if (NO_SOUND.has(q.script) || NO_SOUND.has(c.script) || q.kind !== 'name' || c.kind !== 'name') return 0;
  let best = 0;
  for (const a of soundFormsOf(q))
    for (const b of soundFormsOf(c)) best = Math.max(best, soundSimilarity(a, b));
  return gradeSound(best, opts);
}

/** Similarity of two parts and how it was reached. */
export function comparePart(
  q: NamePart,
  c: NamePart,
  opts: NameCompareOptions = NAME_DEFAULTS,
  vocabulary?: Vocabulary,
): [number, PartMatchKind] {
  const fixed = (k: PartKind) => k === 'legal' || k === 'generic';
  if (fixed(q.kind) || fixed(c.kind))
    return q.kind === c.kind && q.text === c.text ? [1, 'exact'] : [0, 'exact'];
  if (q.text === c.text) return [1, 'exact'];
  if (q.group !== undefined && q.group === c.group) return [1, 'equivalent'];
  if (q.initial !== c.initial && q.script === c.script && (q.forms[0] ?? '')[0] === (c.forms[0] ?? '')[0]) {
    return [opts.initialMatch, 'initial'];
  }
  // A Han, Hangul or kana part already lists its readings: it matches by one of them, with typos
  // only in long readings and no sound-alikes (成 reads song, which is not Sung's typo or Jo's sound).
  const syllabic = q.script !== c.script && (SYLLABIC.has(q.script) || SYLLABIC.has(c.script));
  let best = 0;
  for (const a of q.forms) {
    for (const b of c.forms) {
      if (a === b) return [q.script === c.script ? 1 : 0.97, 'equivalent'];
      if (syllabic && (a.length <= 6 || b.length <= 6)) continue;
      const s = typoSimilarity(a, b);
      if (s > best) best = s;
    }
  }
  if (syllabic) {
    const sound = best < opts.soundTop ? crossScriptSound(q, c, opts) : 0;
    return sound > best ? [sound, 'sound'] : [best, 'typo'];
  }
  let how: PartMatchKind = 'typo';
  // Particles (al, bin, abu) match only by spelling: their sound says nothing.
  if (q.kind === 'particle' || c.kind === 'particle') return [best, how];
  if (vocabulary && q.script === c.script) {
    const qf = q.forms[0] ?? '';
    const cf = c.forms[0] ?? '';
    if (best > 0 && !intersects(q.skeletons, c.skeletons, 1) && vocabulary.known(q)) {
      // A listed name a letter away with other consonants is another name, not a typo of this one.
      return [Math.min(best, opts.nearNameCeiling), 'near'];
    } else if (
      best === 0 &&
      qf.length === 3 &&
      cf.length === 3 &&
      !vocabulary.known(q) &&
      editDistance(qf, cf, 1) === 1
    )
      best = opts.shortTypo;
  }
  if (best < opts.phoneticEqual && intersects(q.phonetics, c.phonetics, 2))
    [best, how] = [opts.phoneticEqual, 'phonetic'];
  const vowelLess = VOWEL_LESS.has(q.script) !== VOWEL_LESS.has(c.script);
  const skel = vowelLess ? opts.skeletonCrossScript : opts.skeletonLatin;
  if (best < skel) {
    const shared = intersects(q.skeletons, c.skeletons, vowelLess ? 1 : 3);
    if (shared !== undefined && (vowelLess || q.text[0] === c.text[0] || shared.length >= 4)) {
      // Across scripts, a skeleton is strong evidence only when a vowelled reading also looks alike.
      const sim = vowelLess
        ? crossScriptSkeleton(q.forms, c.forms, shared.length, skel, opts.alignThreshold)
        : skel;
      if (sim > best) [best, how] = [sim, 'skeleton'];
    }
  }
  if (best < opts.soundTop) {
    const sound = q.script === c.script ? latinSound(q, c, opts) : crossScriptSound(q, c, opts);
    if (sound > best) [best, how] = [sound, 'sound'];
  }
  return [best, how];
}

/** Edits needed at least to turn one letter bag into the other. */
function countGap(a: Uint8Array, b: Uint8Array): number {
  let more = 0;
  let less = 0;
  for (let k = 0; k < 27; k++) {
    const d = (a[k] as number) - (b[k] as number);
    if (d > 0) more += d;
    else less -= d;
  }
  return Math.max(more, less);
}

function joinedSimilarity(q: ParsedName, c: ParsedName): number {
  let best = 0;
  for (let i = 0; i < q.joinedForms.length; i++) {
    const a = q.joinedForms[i] as string;
    for (let j = 0; j < c.joinedForms.length; j++) {
      const b = c.joinedForms[j] as string;
      const allowed = Math.floor(Math.max(a.length, b.length) / 10);
      // The length gap is a lower bound on the letter-count gap, and cheaper.
      if (Math.abs(a.length - b.length) > allowed) continue;
      if (countGap(q.joinedCounts[i] as Uint8Array, c.joinedCounts[j] as Uint8Array) > allowed) continue;
      const s = typoSimilarity(a, b, allowed);
      if (s > best) best = s;
    }
  }
  return best;
}

// Scratch buffers for the similarity matrix: names have few parts, and
// screening is synchronous, so one buffer serves every comparison.
let SIM = new Float64Array(256);
let Q_USED = new Uint8Array(64);
let C_USED = new Uint8Array(64);

/** Could a word of length `a` be within typo distance of one of `forms`? (typoSimilarity is 0 otherwise) */
function lengthsMeet(a: number, forms: string[]): boolean {
  for (const f of forms) if (Math.abs(a - f.length) <= allowedEdits(Math.max(a, f.length))) return true;
  return false;
}

/** Joins on one side: adjacent pairs of `pairSide` against single parts of `oneSide`. */
function joinSide(
  pairSide: NamePart[],
  pairUsed: Uint8Array,
  oneSide: NamePart[],
  oneUsed: Uint8Array,
  fromQuery: boolean,
  opts: NameCompareOptions,
  cache: PartCache,
  detail?: NameComparison,
): number {
  let gained = 0;
  for (let i = 0; i + 1 < pairSide.length; i++) {
    const a = pairSide[i] as NamePart;
    const b = pairSide[i + 1] as NamePart;
    if (pairUsed[i] || pairUsed[i + 1] || a.kind !== 'name' || b.kind !== 'name') continue;
    const length = (a.forms[0] ?? '').length + (b.forms[0] ?? '').length;
    let joined: string | undefined;
    for (let j = 0; j < oneSide.length; j++) {
      const o = oneSide[j] as NamePart;
      if (oneUsed[j] || o.kind !== 'name' || !lengthsMeet(length, o.forms)) continue;
      joined ??= (a.forms[0] ?? '') + (b.forms[0] ?? '');
      let s = 0;
      for (const f of o.forms) s = Math.max(s, typoSimilarity(joined, f));
      // Two Latin syllables against one word: also by sound (Chin Ping ~ Jinping).
      if (s < opts.alignThreshold && a.script === 'latin' && b.script === 'latin' && o.script === 'latin')
        s = Math.max(s, gradeLatinSound(soundSymbols(joined), soundFormsOf(o)[0] ?? '', opts));
      if (s < opts.alignThreshold) continue;
      pairUsed[i] = pairUsed[i + 1] = oneUsed[j] = 1;
      gained += s * (cache.weight(a) + cache.weight(b) + cache.weight(o));
      if (detail)
        detail.pairs.push({
          query: fromQuery ? `${a.text} ${b.text}` : o.text,
          candidate: fromQuery ? o.text : `${a.text} ${b.text}`,
          similarity: s,
          how: 'joined',
        });
      break;
    }
  }
  return gained;
}

/**
 * Two adjacent unaligned parts on one side against one unaligned part on the
 * other: Akhund Zada = Akhundzada, Bin Laden = Binladen inside longer names.
 */
function joinLeftovers(
  q: ParsedName,
  c: ParsedName,
  opts: NameCompareOptions,
  cache: PartCache,
  detail?: NameComparison,
): number {
  return (
    joinSide(q.parts, Q_USED, c.parts, C_USED, true, opts, cache, detail) +
    joinSide(c.parts, C_USED, q.parts, Q_USED, false, opts, cache, detail)
  );
}

/** Sound similarity (0 below soundFloor) as a part similarity, graded from alignThreshold to soundTop. */
function gradeSound(best: number, opts: NameCompareOptions): number {
  if (best < opts.soundFloor) return 0;
  const t = (best - opts.soundFloor) / (1 - opts.soundFloor);
  return opts.alignThreshold + (opts.soundTop - opts.alignThreshold) * t;
}

/**
 * Across scripts, runs of two or three adjacent unaligned parts (particles
 * included) on one side against one unaligned part on the other, by sound:
 * names are cut into words differently in different scripts (ابدول for
 * Abd al, نسرللح for Nasr Allah, ال نكا for Alenka).
 */
function joinAcrossScripts(
  runSide: NamePart[],
  runUsed: Uint8Array,
  oneSide: NamePart[],
  oneUsed: Uint8Array,
  fromQuery: boolean,
  opts: NameCompareOptions,
  cache: PartCache,
  detail?: NameComparison,
): number {
  let gained = 0;
  for (let j = 0; j < oneSide.length; j++) {
    const o = oneSide[j] as NamePart;
    if (oneUsed[j] || o.kind !== 'name') continue;
    let best = 0;
    let at = -1;
    let len = 0;
    for (let i = 0; i < runSide.length; i++) {
      let joined = '';
      let names = 0;
      for (let k = 0; k < 3 && i + k < runSide.length; k++) {
        const p = runSide[i + k] as NamePart;
        if (runUsed[i + k] || (p.kind !== 'name' && p.kind !== 'particle') || p.script === o.script) break;
        if (NO_SOUND.has(p.script) || NO_SOUND.has(o.script)) break;
        joined += soundFormsOf(p)[0] ?? '';
        if (p.kind === 'name') names++;
        if (k === 0 || names === 0) continue;
        for (const f of soundFormsOf(o)) {
          const sim = soundSimilarity(joined, f);
          if (sim > best) [best, at, len] = [sim, i, k + 1];
        }
      }
    }
    const s = gradeSound(best, opts);
    if (s < opts.alignThreshold || at < 0) continue;
    let w = cache.weight(o);
    for (let k = 0; k < len; k++) {
      runUsed[at + k] = 1;
      w += cache.weight(runSide[at + k] as NamePart);
    }
    oneUsed[j] = 1;
    gained += s * w;
    if (detail) {
      const run = runSide
        .slice(at, at + len)
        .map((p) => p.text)
        .join(' ');
      detail.pairs.push({
        query: fromQuery ? run : o.text,
        candidate: fromQuery ? o.text : run,
        similarity: s,
        how: 'joined',
      });
    }
  }
  return gained;
}

/** An organisation's acronym against the initials of the other's words (IRGC ~ Islamic Revolutionary Guard Corps). */
function acronymSimilarity(q: ParsedName, c: ParsedName, opts: NameCompareOptions): number {
  const test = (short: ParsedName, long: ParsedName) => {
    if (!short.orgLike) return 0;
    const names = short.parts.filter((p) => p.kind !== 'legal');
    const word = names.length === 1 ? (names[0]?.forms[0] ?? '') : '';
    if (word.length < 3 || word.length > 8 || long.initials.length !== word.length) return 0;
    if (long.initials !== word) return 0;
    return word.length >= 4 ? opts.acronym4 : opts.acronym3;
  };
  return Math.max(test(q, c), test(c, q));
}

/**
 * Score of a query name against a candidate name: greedy one-to-one alignment
 * of parts (best pair first), then a Dice-style coverage of both sides.
 * Fills `pairs` when given (for explanations); the hot path passes none.
 */
export function nameScore(
  q: ParsedName,
  c: ParsedName,
  cache: PartCache,
  opts: NameCompareOptions = NAME_DEFAULTS,
  detail?: NameComparison,
): number {
  const n = q.parts.length;
  const m = c.parts.length;
  if (n * m > SIM.length) SIM = new Float64Array(n * m * 2);
  if (n > Q_USED.length || m > C_USED.length) {
    Q_USED = new Uint8Array(Math.max(n, m) * 2);
    C_USED = new Uint8Array(Math.max(n, m) * 2);
  }
  const qp = q.parts;
  const cp = c.parts;
  const slots = cache.slotsOf(q);
  for (let j = 0; j < m; j++) {
    const part = cp[j] as NamePart;
    const row = cache.row(part);
    for (let i = 0; i < n; i++) {
      const s = cache.at(row, slots[i] as number, part);
      SIM[i * m + j] = s >= opts.alignThreshold ? s : 0;
    }
  }
  let matched = 0;
  let distinctive = false;
  let rarest = 0;
  let sounding = 0;
  Q_USED.fill(0, 0, n);
  C_USED.fill(0, 0, m);
  for (let k = Math.min(n, m); k > 0; k--) {
    let best = 0;
    let bi = -1;
    let bj = -1;
    for (let x = 0; x < n * m; x++) {
      const s = SIM[x] as number;
      if (s > best) {
        best = s;
        bi = x;
      }
    }
    if (bi < 0) break;
    bj = bi % m;
    bi = (bi - bj) / m;
    for (let j = 0; j < m; j++) SIM[bi * m + j] = 0;
    for (let i = 0; i < n; i++) SIM[i * m + bj] = 0;
    Q_USED[bi] = 1;
    C_USED[bj] = 1;
    const a = qp[bi] as NamePart;
    const b = cp[bj] as NamePart;
    const sim = best;
    matched += sim * (cache.weight(a) + cache.weight(b));
    if (a.kind === 'name' && b.kind === 'name' && !a.initial) {
      distinctive = true;
      rarest = Math.max(rarest, cache.rarity(a));
    }
    if (a.kind === 'name') sounding++;
    if (detail)
      detail.pairs.push({ query: a.text, candidate: b.text, similarity: sim, how: cache.how(a, b) });
  }
  if (n > 1 || m > 1) {
    let gained = joinLeftovers(q, c, opts, cache, detail);
    if ((qp[0]?.script === 'latin') !== (cp[0]?.script === 'latin'))
      gained +=
        joinAcrossScripts(qp, Q_USED, cp, C_USED, true, opts, cache, detail) +
        joinAcrossScripts(cp, C_USED, qp, Q_USED, false, opts, cache, detail);
    if (gained > 0) {
      distinctive = true;
      rarest = 1;
    }
    matched += gained;
  }
  // Parts left unaligned weigh at least a floor: a common part left out still costs, an extra generic word counts against.
  let total = 0;
  let qNames = 0;
  let leftover = false;
  const unmatched = (p: NamePart) => {
    const w = cache.weight(p);
    if (p.kind === 'name' && !p.initial) {
      leftover = true;
      return Math.max(w, opts.unmatchedNameFloor);
    }
    // "Company" said or not says nothing; a left-over Credit, Trust or Shipping does.
    return p.kind === 'generic' && p.text !== 'co' ? Math.max(w, opts.unmatchedGeneric) : w;
  };
  for (let i = 0; i < n; i++) {
    const p = qp[i] as NamePart;
    total += Q_USED[i] ? cache.weight(p) : unmatched(p);
    if (p.kind === 'name') qNames++;
  }
  for (let j = 0; j < m; j++)
    total += C_USED[j] ? cache.weight(cp[j] as NamePart) : unmatched(cp[j] as NamePart);
  let score = total > 0 ? matched / total : 0;
  // A part left over that is another listed name close to a candidate part left over contradicts (Marin, not Martin).
  if (cache.tokens && leftover) {
    for (let i = 0; i < n; i++) {
      if (Q_USED[i]) continue;
      for (let j = 0; j < m; j++) {
        if (!C_USED[j] && cache.how(qp[i] as NamePart, cp[j] as NamePart) === 'near') {
          score -= opts.contradiction;
          break;
        }
      }
    }
  }
  // Distinctive parts left over on both sides: another given name (Hannibal, not Mohammed, Muammar Qadhafi), not an omission.
  if (cache.tokens && leftover && distinctive && qp[0]?.script === cp[0]?.script) {
    let qLeft = false;
    let cLeft = false;
    for (let i = 0; i < n; i++)
      if (!Q_USED[i] && (qp[i] as NamePart).kind === 'name' && !(qp[i] as NamePart).initial) qLeft = true;
    for (let j = 0; j < m; j++)
      if (!C_USED[j] && (cp[j] as NamePart).kind === 'name' && !(cp[j] as NamePart).initial) cLeft = true;
    if (qLeft && cLeft) score -= opts.bothLeftOver;
  }
  if (!distinctive) score = Math.min(score, opts.genericCeiling);
  // Only common parts agree and some are left over: Mohammed Ali Hassan is not shown to be Ali Hassan.
  else if (cache.tokens && leftover && rarest < opts.commonRarity) score *= opts.commonDiscount;
  if (detail) {
    detail.phonetic = qNames > 0 ? Math.min(1, sounding / qNames) : 0;
    const aligned = new Set(detail.pairs.flatMap((p) => p.query.split(' ')));
    detail.unmatched = qp.filter((p) => p.kind === 'name' && !aligned.has(p.text)).map((p) => p.text);
  }
  if (score < 1) {
    const acronym = q.initials.length || c.initials.length ? acronymSimilarity(q, c, opts) : 0;
    if (acronym > score) {
      score = acronym;
      if (detail) {
        detail.pairs = [{ query: q.raw, candidate: c.raw, similarity: acronym, how: 'acronym' }];
        detail.unmatched = [];
      }
    }
    // Whole names compare joined only when they are cut into parts differently (Bin Laden ~ Binladen):
    // with as many parts on both sides, the parts have spoken (Ahmad Halim is not Ahmad Salim).
    const joined = q.parts.length !== c.parts.length || q.parts.length === 1 ? joinedSimilarity(q, c) : 0;
    if (joined > score) {
      score = joined;
      if (detail) {
        detail.pairs = [{ query: q.joined, candidate: c.joined, similarity: joined, how: 'joined' }];
        detail.unmatched = [];
      }
    }
  }
  if (detail) detail.score = score;
  return score;
}

/** Compare a query name with a candidate name, with the aligned pairs as evidence. */
export function compareNames(
  q: ParsedName,
  c: ParsedName,
  opts: NameCompareOptions = NAME_DEFAULTS,
  cache: PartCache = new PartCache(opts),
): NameComparison {
  const detail: NameComparison = { score: 0, pairs: [], phonetic: 0, unmatched: [] };
  nameScore(q, c, cache, opts, detail);
  return detail;
}
