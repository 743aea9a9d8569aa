// Readings of the East Asian, Thai, Armenian and Georgian scripts as Latin
// spellings. Tables are decoded on first use, so loading the matcher costs
// nothing until such a name is seen.
import { HAN_FIRST, HAN_READINGS, HAN_SURNAME_READINGS, HAN_SYLLABLES, HANJA_HANGUL } from './data/han.js';
import {
  CANTONESE_SURNAMES,
  HAN_COMPOUND_SURNAMES,
  JAPANESE_GIVEN_NAMES,
  JAPANESE_SURNAMES,
  KOREAN_SURNAMES,
} from './data/name-readings.js';

/** Most spellings kept per word. */
const MAX_FORMS = 12;

function table(raw: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const line of raw.split('\n')) {
    const [key, ...forms] = line.trim().split('|');
    if (key && forms.length) m.set(key, [...new Set([...(m.get(key) ?? []), ...forms])]);
  }
  return m;
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

// ---------------------------------------------------------------- Han

const hanTables = once(() => {
  const syllables = HAN_SYLLABLES.split(' ');
  const entries = HAN_READINGS.split(' ');
  const surname = new Map<string, string>();
  for (const pair of HAN_SURNAME_READINGS.split(' ')) {
    const [ch = '', ...rest] = [...pair];
    surname.set(ch, rest.join(''));
  }
  return {
    syllables,
    entries,
    surname,
    cantonese: table(CANTONESE_SURNAMES),
    compound: new Set(HAN_COMPOUND_SURNAMES.split(' ')),
    jpSurnames: table(JAPANESE_SURNAMES),
    jpGiven: table(JAPANESE_GIVEN_NAMES),
  };
});

/** Pinyin readings of one Han character, commonest first ([] when unknown). */
export function hanReadings(ch: string): string[] {
  const t = hanTables();
  const e = t.entries[(ch.codePointAt(0) ?? 0) - HAN_FIRST];
  if (!e) return [];
  const out: string[] = [];
  for (let i = 0; i < e.length; i++) out.push(t.syllables[e.charCodeAt(i) - 0x100] ?? '');
  return out;
}

const WG_INITIALS: [RegExp, string][] = [
  [/^zh/, 'ch'],
  [/^ch/, 'ch'],
  [/^sh/, 'sh'],
  [/^b/, 'p'],
  [/^d/, 't'],
  [/^g/, 'k'],
  [/^j/, 'ch'],
  [/^q/, 'ch'],
  [/^x/, 'hs'],
  [/^z/, 'ts'],
  [/^c/, 'ts'],
  [/^r/, 'j'],
];

/**
 * Wade–Giles spelling of a toneless pinyin syllable, without apostrophes or
 * umlauts (as lists print it): jin → chin, xi → hsi, zhou → chou, guo → kuo.
 */
export function wadeGiles(s: string): string {
  if (s === 'er') return 'erh';
  if (/^(zi|ci)$/.test(s)) return 'tzu';
  if (s === 'si') return 'ssu';
  let rest = s;
  let initial = '';
  const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxzcrsyw])?(.*)$/.exec(s);
  if (m) [initial, rest] = [m[1] ?? '', m[2] ?? ''];
  const rule = WG_INITIALS.find(([re]) => re.test(initial));
  const wgInitial = rule ? initial.replace(rule[0], rule[1]) : initial;
  if (rest === 'i' && /^(zh|ch|sh|r)$/.test(initial)) rest = 'ih';
  rest = rest.replace(/ong$/, 'ung').replace(/ian$/, 'ien').replace(/ie$/, 'ieh').replace(/ue$/, 'ueh');
  if (rest === 'e' && /^[gkh]$/.test(initial)) rest = 'o';
  if (rest === 'uo' && !/^(g|k|h|sh)$/.test(initial)) rest = 'o';
  if (initial === 'y' && rest === 'e') rest = 'eh';
  if (initial === 'y' && rest === 'an') rest = 'en';
  if (initial === 'y' && rest === 'ou') return 'yu';
  if (initial === 'y' && rest === 'i') return 'i';
  return wgInitial + rest;
}

/** The sound spelt as English readers guess it: xi → shi, qi → chi, zhang → jang, cao → tsao. */
export function loosePinyin(s: string): string {
  return s
    .replace(/^x/, 'sh')
    .replace(/^q/, 'ch')
    .replace(/^zh/, 'j')
    .replace(/^c(?!h)/, 'ts');
}

