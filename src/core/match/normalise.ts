// Names → comparable parts: "LAST, First" order, honorifics dropped, Arabic
// article and compound splits, legal forms and generic words classified.
import { foldWords, scriptOf, type Script } from './fold.js';
import { romanise } from './transliterate.js';
import { koreanSurnameOf, splitHangulName, splitHanName } from './readings.js';
import { ELISION, orgWords, TRANSLATED_WORDS } from './org-words.js';
import { phoneticKey } from './phonetic.js';
import {
  LEGAL_FORMS,
  LEGAL_FORM_MAX_WORDS,
  LEGAL_FORM_STARTS,
  ORG_SYMBOLS,
  PERSON_PARTS,
  PERSON_PREFIXES,
  type LegalForm,
} from './tables.js';

/** name: distinctive; particle: al, bin, van…; generic: company, trading…; legal: LLC, JSC… */
export type PartKind = 'name' | 'particle' | 'generic' | 'legal';

export interface NamePart {
  /** Process-unique number, for memoising part similarities. */
  id: number;
  /** Folded word; for legal forms the compare form, for generic words their class. */
  text: string;
  script: Script;
  kind: PartKind;
  /** Latin spellings (the word itself when Latin). */
  forms: string[];
  skeletons: string[];
  phonetics: string[];
  /** Cross-script equivalence class from rigour's person name parts. */
  group: string | undefined;
  /** One letter of an alphabet (J for John); a single Han or Hangul character is a whole syllable, not an initial. */
  initial: boolean;
  /** Spellings as sound symbols (`sound.ts`), filled on first comparison by sound. */
  sounds: string[] | undefined;
  /** Sound masks of `sounds` (`writeSoundMask`, four words a spelling), made with them on first use. */
  soundMasks?: Int32Array;
  /** The part cache's last weight of this part and the serial number of the memo it holds for (`part-cache.ts`): a field read, not a map look-up. */
  weightMemo?: number;
  weight?: number;
  /** Letters a–z of the only form as bits (other characters share one), made on first use; -1 with several forms. */
  letters?: number | undefined;
  /** The serial number of the part cache rows this part last had a row in (`part-cache.ts`), and where. */
  rowsOf?: number;
  rowAt?: number;
  /** The serial number of the part-cache memo this part was last a query part under (`part-cache.ts`). */
  queriedOf?: number;
}

/** Scripts whose single characters are syllables or words, never initials. */
const SYLLABIC = new Set<Script>(['han', 'kana', 'hangul', 'thai']);

export interface ParsedName {
  /** Same number for names with the same parts and whole-name forms, which score alike: memoises name scores. */
  id: number;
  raw: string;
  parts: NamePart[];
  legalForms: LegalForm[];
  /** Name and particle parts, first forms, joined without spaces: catches Bin Laden = Binladen. */
  joined: string;
  /** The folded words before compound splitting, joined: Badur Rehman ~ Abdur Rehman. */
  joinedRaw: string;
  /** Whole-name spellings (5+ letters) compared when parts do not align; a one-word name offers every romanisation (김정은 → kimjongun). */
  joinedForms: string[];
  /**
   * Letter counts of each joined form (a–z, then one bin for the rest): a cheap lower bound on edits.
   * One character code per bin (a 27-character string costs a fifth of a typed array's memory).
   */
  joinedCounts: string[];
  /** An organisation name's initials (3+ words, legal forms and of/the/and left out), compared with acronyms; '' otherwise. */
  initials: string;
  /** The initials without those of the words for "company" that end the name (IBM for International Business Machines Corp); '' when none end it. */
  initialsBare: string;
  /** Parsed as an organisation's name (any schema but Person). */
  orgLike: boolean;
  /** Words as written that carry a name part (Salahudin is one word, Salah al-Din two): a one-word name says less. */
  words: number;
}

/** Letter histogram used to skip hopeless whole-name comparisons: bin k's count (at most 255) is the code of character k. */
const COUNTS = new Uint8Array(27);
export function letterCounts(s: string): string {
  const h = COUNTS.fill(0);
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i) - 97;
    const b = k >= 0 && k < 26 ? k : 26;
    if ((h[b] as number) < 255) h[b] = (h[b] as number) + 1;
  }
  // The bins as arguments, not spread: spreading a typed array walks an iterator (ten times slower, and
  // every list name's forms are counted while an index is built).
  const c = (k: number) => h[k] as number;
  // prettier-ignore
  return String.fromCharCode(
    c(0), c(1), c(2), c(3), c(4), c(5), c(6), c(7), c(8), c(9), c(10), c(11), c(12), c(13),
    c(14), c(15), c(16), c(17), c(18), c(19), c(20), c(21), c(22), c(23), c(24), c(25), c(26),
  );
}

