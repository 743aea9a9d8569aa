// Candidate romanisations of non-Latin name parts (Arabic, Persian, Hebrew,
// Cyrillic, Greek, Armenian, Georgian, Thai, Han, Kana, Hangul) and consonant
// skeletons for the vowel-less scripts.
import type { Script } from './fold.js';
import { skeleton } from './phonetic.js';
import { soundSymbols } from './sound.js';
import { COMMON_ARABIC_NAMES, COMMON_HEBREW_NAMES } from './common-names.js';
import {
  armenianForms,
  georgianForms,
  hanForms,
  hangulForms,
  isHanSurname,
  kanaForms,
  thaiForms,
} from './readings.js';

/** Arabic letters (after folding) → skeleton consonant; '' means vowel or silent. */
const ARABIC_SKELETON: Record<string, string> = {
  ا: '',
  ب: 'b',
  ت: 't',
  ث: 't',
  ج: 'j',
  ح: 'h',
  خ: 'k',
  د: 'd',
  ذ: 'd',
  ر: 'r',
  ز: 's',
  س: 's',
  ش: 's',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 's',
  ع: '',
  غ: 'g',
  ف: 'f',
  ق: 'k',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  پ: 'p',
  چ: 'ch',
  ژ: 's',
  گ: 'g',
};
/** Arabic letters → a readable romanisation (DIN/ALA-LC without diacritics). */
const ARABIC_LATIN: Record<string, string> = {
  ...ARABIC_SKELETON,
  ث: 'th',
  خ: 'kh',
  ذ: 'dh',
  ش: 'sh',
  ز: 'z',
  ظ: 'z',
  غ: 'gh',
  ق: 'q',
  چ: 'ch',
  ژ: 'zh',
};
const HEBREW_SKELETON: Record<string, string[]> = {
  א: [''],
  ב: ['b', 'v'],
  ג: ['g', 'j'],
  ד: ['d'],
  ה: ['h'],
  ז: ['s', 'j'],
  ח: ['h', 'k'],
  ט: ['t'],
  כ: ['k'],
  ל: ['l'],
  מ: ['m'],
  נ: ['n'],
  ס: ['s'],
  ע: [''],
  פ: ['p', 'f'],
  צ: ['ts', 'c'],
  ק: ['k'],
  ר: ['r'],
  ש: ['s'],
  ת: ['t'],
};
const HEBREW_LATIN: Record<string, string> = {
  א: '',
  ב: 'b',
  ג: 'g',
  ד: 'd',
  ה: 'h',
  ז: 'z',
  ח: 'ch',
  ט: 't',
  כ: 'k',
  ל: 'l',
  מ: 'm',
  נ: 'n',
  ס: 's',
  ע: '',
  פ: 'p',
  צ: 'tz',
  ק: 'k',
  ר: 'r',
  ש: 'sh',
  ת: 't',
};

// Cyrillic: BGN/PCGN, scholarly/ISO 9 (diacritics folded) and ICAO passport (Doc 9303).
const CYR_KEYS = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў';
const CYR_STANDARDS: Record<string, string[]> = {
  bgn: 'a b v g d e ye zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya i yi ye g w'.split(' '),
  iso: 'a b v g d e e z z i j k l m n o p r s t u f h c c s s _ y _ e u a i i e g u'.split(' '),
  icao: 'a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y _ e iu ia i i ie g u'.split(' '),
};
const GREEK_KEYS = 'αβγδεζηθικλμνξοπρστυφχψω';
const GREEK_STANDARDS: Record<string, string[]> = {
  elot: 'a v g d e z i th i k l m n x o p r s t y f ch ps o'.split(' '),
  simple: 'a b g d e z e th i k l m n ks o p r s t i ph kh ps o'.split(' '),
};
const GREEK_DIGRAPHS: [RegExp, string][] = [
  [/ου/g, 'ou'],
  [/αι/g, 'ai'],
  [/ει/g, 'i'],
  [/οι/g, 'i'],
  [/μπ/g, 'b'],
  [/ντ/g, 'd'],
  [/γκ/g, 'g'],
  [/γγ/g, 'ng'],
  [/αυ/g, 'av'],
  [/ευ/g, 'ev'],
];

function mapChars(word: string, keys: string, values: string[]): string {
  let out = '';
  for (const ch of word) {
    const i = keys.indexOf(ch);
    out += i < 0 ? ch : (values[i] ?? '').replace('_', '');
  }
  return out;
}

function cyrillicForms(word: string): string[] {
  return Object.values(CYR_STANDARDS).map((v) => {
    // BGN writes е as "ye" only at the start and after vowels.
    const w = v === CYR_STANDARDS.bgn ? word.replace(/(^|[аеёиоуыэюяь])е/g, '$1ѥ') : word;
    return mapChars(w, CYR_KEYS + 'ѥ', [...v, 'ye']);
  });
}

