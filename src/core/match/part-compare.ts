// Similarity of two name parts (exact, equivalent, typo, phonetic, skeleton,
// sound, joined, initial, acronym) and the options every name comparison shares.
import { allowedEdits, editDistance, jaroWinkler, typoSimilarity } from './distance.js';
import type { NamePart, PartKind } from './normalise.js';
import {
  SOUND_MASK_WORDS,
  soundSimilarity,
  soundSimilarityOf,
  soundSymbols,
  writeSoundMask,
} from './sound.js';
import { TRANSLATED_CLASS, writesGeneric } from './org-words.js';
import { ROMANISED_CLASS } from './readings.js';
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
  /** Part similarity of two customary romanisations of one name (Lee, Yi, Rhee): below the same spelling, which wins a tie. */
  romanisedEquivalent: number;
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
  /**
   * Factor on the score of a one-word name (a listed mononym or one-word
   * alias: Salahudin, John) against a query of several words of which some
   * are left over: the one word is all the listed name says.
   */
  oneWordDiscount: number;
  /**
   * Factor on the score of two names in one script that agree on no
   * distinctive part exactly (every aligned part a typo, sound-alike or
   * skeleton) and leave a part over: spelling and omission together are too
   * little evidence (Shawn Quinn is not Chin Shun Lu).
   */
  inexactDiscount: number;
  /**
   * Least similarity of a consonant-skeleton match across scripts: below it
   * the vowelled readings look too little alike to align (هانيه is not Hyon).
   */
  crossSkeletonMin: number;
  /** Least Jaro–Winkler similarity of two Latin spellings for their shared consonant skeleton to count (Becerra is not Bukhori). */
  latinSkeletonJw: number;
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
  romanisedEquivalent: 0.9,
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
  oneWordDiscount: 0.85,
  inexactDiscount: 0.9,
  crossSkeletonMin: 0.76,
  latinSkeletonJw: 0.8,
};

/** Similarity of two parts of one equivalence class: 1 for one name across scripts, less for two romanisations of it. */
function groupSimilarity(group: string, opts: NameCompareOptions): number {
  // A romanisation or a translation, not the word itself.
  return group.startsWith(ROMANISED_CLASS) || group.startsWith(TRANSLATED_CLASS)
    ? opts.romanisedEquivalent
    : 1;
}

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
export const NO_SOUND = new Set(['han', 'hangul']);

/** A part's spellings as sound symbols, kept on the part once made. */
export function soundFormsOf(p: NamePart): string[] {
  let f = p.sounds;
  if (!f) {
    f = p.script === 'latin' ? [soundSymbols(p.text)] : soundForms(p.text, p.script, p.forms);
    p.sounds = f;
  }
  return f;
}

/**
 * The sound masks of a part's sound spellings (SOUND_MASK_WORDS each, in
 * soundFormsOf's order; one spelling's worth of zeros when it has none),
 * kept on the part once made.
 */
export function soundMasksOf(p: NamePart): Int32Array {
  let m = p.soundMasks;
  if (!m) {
    const forms = soundFormsOf(p);
    m = new Int32Array(Math.max(1, forms.length) * SOUND_MASK_WORDS);
    for (let k = 0; k < forms.length; k++) writeSoundMask(forms[k] as string, m, k * SOUND_MASK_WORDS);
    p.soundMasks = m;
  }
  return m;
}

/**
 * The best sound similarity of spelling `a` (its masks at `ai` in `am`) to
 * one of part `o`'s sound spellings, 0 where below `floor`.
 */
export function bestSound(a: string, am: Int32Array, ai: number, o: NamePart, floor: number): number {
  const forms = soundFormsOf(o);
  const masks = soundMasksOf(o);
  let best = 0;
  for (let f = 0; f < forms.length; f++) {
    const sim = soundSimilarityOf(
      a,
      am,
      ai,
      forms[f] as string,
      masks,
      f * SOUND_MASK_WORDS,
      best > floor ? best : floor,
    );
    if (sim > best) best = sim;
  }
  return best;
}

/** Whether a part may be in a sound run across scripts: a name or particle in a script compared by sound. */
export const soundRunnable = (p: NamePart): boolean =>
  (p.kind === 'name' || p.kind === 'particle') && !NO_SOUND.has(p.script);