/** Spellings of a Han string: pinyin, Wade–Giles and loose, syllables joined. */
function hanJoined(chars: string[]): string[] {
  const first = chars.map((c) => hanReadings(c)[0] ?? '');
  if (first.some((r) => !r)) return [];
  return [first.join(''), first.map(wadeGiles).join(''), first.map(loosePinyin).join('')];
}

/** Spellings of a Han surname (one or two characters): every reading, the surname reading, Wade–Giles, Cantonese. */
function hanSurnameForms(word: string): string[] {
  const t = hanTables();
  const chars = [...word];
  if (chars.length !== 1) return hanJoined(chars);
  const readings = [t.surname.get(word), ...hanReadings(word)].filter((r): r is string => !!r);
  const forms: string[] = [];
  for (const r of readings.slice(0, 3)) forms.push(r, wadeGiles(r), loosePinyin(r));
  forms.push(...(t.cantonese.get(word) ?? []));
  return forms;
}

/** Long-vowel variants of a Hepburn reading: Satou → satou, sato, satoh; Oono → oono, ono, ohno. */
export function hepburnVariants(r: string): string[] {
  const short = r.replace(/ou/g, 'o').replace(/oo/g, 'o').replace(/uu/g, 'u').replace(/aa/g, 'a');
  const h = r.replace(/ou|oo/g, 'oh');
  return [r, short, h, r.replace(/ii/g, 'i')];
}

function japaneseForms(word: string): string[] {
  const t = hanTables();
  const hits = [...(t.jpSurnames.get(word) ?? []), ...(t.jpGiven.get(word) ?? [])];
  return hits.flatMap(hepburnVariants);
}

/**
 * Split a Han word into surname and given name: a known Japanese surname
 * (山田|太郎), a Chinese compound surname (欧阳|修), or the first character
 * (习|近平). One character, or more than four, stays whole.
 */
export function splitHanName(word: string): string[] {
  const chars = [...word];
  if (chars.length < 2 || chars.length > 4) return [word];
  const t = hanTables();
  if (t.jpSurnames.has(word) || t.jpGiven.has(word)) return [word];
  for (let n = Math.min(3, chars.length - 1); n >= 1; n--) {
    const head = chars.slice(0, n).join('');
    const tail = chars.slice(n).join('');
    if (t.jpSurnames.has(head) && (n >= 2 || t.jpGiven.has(tail))) return [head, tail];
  }
  const two = chars.slice(0, 2).join('');
  if (chars.length >= 3 && t.compound.has(two)) return [two, chars.slice(2).join('')];
  return [chars[0] as string, chars.slice(1).join('')];
}

/** Is this Han word read as a surname (one character, or a compound surname)? */
export function isHanSurname(word: string): boolean {
  const n = [...word].length;
  return n === 1 || (n === 2 && hanTables().compound.has(word));
}

/** Sino-Korean surname readings that differ from the character's usual reading (金 금 → 김 Kim). */
const HANJA_SURNAME: Record<string, string> = { 金: '김' };

/** The Korean (Hangul) reading of a Han word, '' when a character has none. */
export function hanjaHangul(word: string, asSurname: boolean): string {
  let out = '';
  for (const ch of word) {
    const k = asSurname ? HANJA_SURNAME[ch] : undefined;
    const r = k ?? HANJA_HANGUL[(ch.codePointAt(0) ?? 0) - HAN_FIRST];
    if (!r || r === '_') return '';
    out += r;
  }
  return out;
}

/** Latin spellings of a Han word (a surname, a given name or a whole name): Japanese, Chinese, then Korean readings. */
export function hanForms(word: string, asSurname: boolean): string[] {
  const jp = japaneseForms(word);
  const zh = asSurname ? hanSurnameForms(word) : hanJoined([...word]);
  const hangul = hanjaHangul(word, asSurname);
  const ko = hangul ? hangulForms(hangul).slice(0, 4) : [];
  return dedupe([...jp, ...zh.slice(0, 6), ...ko]);
}

// ---------------------------------------------------------------- Kana