const PARTICLES = new Set(
  'al el ul ud ur ad ar as ash an bin ibn bint ben abu abou bou ould de da di del della dos das do du van von der den la le y of the and for und et ال بن ابن بنت ابو בן בת'.split(
    ' ',
  ),
);
/** Sun-letter assimilations of the Arabic article (Shams ur-Rahman, Bashir ud-Din). */
const ARTICLE_FORMS = new Set(['ul', 'ud', 'ur', 'ad', 'ar', 'as', 'ash', 'an', 'az', 'at', 'el']);

/** Split compounds: Abdullah → abd allah, Abdulhai → abd al hai, Saifuddin → saif al din, الراوي → ال راوي. */
function splitWord(w: string): string[] {
  if (ARTICLE_FORMS.has(w)) return ['al'];
  let m = /^(eddine?|edine|uddin|udin|uddeen|udeen|oudine?|addin|aldin)$/.exec(w);
  if (m) return ['al', 'din'];
  m = /^(.{3,}?)(eddine?|edine|uddin|udin|uddeen|udeen|oudine?|addin|aldin)$/.exec(w);
  if (m) return [...splitWord(m[1] as string), 'al', 'din'];
  m = /^(.{3,}?)([uoai]ll?ah|[uoai]lla)$/.exec(w);
  if (m) return [...splitWord(m[1] as string), 'allah'];
  m = /^abd(?:[aeiou]?[lr])?$/.exec(w);
  if (m) return w === 'abd' ? ['abd'] : ['abd', 'al'];
  m = /^abd(?:[aeiou]?[lr]|u)(.{3,})$/.exec(w);
  if (m) return ['abd', 'al', m[1] as string];
  if (w.length > 3 && w.startsWith('عبد')) return ['عبد', ...splitWord(w.slice(3))];
  if (w.length > 5 && w.endsWith('الله')) return [...splitWord(w.slice(0, -4)), 'الله'];
  if (w.length > 6 && w.endsWith('الدين')) return [...splitWord(w.slice(0, -5)), 'ال', 'دين'];
  if (w.length > 3 && w.startsWith('ال') && w !== 'الله') return ['ال', w.slice(2)];
  if (w.length > 4 && w.startsWith('ابو')) return ['ابو', w.slice(3)];
  return [w];
}

// Parts are immutable and repeat across a list (al, mohammed, company), so they are shared.
const PART_CACHE = new Map<string, NamePart>();
let nextPartId = 0;
const PART_CACHE_LIMIT = 200_000;

/**
 * The part for a folded word of this kind. A generic word's part is its class,
 * in Latin letters, or in the script it was written in (`script`): a
 * generic word of another script is keyed to the transliterations of it
 * (`nameKeys`), and says which script the name is in.
 */
function makePart(word: string, kind: PartKind, script: Script = 'latin'): NamePart {
  const key = script === 'latin' ? `${kind}:${word}` : `${kind}:${word}:${script}`;
  const hit = PART_CACHE.get(key);
  if (hit) return hit;
  if (PART_CACHE.size >= PART_CACHE_LIMIT) PART_CACHE.clear();
  const part = kind === 'legal' || kind === 'generic' ? fixedPart(word, kind, script) : buildPart(word, kind);
  PART_CACHE.set(key, part);
  return part;
}

/**
 * The part a parsed name holds for this folded word and kind (the same object
 * while the part cache keeps it): lets a stored index of parts (kind, text)
 * compare its parts without parsing the names they came from again.
 */
export function namePart(text: string, kind: PartKind): NamePart {
  return makePart(text, kind);
}

function buildPart(word: string, kind: PartKind): NamePart {
  const script = scriptOf(word);
  const { forms, skeletons } = romanise(word, script);
  const group =
    PERSON_PARTS.get(word) ??
    forms.map((f) => PERSON_PARTS.get(f)).find((g) => g) ??
    (script === 'latin' ? koreanSurnameOf(word) : undefined) ??
    (kind === 'name' ? TRANSLATED_WORDS.get(word) : undefined);
  return {
    id: nextPartId++,
    text: word,
    script,
    kind,
    forms,
    skeletons,
    phonetics: forms.map(phoneticKey),
    group,
    initial: [...word].length === 1 && !SYLLABIC.has(script),
    sounds: undefined,
    weightMemo: -1,
    weight: 0,
    letters: undefined,
    rowsOf: -1,
    rowAt: 0,
    queriedOf: -1,
  };
}