/** Sound similarity of two Latin parts of six sounds or more (0 below latinSoundFloor), as a part similarity. */
function latinSound(q: NamePart, c: NamePart, opts: NameCompareOptions): number {
  if (q.script !== 'latin' || c.script !== 'latin' || q.kind !== 'name' || c.kind !== 'name') return 0;
  return gradeLatinSound(soundFormsOf(q)[0] ?? '', soundFormsOf(c)[0] ?? '', opts);
}

/** Sound similarity of two Latin spellings as sound symbols, graded (0 below the floor for their length). */
export function gradeLatinSound(a: string, b: string, opts: NameCompareOptions): number {
  if (a.length < 4 || b.length < 4) return 0;
  const floor = a.length < 6 || b.length < 6 ? opts.latinShortSoundFloor : opts.latinSoundFloor;
  const sim = soundSimilarity(a, b, floor, true);
  if (sim < floor) return 0;
  const t = opts.latinSoundFloor < 1 ? (sim - opts.latinSoundFloor) / (1 - opts.latinSoundFloor) : 1;
  return opts.alignThreshold + (opts.latinSoundTop - opts.alignThreshold) * t;
}

/** Sound similarity of a non-Latin part and a Latin one (0 below soundFloor), as a part similarity. */
function crossScriptSound(q: NamePart, c: NamePart, opts: NameCompareOptions): number {
  if (q.script === c.script || (q.script === 'latin') === (c.script === 'latin')) return 0;
  if (NO_SOUND.has(q.script) || NO_SOUND.has(c.script) || q.kind !== 'name' || c.kind !== 'name') return 0;
  let best = 0;
  const qForms = soundFormsOf(q);
  const qMasks = soundMasksOf(q);
  for (let i = 0; i < qForms.length; i++) {
    // A form that cannot beat the best so far is left as soon as that is sure.
    const sim = bestSound(
      qForms[i] as string,
      qMasks,
      i * SOUND_MASK_WORDS,
      c,
      best > opts.soundFloor ? best : opts.soundFloor,
    );
    if (sim > best) best = sim;
  }
  return gradeSound(best, opts);
}

/**
 * Latin given names of four letters or more that differ only in a final a
 * against o (Maria and Mario, Roberta and Roberto, Camila and Camilo): the
 * feminine and masculine forms of a name, two different people. Surnames in
 * -enko are not (Belarusian writes -enka: Lukashenko, Lukashenka).
 */
function genderPair(a: string, b: string): boolean {
  const n = a.length;
  if (n < 4 || b.length !== n) return false;
  const x = a.charCodeAt(n - 1);
  const y = b.charCodeAt(n - 1);
  if (!((x === 97 && y === 111) || (x === 111 && y === 97))) return false;
  return a.startsWith(b.slice(0, n - 1)) && !a.endsWith('enk', n - 1);
}

/** Similarity of two parts and how it was reached. */
export function comparePart(
  q: NamePart,
  c: NamePart,
  opts: NameCompareOptions = NAME_DEFAULTS,
  vocabulary?: Vocabulary,
): [number, PartMatchKind] {
  const out: PartComparison = { how: 'exact' };
  const s = partSimilarity(q, c, opts, vocabulary, out);
  return [s, out.how];
}

/** How comparePart's similarity was reached (written by partSimilarity). */
export interface PartComparison {
  how: PartMatchKind;
}