const KANA_ROWS: Record<string, string> = {
  あ: 'a',
  い: 'i',
  う: 'u',
  え: 'e',
  お: 'o',
  か: 'ka',
  き: 'ki',
  く: 'ku',
  け: 'ke',
  こ: 'ko',
  が: 'ga',
  ぎ: 'gi',
  ぐ: 'gu',
  げ: 'ge',
  ご: 'go',
  さ: 'sa',
  し: 'shi',
  す: 'su',
  せ: 'se',
  そ: 'so',
  ざ: 'za',
  じ: 'ji',
  ず: 'zu',
  ぜ: 'ze',
  ぞ: 'zo',
  た: 'ta',
  ち: 'chi',
  つ: 'tsu',
  て: 'te',
  と: 'to',
  だ: 'da',
  ぢ: 'ji',
  づ: 'zu',
  で: 'de',
  ど: 'do',
  な: 'na',
  に: 'ni',
  ぬ: 'nu',
  ね: 'ne',
  の: 'no',
  は: 'ha',
  ひ: 'hi',
  ふ: 'fu',
  へ: 'he',
  ほ: 'ho',
  ば: 'ba',
  び: 'bi',
  ぶ: 'bu',
  べ: 'be',
  ぼ: 'bo',
  ぱ: 'pa',
  ぴ: 'pi',
  ぷ: 'pu',
  ぺ: 'pe',
  ぽ: 'po',
  ま: 'ma',
  み: 'mi',
  む: 'mu',
  め: 'me',
  も: 'mo',
  や: 'ya',
  ゆ: 'yu',
  よ: 'yo',
  ら: 'ra',
  り: 'ri',
  る: 'ru',
  れ: 're',
  ろ: 'ro',
  わ: 'wa',
  ゐ: 'i',
  ゑ: 'e',
  を: 'o',
  ん: 'n',
  ゔ: 'vu',
};
const SMALL_Y: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };
const SMALL_VOWEL: Record<string, string> = { ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o' };

/** Hiragana for katakana (same syllable, code point 0x60 lower); other characters unchanged. */
function toHiragana(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c >= 0x30a1 && c <= 0x30f6 ? String.fromCharCode(c - 0x60) : ch;
  }
  return out;
}

/** Hepburn romanisation of kana (hiragana or katakana): long vowels written out (ー repeats the vowel). */
export function hepburn(kana: string): string {
  const s = toHiragana(kana);
  let out = '';
  let double = false;
  for (const ch of s) {
    if (ch === 'っ') {
      double = true;
      continue;
    }
    if (ch === 'ー') {
      const v = /[aeiou]$/.exec(out)?.[0];
      if (v) out += v;
      continue;
    }
    const y = SMALL_Y[ch];
    if (y !== undefined) {
      // きゃ kya, しゃ sha, ちゃ cha, じゃ ja.
      out = /(sh|ch|j)i$/.test(out) ? out.slice(0, -1) + y : out.replace(/i$/, 'y') + y;
      continue;
    }
    const v = SMALL_VOWEL[ch];
    if (v !== undefined) {
      // ファ fa, ティ ti, ウィ wi, シェ she, ヴァ va.
      out = out === 'u' || out.endsWith(' u') ? out.slice(0, -1) + 'w' + v : out.replace(/[aeiou]$/, '') + v;
      continue;
    }
    let r = KANA_ROWS[ch] ?? ch;
    if (double && r) {
      r = (r.startsWith('ch') ? 't' : (r[0] ?? '')) + r;
      double = false;
    }
    out += r;
  }
  return out;
}

/** Spellings of a word holding kana (and perhaps kanji): Hepburn with long-vowel variants, r also as l; Nihon-shiki ti, tu, di, du too. */
export function kanaForms(word: string): string[] {
  const forms = kanaReadings(word);
  // Older transcriptions of foreign names write ti, tu, di, du with チ ツ ヂ ヅ, read so
  // in Nihon-shiki (ISO 3602 strict): ハチブ Khatib, アツル Atul, ヂン Din.
  const nihon = word.replace(/[チツヂヅ](?![ャュョァィゥェォ])/g, (c) => NIHON_SHIKI[c] ?? c);
  return nihon === word ? forms : dedupe([...forms, ...kanaReadings(nihon).slice(0, 4)]);
}