function fixedPart(text: string, kind: PartKind, script: Script): NamePart {
  return {
    id: nextPartId++,
    text,
    script,
    kind,
    forms: [text],
    skeletons: [],
    phonetics: [],
    group: undefined,
    initial: false,
    sounds: undefined,
    weightMemo: -1,
    weight: 0,
    letters: undefined,
    rowsOf: -1,
    rowAt: 0,
    queriedOf: -1,
  };
}

// Names that differ only in spelling of the raw text (case, punctuation, order
// marks) compare identically; one number per comparable form lets screening score each once.
const NAME_IDS = new Map<string, number>();
let nextNameId = 0;

function nameId(parts: NamePart[], joinedForms: string[], words: number): number {
  let key = `${words}:`;
  for (const p of parts) key += `${p.id},`;
  key += `|${joinedForms.join(',')}`;
  let id = NAME_IDS.get(key);
  if (id === undefined) {
    if (NAME_IDS.size >= PART_CACHE_LIMIT) NAME_IDS.clear();
    id = nextNameId++;
    NAME_IDS.set(key, id);
  }
  return id;
}

/** "LAST, First" → "First LAST" when there is exactly one comma. */
export function reorderName(name: string): string {
  const i = name.indexOf(',');
  if (i < 0 || name.indexOf(',', i + 1) >= 0) return name;
  return `${name.slice(i + 1)} ${name.slice(0, i)}`;
}

export interface ParseOptions {
  /** FtM schema of the named thing; Person names drop honorifics, others classify legal forms. */
  schema?: string;
}

function isPersonLike(schema: string | undefined): boolean {
  return schema === undefined || schema === 'Person' || schema === 'LegalEntity' || schema === 'Thing';
}

function dropHonorifics(words: string[]): string[] {
  let start = 0;
  let again = true;
  while (again && start < words.length - 1) {
    again = false;
    for (let n = Math.min(3, words.length - start - 1); n >= 1; n--) {
      if (PERSON_PREFIXES.has(words.slice(start, start + n).join(' '))) {
        start += n;
        again = true;
        break;
      }
    }
  }
  return words.slice(start);
}

// A non-Latin word's likeliest romanisation, kept (bounded): queries repeat words as lists do.
const FIRST_READINGS = new Map<string, string>();

function firstReading(word: string, script: Script): string {
  let r = FIRST_READINGS.get(word);
  if (r === undefined) {
    if (FIRST_READINGS.size >= PART_CACHE_LIMIT) FIRST_READINGS.clear();
    r = romanise(word, script).forms[0] ?? word;
    FIRST_READINGS.set(word, r);
  }
  return r;
}

/** Words of one name considered (the longest listed names have about 25). */
export const MAX_NAME_WORDS = 24;
/** Letters of one word considered. */
export const MAX_WORD_CHARS = 48;

const NO_LEGAL_FORMS: LegalForm[] = [];

/** Parse one name into parts for matching. */
export function parseName(name: string, options: ParseOptions = {}): ParsedName {
  const parsed = parseWords(name, options, true);
  // A name of generic words and particles alone in another script (حزب الله, Party of God) is
  // written in Latin as it sounds (Hizballah): its words are read as names, not as their classes.
  return parsed.words === 0 && NON_LATIN.test(parsed.joinedRaw) ? parseWords(name, options, false) : parsed;
}

/** A letter outside the Latin blocks (scriptOf): in joinedRaw, only a generic word keeps its own script. */
const NON_LATIN = /[^\u0020-\u024f\u1e00-\u1eff]/;