/** How Greek writes foreign sounds: τζ j, τσ ch, ου u, double vowels and consonants single (Τζαμπμπάρ → jabar). */
const GREEK_FOREIGN: [RegExp, string][] = [
  [/τζ/g, 'j'],
  [/τσ/g, 'ch'],
  [/ου/g, 'u'],
  [/μπ/g, 'b'],
  [/ντ/g, 'd'],
  [/γκ/g, 'g'],
  [/χ/g, 'kh'],
];

function greekForms(word: string): string[] {
  const forms = Object.values(GREEK_STANDARDS).map((v) => {
    let w = word;
    for (const [re, to] of GREEK_DIGRAPHS) w = w.replace(re, to);
    return mapChars(w, GREEK_KEYS, v);
  });
  let w = word;
  for (const [re, to] of GREEK_FOREIGN) w = w.replace(re, to);
  const foreign = mapChars(w, GREEK_KEYS, GREEK_STANDARDS.elot as string[]).replace(/([a-z])\1/g, '$1');
  return [...forms, foreign, foreign.replace(/kh/g, 'h')];
}

/** Vowel-less script → a vowelled guess: long vowels from matres lectionis, 'a' between consonants. */
function vowelled(word: string, map: Record<string, string>, waw: string, yeh: string): string {
  const letters = [...word];
  let out = '';
  let prevConsonant = false;
  letters.forEach((ch, i) => {
    const initial = i === 0;
    let r: string;
    let consonant = true;
    if (ch === waw) [r, consonant] = initial ? ['w', true] : ['u', false];
    else if (ch === yeh) [r, consonant] = initial ? ['y', true] : ['i', false];
    else if (ch === 'ا' || ch === 'א') [r, consonant] = ['a', false];
    else if (ch === 'ع') [r, consonant] = ['', false];
    else r = map[ch] ?? ch;
    if (consonant && prevConsonant && r) out += 'a';
    out += r;
    if (r) prevConsonant = consonant;
  });
  return out;
}

/** Consonant skeletons of a vowel-less word: every choice of ambiguous letters, capped. */
function vowelLessSkeletons(
  word: string,
  table: Record<string, string[]>,
  waw: string,
  yeh: string,
): string[] {
  let acc = [''];
  [...word].forEach((ch, i) => {
    let opts: string[];
    if (ch === waw) opts = i === 0 ? ['w', 'v'] : ['', 'v'];
    else if (ch === yeh) opts = i === 0 ? ['y'] : [''];
    else opts = table[ch] ?? [ch];
    // A final h (taa marbuta, he) is silent.
    if (i === word.length - 1 && ch === (waw === 'ו' ? 'ה' : 'ه')) opts = [''];
    const next: string[] = [];
    for (const a of acc) for (const o of opts) if (next.length < 32) next.push(a + o);
    acc = next;
  });
  return [...new Set(acc.map((s) => skeleton(s)))];
}

/** Letters read differently across the Arabic-script world: ض/ظ/ذ as z in Persian and Urdu, ق as g in the Maghreb and Gulf, ش as French "ch". */
const ARABIC_TABLE: Record<string, string[]> = {
  ...Object.fromEntries(Object.entries(ARABIC_SKELETON).map(([k, v]) => [k, [v]])),
  ث: ['t', 's'],
  ذ: ['d', 's'],
  ض: ['d', 's'],
  ظ: ['s', 'd'],
  ق: ['k', 'g'],
  ش: ['s', 'c'],
  ج: ['j', 'g'],
};

export interface Romanised {
  /** Latin spellings a reader might use, most likely first. */
  forms: string[];
  /** Consonant skeletons, comparable with skeleton() of Latin words. */
  skeletons: string[];
}

/**
 * Other romanisations of a short Latin syllable run from Chinese or Korean:
 * pinyin x and Wade–Giles hs for the sound English writes sh (Xi, Hsi, Shi),
 * pinyin q for ch (Qian, Chian); Korean Revised Romanization eo and eu where
 * McCune–Reischauer writes o and u (Jeong, Jong; Eun, Un).
 */
function latinVariants(word: string): string[] {
  if (word.length > 5) return [];
  const out: string[] = [];
  if (/^(x|hs|sh)[iu]/.test(word)) {
    const rest = word.replace(/^(x|hs|sh)/, '');
    for (const h of ['x', 'hs', 'sh']) out.push(h + rest);
  }
  if (/^q[iu]/.test(word)) out.push(`ch${word.slice(1)}`);
  if (/eo|eu/.test(word)) out.push(word.replace(/eo/g, 'o').replace(/eu/g, 'u'));
  return out.filter((f) => f !== word);
}