/** Katakana ti, tu, di, du as today's transcriptions write them, for チ ツ ヂ ヅ read in Nihon-shiki. */
const NIHON_SHIKI: Record<string, string> = { チ: 'ティ', ツ: 'トゥ', ヂ: 'ディ', ヅ: 'ドゥ' };

/** kanaForms' Hepburn readings of one word. */
function kanaReadings(word: string): string[] {
  let r = '';
  let run = '';
  let kanji = false;
  const flush = () => {
    if (run) r += kanji ? (japaneseForms(run)[0] ?? hanJoined([...run])[0] ?? '') : hepburn(run);
    run = '';
  };
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    const k = c >= 0x4e00 && c <= 0x9fff;
    if (run && k !== kanji) flush();
    kanji = k;
    run += ch;
  }
  flush();
  // Foreign names in katakana add vowels to lone consonants (アフマド a-fu-ma-do for Ahmad): read them without.
  const bare = r
    .replace(/fu(?=[^aeiou]|$)/g, 'h')
    .replace(/([kgszbpmrnhj]|sh|ch|ts)u(?=[^aeiou]|$)/g, '$1')
    .replace(/([td])o(?=[^aeiou]|$)/g, '$1')
    .replace(/(sh|ch|j)i(?=[^aeiou]|$)/g, '$1');
  return dedupe([
    ...hepburnVariants(r),
    ...hepburnVariants(r.replace(/r/g, 'l')),
    bare,
    bare.replace(/r/g, 'l'),
  ]);
}

// ---------------------------------------------------------------- Hangul

const HANGUL_INITIAL = {
  rr: 'g kk n d tt r m b pp s ss _ j jj ch k t p h'.split(' '),
  mr: 'k kk n t tt r m p pp s ss _ ch tch ch k t p h'.split(' '),
  dprk: 'k kk n t tt r m p pp s ss _ j jj ch k t p h'.split(' '),
};
const HANGUL_MEDIAL = {
  rr: 'a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i'.split(' '),
  mr: 'a ae ya yae o e yo ye o wa wae oe yo u wo we wi yu u ui i'.split(' '),
  // South Korean customary spellings: 정 Jung, 현 Hyun, 성 Sung.
  custom: 'a ae ya yae u e yu ye o wa wae oe yo u wo we wi yu eu ui i'.split(' '),
};
const HANGUL_FINAL = '_ k k k n n n t l k m l l l p l m p p t t ng t t k t p t'.split(' ');

const koreanTables = once(() => table(KOREAN_SURNAMES));

/**
 * A Hangul surname as South Korea writes it: the initial sound rule (두음법칙)
 * turns an initial ㄹ into ㄴ, and an initial ㄴ before i or y into silent ㅇ,
 * so the North's 리, 량, 로, 류 are the South's 이, 양, 노, 유.
 */
function southernSurname(key: string): string {
  const code = (key.codePointAt(0) ?? 0) - 0xac00;
  if (code < 0 || code >= 11172) return key;
  const initial = Math.floor(code / 588);
  const medial = Math.floor((code % 588) / 28);
  // ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ: the vowels before which ㄴ falls silent.
  const iy = [2, 3, 6, 7, 12, 17, 20].includes(medial);
  let to = initial;
  if (initial === 5) to = iy ? 11 : 2;
  else if (initial === 2 && iy) to = 11;
  return String.fromCodePoint(0xac00 + to * 588 + (code % 588)) + key.slice(1);
}

/**
 * Latin spelling of a Korean surname → the surname (its southern Hangul form),
 * from the customary spellings table: Lee, Yi, Rhee, Ri and Li are one name.
 * A spelling listed for two different surnames (So for 서 and 소) has none.
 */
const koreanSurnameSpellings = once(() => {
  const out = new Map<string, string | null>();
  for (const [key, forms] of koreanTables()) {
    const surname = southernSurname(key);
    for (const f of forms) {
      if (f.length < 2) continue;
      const had = out.get(f);
      out.set(f, had === undefined || had === surname ? surname : null);
    }
  }
  return out;
});

/** Prefix of the equivalence classes that are romanisations of one name (part-compare grades them below one spelling). */
export const ROMANISED_CLASS = 'romanised:';

/** The Korean surname a Latin spelling customarily writes (a ROMANISED_CLASS), if it writes exactly one. */
export function koreanSurnameOf(spelling: string): string | undefined {
  const surname = koreanSurnameSpellings().get(spelling);
  return surname ? `${ROMANISED_CLASS}${surname}` : undefined;
}