/** parseName, with generic words of other scripts read as their classes or (`classify` false) as names. */
function parseWords(name: string, options: ParseOptions, classify: boolean): ParsedName {
  const { schema } = options;
  const personal = schema === 'Person' || schema === undefined;
  const reordered = isPersonLike(schema) ? reorderName(name) : name;
  // A French organisation name loses its elided articles (l’Ouest is Ouest), as its acronym does.
  const ordered = schema !== undefined && schema !== 'Person' ? reordered.replace(ELISION, '') : reordered;
  let words = foldWords(ordered);
  if (personal && reordered !== name) {
    // "Dr. PUTIN, Vladimir": titles lead the surname segment before reordering.
    const comma = name.indexOf(',');
    words = [
      ...dropHonorifics(foldWords(name.slice(comma + 1))),
      ...dropHonorifics(foldWords(name.slice(0, comma))),
    ];
  } else if (personal) words = dropHonorifics(words);
  // Bounded work on any input: a name longer than this is screened on its first words.
  if (words.length > MAX_NAME_WORDS) words = words.slice(0, MAX_NAME_WORDS);
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    if (word.length > MAX_WORD_CHARS) words[w] = word.slice(0, MAX_WORD_CHARS);
  }
  const orgLike = schema !== 'Person';
  if (orgLike) {
    // SiemensAG: a legal form run into the name after a lowercase letter; SOLIDLTD: a long one in capitals.
    const split = /[a-z][A-Z]{2,5}\b/.test(name)
      ? foldWords(
          ordered.replace(/([a-z])([A-Z]{2,5})\b/g, (all, a: string, b: string) =>
            LEGAL_FORMS.has(b.toLowerCase()) ? `${a} ${b}` : all,
          ),
        )
      : words;
    words = split.flatMap((w, i, all) => orgWords(w, i, all.length, schema !== undefined));
    if (words.length > MAX_NAME_WORDS) words = words.slice(0, MAX_NAME_WORDS);
  }
  const parts: NamePart[] = [];
  const rawWords: string[] = [];
  const legalForms: LegalForm[] = [];
  let letters = '';
  let companyFrom = -1;
  let nameWords = 0;
  for (let i = 0; i < words.length;) {
    // A legal form starts only at a word that begins one (most words begin none: no lookups).
    if (orgLike && LEGAL_FORM_STARTS.has(words[i] as string)) {
      let found = 0;
      for (let n = Math.min(LEGAL_FORM_MAX_WORDS, words.length - i); n >= 1 && !found; n--) {
        const lf = LEGAL_FORMS.get(words.slice(i, i + n).join(' '));
        if (lf && (n > 1 || words.length > 1)) {
          legalForms.push(lf);
          parts.push(makePart(lf.compare, 'legal'));
          found = n;
        }
      }
      if (found) {
        i += found;
        continue;
      }
    }
    const word = words[i++] as string;
    const script = scriptOf(word);
    const symbol = orgLike && (classify || script === 'latin') ? ORG_SYMBOLS.get(word) : undefined;
    if (orgLike && !PARTICLES.has(word) && script === 'latin') {
      // Where the words for "company" at the end begin: acronyms may leave them out (IBM Corp).
      if (symbol !== 'co') companyFrom = -1;
      else if (companyFrom < 0) companyFrom = letters.length;
      letters += word[0] ?? '';
    }
    if (symbol) {
      parts.push(makePart(symbol, 'generic', script));
      rawWords.push(word);
      continue;
    }
    // Cyrillic and Greek compounds split on their romanisation (Абдурахманов → abd al rakhmanov).
    // Han and Hangul names are written without spaces: surname and given name split (习近平 → 习 近平).
    const pieces =
      script === 'cyrillic' || script === 'greek'
        ? splitWord(firstReading(word, script))
        : script === 'han' && words.length === 1 && !/[\u3040-\u30ff]/.test(word)
          ? splitHanName(word)
          : script === 'hangul' && words.length === 1
            ? splitHangulName(word)
            : [word];
    rawWords.push(script === 'latin' ? word : firstReading(word, script));
    let named = false;
    for (const piece of pieces.length > 1 ? pieces : splitWord(word)) {
      const part = makePart(
        piece,
        PARTICLES.has(piece) || piece === 'allah' || piece === 'الله' ? 'particle' : 'name',
      );
      if (part.kind === 'name' && !part.initial) named = true;
      parts.push(part);
    }
    if (named) nameWords++;
  }
  // Generic words count in the joined form: Koryo Bank is not Koryo Credit Development Bank joined.
  const joined = parts
    .filter((p) => p.kind !== 'legal')
    .map((p) => p.forms[0] ?? '')
    .join('');
  const joinedRaw = rawWords.join('');
  const only = parts.length === 1 && parts[0]?.kind === 'name' ? parts[0].forms : [];
  const joinedForms = [...new Set([joined, joinedRaw, ...only])].filter((f) => f.length >= 5);
  return {
    id: nameId(parts, joinedForms, nameWords),
    raw: name,
    // Copies sized to their contents (an array grown by push keeps spare room): list entities' names are held.
    parts: parts.slice(),
    legalForms: legalForms.length ? legalForms.slice() : NO_LEGAL_FORMS,
    joined,
    joinedRaw,
    joinedForms: joinedForms.slice(),
    joinedCounts: joinedForms.map(letterCounts),
    initials: letters.length >= 3 ? letters : '',
    initialsBare: companyFrom >= 3 ? letters.slice(0, companyFrom) : '',
    orgLike,
    words: nameWords,
  };
}