/** comparePart's similarity, with how it was reached written to `out` (no array made). */
export function partSimilarity(
  q: NamePart,
  c: NamePart,
  opts: NameCompareOptions,
  vocabulary: Vocabulary | undefined,
  out: PartComparison,
): number {
  const fixed = (k: PartKind) => k === 'legal' || k === 'generic';
  if (fixed(q.kind) || fixed(c.kind)) {
    if (writesGeneric(q, c)) {
      out.how = 'equivalent';
      return opts.romanisedEquivalent;
    }
    out.how = 'exact';
    return q.kind === c.kind && q.text === c.text ? 1 : 0;
  }
  if (q.text === c.text) {
    out.how = 'exact';
    return 1;
  }
  if (q.group !== undefined && q.group === c.group) {
    out.how = 'equivalent';
    return groupSimilarity(q.group, opts);
  }
  if (q.script === 'latin' && c.script === 'latin' && genderPair(q.text, c.text)) {
    out.how = 'near';
    return opts.nearNameCeiling;
  }
  if (q.initial !== c.initial && q.script === c.script && (q.forms[0] ?? '')[0] === (c.forms[0] ?? '')[0]) {
    out.how = 'initial';
    return opts.initialMatch;
  }
  // A Han, Hangul or kana part already lists its readings: it matches by one of them, with typos
  // only in long readings and no sound-alikes (成 reads song, which is not Sung's typo or Jo's sound).
  const syllabic = q.script !== c.script && (SYLLABIC.has(q.script) || SYLLABIC.has(c.script));
  let best = 0;
  for (const a of q.forms) {
    for (const b of c.forms) {
      if (a === b) {
        out.how = 'equivalent';
        return q.script === c.script ? 1 : 0.97;
      }
      if (syllabic && (a.length <= 6 || b.length <= 6)) continue;
      const s = typoSimilarity(a, b);
      if (s > best) best = s;
    }
  }
  if (syllabic) {
    const sound = best < opts.soundTop ? crossScriptSound(q, c, opts) : 0;
    out.how = sound > best ? 'sound' : 'typo';
    return sound > best ? sound : best;
  }
  let how: PartMatchKind = 'typo';
  // Particles (al, bin, abu) match only by spelling: their sound says nothing.
  if (q.kind === 'particle' || c.kind === 'particle') {
    out.how = how;
    return best;
  }
  if (vocabulary && q.script === c.script) {
    const qf = q.forms[0] ?? '';
    const cf = c.forms[0] ?? '';
    if (best > 0 && !intersects(q.skeletons, c.skeletons, 1) && vocabulary.known(q)) {
      // A listed name a letter away with other consonants is another name, not a typo of this one.
      {
        out.how = 'near';
        return Math.min(best, opts.nearNameCeiling);
      }
    } else if (
      best === 0 &&
      qf.length === 3 &&
      cf.length === 3 &&
      !vocabulary.known(q) &&
      editDistance(qf, cf, 1) === 1
    )
      best = opts.shortTypo;
  }
  if (best < opts.phoneticEqual && intersects(q.phonetics, c.phonetics, 2)) {
    best = opts.phoneticEqual;
    how = 'phonetic';
  }
  const vowelLess = VOWEL_LESS.has(q.script) !== VOWEL_LESS.has(c.script);
  const skel = vowelLess ? opts.skeletonCrossScript : opts.skeletonLatin;
  if (best < skel) {
    const shared = intersects(q.skeletons, c.skeletons, vowelLess ? 1 : 3);
    if (shared !== undefined && (vowelLess || q.text[0] === c.text[0] || shared.length >= 4)) {
      // Across scripts, a skeleton is strong evidence only when a vowelled reading also looks alike.
      let sim = vowelLess
        ? crossScriptSkeleton(q.forms, c.forms, shared.length, skel, opts.alignThreshold)
        : jaroWinkler(q.text, c.text) >= opts.latinSkeletonJw
          ? skel
          : 0;
      if (vowelLess && sim < opts.crossSkeletonMin) sim = 0;
      if (sim > best) {
        best = sim;
        how = 'skeleton';
      }
    }
  }
  if (best < opts.soundTop) {
    const sound = q.script === c.script ? latinSound(q, c, opts) : crossScriptSound(q, c, opts);
    if (sound > best) {
      best = sound;
      how = 'sound';
    }
  }
  out.how = how;
  return best;
}

/** Set bits of a 32-bit word. */
function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A part's letters as bits (a–z; any other character sets bit 26), kept on the part; -1 for a part of several forms. */
function lettersOf(p: NamePart): number {
  let m = p.letters;
  if (m === undefined) {
    m = 0;
    const f = p.forms[0] ?? '';
    if (p.forms.length !== 1) m = -1;
    else
      for (let i = 0; i < f.length; i++) {
        const k = f.charCodeAt(i) - 97;
        m |= 1 << (k >= 0 && k < 26 ? k : 26);
      }
    p.letters = m;
  }
  return m;
}

/**
 * Whether comparePart(q, c) may reach opts.alignThreshold: false only when it
 * surely stays below it (a cheap filter before the part-level bound, which
 * counts nothing below the threshold). Follows comparePart branch by branch,
 * taking every branch whose value could reach the threshold as reached, and
 * leaving out what only lowers a similarity (listed near names).
 */