function hangulSyllable(code: number, initial: string[], medial: string[]): string {
  const i = initial[Math.floor(code / 588)] ?? '';
  const m = medial[Math.floor((code % 588) / 28)] ?? '';
  const f = HANGUL_FINAL[code % 28] ?? '';
  // ㅅ reads sh before i (시 shi), as lists spell it.
  const init = i === 's' && m.startsWith('i') ? 'sh' : i;
  return (init + m + f).replace(/_/g, '');
}

/** Spellings of a Hangul word under Revised Romanization, McCune–Reischauer, North Korean and customary use. */
export function hangulForms(word: string): string[] {
  const codes: number[] = [];
  for (const ch of word) {
    const code = ch.charCodeAt(0) - 0xac00;
    if (code < 0 || code >= 11172) return [];
    codes.push(code);
  }
  const schemes: [string[], string[]][] = [
    [HANGUL_INITIAL.rr, HANGUL_MEDIAL.rr],
    [HANGUL_INITIAL.mr, HANGUL_MEDIAL.mr],
    [HANGUL_INITIAL.dprk, HANGUL_MEDIAL.mr],
    [HANGUL_INITIAL.rr, HANGUL_MEDIAL.custom],
  ];
  const forms = schemes.map(([i, m]) => codes.map((c) => hangulSyllable(c, i, m)).join(''));
  const surname = koreanTables().get(word);
  return dedupe([...(surname ?? []), ...forms]);
}

/** Split a Hangul name into surname and given name: 김|정은, 남궁|민수; one syllable, or more than four, stays whole. */
export function splitHangulName(word: string): string[] {
  const chars = [...word];
  if (chars.length < 2 || chars.length > 4) return [word];
  const two = chars.slice(0, 2).join('');
  if (chars.length >= 3 && koreanTables().has(two)) return [two, chars.slice(2).join('')];
  return [chars[0] as string, chars.slice(1).join('')];
}

// ---------------------------------------------------------------- Thai (RTGS)

// Consonant: initial and final value (RTGS, 1999); '' as a final means it cannot close a syllable.
const THAI_CONSONANTS: Record<string, [string, string]> = {
  ก: ['k', 'k'],
  ข: ['kh', 'k'],
  ฃ: ['kh', 'k'],
  ค: ['kh', 'k'],
  ฅ: ['kh', 'k'],
  ฆ: ['kh', 'k'],
  ง: ['ng', 'ng'],
  จ: ['ch', 't'],
  ฉ: ['ch', 't'],
  ช: ['ch', 't'],
  ซ: ['s', 't'],
  ฌ: ['ch', 't'],
  ญ: ['y', 'n'],
  ฎ: ['d', 't'],
  ฏ: ['t', 't'],
  ฐ: ['th', 't'],
  ฑ: ['th', 't'],
  ฒ: ['th', 't'],
  ณ: ['n', 'n'],
  ด: ['d', 't'],
  ต: ['t', 't'],
  ถ: ['th', 't'],
  ท: ['th', 't'],
  ธ: ['th', 't'],
  น: ['n', 'n'],
  บ: ['b', 'p'],
  ป: ['p', 'p'],
  ผ: ['ph', 'p'],
  ฝ: ['f', 'p'],
  พ: ['ph', 'p'],
  ฟ: ['f', 'p'],
  ภ: ['ph', 'p'],
  ม: ['m', 'm'],
  ย: ['y', 'i'],
  ร: ['r', 'n'],
  ล: ['l', 'n'],
  ว: ['w', 'o'],
  ศ: ['s', 't'],
  ษ: ['s', 't'],
  ส: ['s', 't'],
  ห: ['h', ''],
  ฬ: ['l', 'n'],
  อ: ['', ''],
  ฮ: ['h', ''],
};
const THAI_PRE = new Set(['เ', 'แ', 'โ', 'ใ', 'ไ']);
const THAI_FOLLOWING = new Set(['ะ', 'ั', 'า', 'ิ', 'ี', 'ึ', 'ื', 'ุ', 'ู', 'ำ', '็']);
const THAI_VOWELS: Record<string, string> = {
  '\u0e30': 'a', // ะ
  '\u0e31': 'a', // ั
  '\u0e32': 'a', // า
  '\u0e34': 'i', // ิ
  '\u0e35': 'i', // ี
  '\u0e36': 'ue', // ึ
  '\u0e37': 'ue', // ื
  '\u0e38': 'u', // ุ
  '\u0e39': 'u', // ู
  '\u0e33': 'am', // ำ
  '\u0e47': '', // ็
};
const THAI_TONES = /[\u0e48-\u0e4b\u0e4d\u0e4e]/g;