/** Romanise one folded word of a known script. Latin words come back as themselves. */
export function romanise(word: string, script: Script): Romanised {
  let forms: string[];
  let skels: string[] | undefined;
  switch (script) {
    case 'arabic':
      forms = [...(COMMON_ARABIC_NAMES[word] ?? []), vowelled(word, ARABIC_LATIN, 'و', 'ي')];
      skels = vowelLessSkeletons(word, ARABIC_TABLE, 'و', 'ي');
      break;
    case 'hebrew':
      forms = [...(COMMON_HEBREW_NAMES[word] ?? []), vowelled(word, HEBREW_LATIN, 'ו', 'י')];
      skels = vowelLessSkeletons(word, HEBREW_SKELETON, 'ו', 'י');
      break;
    case 'cyrillic':
      forms = cyrillicForms(word);
      break;
    case 'greek':
      forms = greekForms(word);
      break;
    case 'hangul':
      forms = hangulForms(word);
      break;
    case 'han':
      forms = /[\u3040-\u30ff]/.test(word) ? kanaForms(word) : hanForms(word, isHanSurname(word));
      break;
    case 'kana':
      forms = kanaForms(word);
      break;
    case 'thai':
      forms = thaiForms(word);
      break;
    case 'armenian':
      forms = armenianForms(word);
      break;
    case 'georgian':
      forms = georgianForms(word);
      break;
    case 'latin':
      forms = [word, ...latinVariants(word)];
      break;
    default:
      forms = [word];
  }
  forms = [...new Set(forms.filter((f) => f))];
  const all = new Set(skels ?? []);
  for (const f of forms) all.add(skeleton(f));
  return { forms, skeletons: [...all] };
}

/** Arabic-script letters as sounds for `soundForms`: consonants only; vowels come from the long-vowel letters. */
const ARABIC_SOUND: Record<string, string> = {
  ...ARABIC_LATIN,
  ج: 'j',
  ح: 'h',
  ع: '',
  ط: 't',
  ص: 's',
  // ض and ظ as dh, the sound between the d of Arabic readings and the z of Persian and Urdu ones (Dhahir, Dahir, Zahir; Zia).
  ض: 'dh',
  ظ: 'dh',
};
const HEBREW_SOUND: Record<string, string> = { ...HEBREW_LATIN, ח: 'kh', צ: 'ts' };

/**
 * A vowel-less word as it is written: consonants, and the long-vowel letters
 * (alef a, waw u, yeh i; at the start of a word waw is w and yeh y) as the
 * only vowels, so that the sound distance treats the missing short vowels as
 * omissions rather than wrong letters. Arabic تش is how ch is written, Hebrew
 * וו how v is.
 */
function writtenSounds(word: string, map: Record<string, string>, waw: string, yeh: string): string {
  const letters = [...word.replace(/تش/g, '\u0001').replace(/וו/g, '\u0002')];
  let out = '';
  letters.forEach((ch, i) => {
    const last = i === letters.length - 1;
    if (ch === '\u0001') out += 'ch';
    else if (ch === '\u0002') out += 'v';
    else if (ch === waw) out += i === 0 ? 'w' : 'u';
    else if (ch === yeh) out += i === 0 ? 'y' : 'i';
    else if (ch === 'ا' || ch === 'א') out += 'a';
    else if (last && (ch === 'ه' || ch === 'ה')) out += '';
    else out += map[ch] ?? (/[a-z]/.test(ch) ? ch : '');
  });
  return out;
}

/** Spellings of a word for the sound distance (`sound.ts`), at most eight, as sound symbols. */
export function soundForms(word: string, script: Script, forms: string[]): string[] {
  let spellings: string[];
  if (script === 'arabic') {
    const written = writtenSounds(word, ARABIC_SOUND, 'و', 'ي');
    spellings = [written, ...(COMMON_ARABIC_NAMES[word] ?? []).slice(0, 3)];
    // A final ه may be a taa marbuta (folded onto it), read t before the word it belongs to:
    // نصرة الإسلام is Nusrat al-Islam, جبهة النصرة Jabhat al-Nusra.
    if (word.length >= 3 && word.endsWith('ه')) spellings.push(`${written}t`);
  } else if (script === 'hebrew')
    spellings = [
      writtenSounds(word, HEBREW_SOUND, 'ו', 'י'),
      ...(COMMON_HEBREW_NAMES[word] ?? []).slice(0, 3),
    ];
  else spellings = forms.slice(0, 8);
  return [...new Set(spellings.map(soundSymbols))];
}