export function mayAlign(q: NamePart, c: NamePart, opts: NameCompareOptions = NAME_DEFAULTS): boolean {
  const t = opts.alignThreshold;
  if (q.kind === 'legal' || q.kind === 'generic' || c.kind === 'legal' || c.kind === 'generic') {
    if (writesGeneric(q, c)) return opts.romanisedEquivalent >= t;
    return q.kind === c.kind && q.text === c.text && t <= 1;
  }
  if (q.text === c.text) return t <= 1;
  if (q.group !== undefined && q.group === c.group) return groupSimilarity(q.group, opts) >= t;
  if (q.script === 'latin' && c.script === 'latin' && genderPair(q.text, c.text))
    return opts.nearNameCeiling >= t;
  const qf = q.forms[0] ?? '';
  const cf = c.forms[0] ?? '';
  if (q.initial !== c.initial && q.script === c.script && qf[0] === cf[0]) return opts.initialMatch >= t;
  const syllabic = q.script !== c.script && (SYLLABIC.has(q.script) || SYLLABIC.has(c.script));
  // One form each (Latin parts): letters one spelling has and the other lacks each take an edit.
  const lq = lettersOf(q);
  const lc = lq < 0 ? -1 : lettersOf(c);
  for (const a of q.forms) {
    for (const b of c.forms) {
      if (a === b) return (q.script === c.script ? 1 : 0.97) >= t;
      if (syllabic && (a.length <= 6 || b.length <= 6)) continue;
      const k = allowedEdits(Math.max(a.length, b.length));
      if (k === 0 || Math.abs(a.length - b.length) > k) continue;
      if (lc >= 0 && (bitCount(lq & ~lc) > k || bitCount(lc & ~lq) > k)) continue;
      if (typoSimilarity(a, b) >= t) return true;
    }
  }
  const crossSound =
    q.script !== c.script &&
    (q.script === 'latin') !== (c.script === 'latin') &&
    !NO_SOUND.has(q.script) &&
    !NO_SOUND.has(c.script) &&
    q.kind === 'name' &&
    c.kind === 'name';
  // Across scripts by sound: graded from the threshold itself.
  if (crossSound) return true;
  if (syllabic || q.kind === 'particle' || c.kind === 'particle') return false;
  if (q.script === c.script && qf.length === 3 && cf.length === 3 && opts.shortTypo >= t) return true;
  if (opts.phoneticEqual >= t && intersects(q.phonetics, c.phonetics, 2) !== undefined) return true;
  const vowelLess = VOWEL_LESS.has(q.script) !== VOWEL_LESS.has(c.script);
  const skel = vowelLess ? opts.skeletonCrossScript : opts.skeletonLatin;
  // Across scripts a skeleton is graded from the threshold itself; in Latin it counts skeletonLatin.
  const shared = intersects(q.skeletons, c.skeletons, vowelLess ? 1 : 3);
  if (shared !== undefined && (vowelLess || ((q.text[0] === c.text[0] || shared.length >= 4) && skel >= t)))
    return true;
  return q.script === c.script && latinSound(q, c, opts) >= t;
}

/** Sound similarity (0 below soundFloor) as a part similarity, graded from alignThreshold to soundTop. */
export function gradeSound(best: number, opts: NameCompareOptions): number {
  if (best < opts.soundFloor) return 0;
  const t = (best - opts.soundFloor) / (1 - opts.soundFloor);
  return opts.alignThreshold + (opts.soundTop - opts.alignThreshold) * t;
}

/** Could a word of length `a` be within typo distance of one of `forms`? (typoSimilarity is 0 otherwise) */
export function lengthsMeet(a: number, forms: readonly string[]): boolean {
  for (const f of forms) if (Math.abs(a - f.length) <= allowedEdits(Math.max(a, f.length))) return true;
  return false;
}

/**
 * The grade of two adjacent name parts `a` `b` written as one word against the part `o`
 * (Akhund Zada ~ Akhundzada; two Latin syllables against one word also by sound, Chin
 * Ping ~ Jinping), 0 below the align threshold. `joined` is a's and b's first forms joined.
 */
export function joinGrade(
  a: NamePart,
  b: NamePart,
  o: NamePart,
  opts: NameCompareOptions,
  joined = (a.forms[0] ?? '') + (b.forms[0] ?? ''),
): number {
  if (a.kind !== 'name' || b.kind !== 'name' || o.kind !== 'name' || !lengthsMeet(joined.length, o.forms))
    return 0;
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