/**
 * RTGS romanisation of a Thai word, syllable by syllable: leading vowels,
 * clusters, the inherent o of closed syllables (สม som) and a of open ones,
 * final consonant values; tone marks are not written; ์ silences its letter.
 */
export function rtgs(word: string, finalsAsInitials = false): string {
  const cs = [...word.replace(/\u0e4d\u0e32/g, '\u0e33').replace(THAI_TONES, '')];
  // A letter under ์ (and a cluster's second letter before it) is silent.
  for (let i = 0; i < cs.length; i++) {
    if (cs[i] === '์') {
      cs[i] = '';
      if (i > 0) cs[i - 1] = '';
    }
  }
  const s = cs.filter((c) => c);
  const isC = (c: string | undefined) => c !== undefined && THAI_CONSONANTS[c] !== undefined;
  let out = '';
  let i = 0;
  while (i < s.length) {
    let pre = '';
    if (THAI_PRE.has(s[i] as string)) pre = s[i++] as string;
    const c1 = s[i];
    if (!isC(c1)) {
      out += c1 === 'ฤ' ? 'rue' : '';
      i++;
      continue;
    }
    i++;
    let initial = (THAI_CONSONANTS[c1 as string] as [string, string])[0];
    // Silent ห before a sonorant (หม, หน, หล, หว), อ before ย; clusters with ร ล ว.
    const c2 = s[i];
    if ((c1 === 'ห' && /[มนลวยรงญ]/.test(c2 ?? '')) || (c1 === 'อ' && c2 === 'ย')) {
      initial = (THAI_CONSONANTS[c2 as string] as [string, string])[0];
      i++;
    } else if (
      /[รลว]/.test(c2 ?? '') &&
      /[กขคตปพผ]/.test(c1 as string) &&
      THAI_FOLLOWING.has(s[i + 1] ?? '')
    ) {
      initial += (THAI_CONSONANTS[c2 as string] as [string, string])[0];
      i++;
    }
    let vowel = '';
    while (THAI_FOLLOWING.has(s[i] ?? '')) {
      const v = s[i++] as string;
      vowel += THAI_VOWELS[v] ?? '';
    }
    // Vowels written with อ, ว, ย after the consonant: -อ o, ัว ua, เ-ีย ia, เ-ือ uea, เ-อ oe, เ-า ao.
    if (pre === 'เ') {
      if (vowel === 'a' && s[i - 1] === 'า') vowel = 'ao';
      else if (vowel === 'i' && s[i] === 'ย') [vowel, i] = ['ia', i + 1];
      else if (vowel === 'ue' && s[i] === 'อ') [vowel, i] = ['uea', i + 1];
      else if (vowel === '' && s[i] === 'อ') [vowel, i] = ['oe', i + 1];
      else if (vowel === 'i') vowel = 'oe';
      else vowel = 'e' + (vowel === 'a' ? '' : vowel);
    } else if (pre === 'แ') vowel = 'ae';
    else if (pre === 'โ') vowel = 'o';
    else if (pre === 'ใ' || pre === 'ไ') vowel = 'ai';
    else if (vowel === 'a' && s[i - 1] === 'ั' && s[i] === 'ว') [vowel, i] = ['ua', i + 1];
    else if (vowel === '' && s[i] === 'อ' && !THAI_FOLLOWING.has(s[i + 1] ?? '')) [vowel, i] = ['o', i + 1];
    // A final consonant: a consonant not starting the next syllable.
    let final = '';
    const next = s[i];
    if (isC(next) && !THAI_FOLLOWING.has(s[i + 1] ?? '') && !THAI_PRE.has(next as string)) {
      const [asInitial, asFinal] = THAI_CONSONANTS[next as string] as [string, string];
      const value = finalsAsInitials && asInitial ? asInitial : asFinal;
      if (value && !(pre && vowel === 'ai')) {
        final = value;
        i++;
        // A second final letter at the end is silent (จันทร์ chan, -ตร wat).
        if (i === s.length - 1 && isC(s[i]) && !THAI_FOLLOWING.has(s[i + 1] ?? '')) i++;
      }
    }
    if (!vowel) vowel = final ? 'o' : 'a';
    if (final === 'i' && vowel === 'a') [vowel, final] = ['ai', ''];
    if (final === 'o' && vowel === 'a') [vowel, final] = ['ao', ''];
    out += initial + vowel + final;
  }
  return out;
}

/** RTGS, with the customary variants: ช as s or sh (Shinawatra), ph and th as p and t, a silent final ตร read (-watra). */
export function thaiForms(word: string): string[] {
  const r = rtgs(word);
  if (!r) return [];
  // Foreign names written in Thai keep their final letters' own sounds (คาร์โลส Carlos, not khanlot).
  const foreign = rtgs(word, true);
  const forms = [
    r,
    r.replace(/ch/g, 'sh'),
    r.replace(/ch/g, 's'),
    r.replace(/ph/g, 'p').replace(/th/g, 't'),
    foreign,
  ];
  if (/ตร์?$/.test(word)) forms.push(...forms.slice(0, 2).map((f) => `${f}ra`));
  return dedupe(forms);
}

// ---------------------------------------------------------------- Armenian, Georgian

const ARMENIAN: Record<string, string> = {
  ա: 'a',
  բ: 'b',
  գ: 'g',
  դ: 'd',
  ե: 'e',
  զ: 'z',
  է: 'e',
  ը: 'y',
  թ: 't',
  ժ: 'zh',
  ի: 'i',
  լ: 'l',
  խ: 'kh',
  ծ: 'ts',
  կ: 'k',
  հ: 'h',
  ձ: 'dz',
  ղ: 'gh',
  ճ: 'ch',
  մ: 'm',
  յ: 'y',
  ն: 'n',
  շ: 'sh',
  ո: 'o',
  չ: 'ch',
  պ: 'p',
  ջ: 'j',
  ռ: 'r',
  ս: 's',
  վ: 'v',
  տ: 't',
  ր: 'r',
  ց: 'ts',
  ւ: 'v',
  փ: 'p',
  ք: 'k',
  և: 'ev',
  օ: 'o',
  ֆ: 'f',
};

/** Armenian (BGN/PCGN 1981): ու is u, ե and ո take y/v at the start of a word. */
export function armenianForms(word: string): string[] {
  const w = word.replace(/ու/g, 'U');
  let out = '';
  [...w].forEach((ch, i) => {
    if (ch === 'U') out += 'u';
    else if (i === 0 && ch === 'ե') out += 'ye';
    else if (i === 0 && ch === 'ո') out += 'vo';
    else out += ARMENIAN[ch] ?? ch;
  });
  return dedupe([out, out.replace(/^ye/, 'e').replace(/^vo/, 'o')]);
}

const GEORGIAN: Record<string, string> = {
  ა: 'a',
  ბ: 'b',
  გ: 'g',
  დ: 'd',
  ე: 'e',
  ვ: 'v',
  ზ: 'z',
  თ: 't',
  ი: 'i',
  კ: 'k',
  ლ: 'l',
  მ: 'm',
  ნ: 'n',
  ო: 'o',
  პ: 'p',
  ჟ: 'zh',
  რ: 'r',
  ს: 's',
  ტ: 't',
  უ: 'u',
  ფ: 'p',
  ქ: 'k',
  ღ: 'gh',
  ყ: 'q',
  შ: 'sh',
  ჩ: 'ch',
  ც: 'ts',
  ძ: 'dz',
  წ: 'ts',
  ჭ: 'ch',
  ხ: 'kh',
  ჯ: 'j',
  ჰ: 'h',
};

/** Georgian (national system, 2002), with ყ also as k (Kipiani / Qipiani). */
export function georgianForms(word: string): string[] {
  let out = '';
  for (const ch of word) out += GEORGIAN[ch] ?? ch;
  return dedupe([out, out.replace(/q/g, 'k')]);
}

function dedupe(forms: string[]): string[] {
  return [...new Set(forms.filter((f) => f && /^[a-z]+$/.test(f)))].slice(0, MAX_FORMS);
}
