// Latin names written in other scripts the way a writer of that script
// would spell a foreign name, for the cross-script part of the labelled set.
// These writers are deliberately simple and independent of the matcher's
// readers (they work from Latin letters, the readers from the script).
import { HAN_FIRST, HAN_READINGS, HAN_SYLLABLES, HANJA_HANGUL } from '../../src/core/match/data/han.js';

type Rules = [string, string][];

function apply(word: string, rules: Rules, final?: (s: string) => string): string {
  let out = '';
  let i = 0;
  const w = word.toLowerCase();
  while (i < w.length) {
    const hit = rules.find(([from]) => w.startsWith(from, i));
    if (hit) {
      out += hit[1];
      i += hit[0].length;
    } else i++;
  }
  return final ? final(out) : out;
}

const CYRILLIC: Rules = [
  ['shch', 'щ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['ye', 'е'],
  ['yo', 'ё'],
  ['iy', 'ий'],
  ['y', 'й'],
  ['j', 'дж'],
  ['a', 'а'],
  ['b', 'б'],
  ['v', 'в'],
  ['w', 'в'],
  ['g', 'г'],
  ['d', 'д'],
  ['e', 'е'],
  ['z', 'з'],
  ['i', 'и'],
  ['k', 'к'],
  ['c', 'к'],
  ['q', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['f', 'ф'],
  ['h', 'х'],
  ['x', 'кс'],
];

const GREEK: Rules = [
  ['th', 'θ'],
  ['ch', 'τσ'],
  ['kh', 'χ'],
  ['ph', 'φ'],
  ['ps', 'ψ'],
  ['sh', 'σ'],
  ['ou', 'ου'],
  ['ks', 'ξ'],
  ['mp', 'μπ'],
  ['nt', 'ντ'],
  ['b', 'μπ'],
  ['d', 'ντ'],
  ['g', 'γκ'],
  ['j', 'τζ'],
  ['a', 'α'],
  ['v', 'β'],
  ['e', 'ε'],
  ['z', 'ζ'],
  ['i', 'ι'],
  ['y', 'ι'],
  ['k', 'κ'],
  ['c', 'κ'],
  ['q', 'κ'],
  ['l', 'λ'],
  ['m', 'μ'],
  ['n', 'ν'],
  ['x', 'ξ'],
  ['o', 'ο'],
  ['p', 'π'],
  ['r', 'ρ'],
  ['s', 'σ'],
  ['t', 'τ'],
  ['u', 'ου'],
  ['f', 'φ'],
  ['h', 'χ'],
  ['w', 'ου'],
];

function arabicLike(word: string, persian: boolean): string {
  const ya = persian ? 'ی' : 'ي';
  const kaf = persian ? 'ک' : 'ك';
  const rules: Rules = [
    ['sh', 'ش'],
    ['kh', 'خ'],
    ['th', 'ث'],
    ['dh', 'ذ'],
    ['gh', 'غ'],
    ['ch', persian ? 'چ' : 'تش'],
    ['zh', persian ? 'ژ' : 'ج'],
    ['ou', 'و'],
    ['oo', 'و'],
    ['ee', ya],
    ['aa', 'ا'],
    ['b', 'ب'],
    ['p', persian ? 'پ' : 'ب'],
    ['t', 'ت'],
    ['j', 'ج'],
    ['h', 'ح'],
    ['d', 'د'],
    ['r', 'ر'],
    ['z', 'ز'],
    ['s', 'س'],
    ['f', 'ف'],
    ['v', persian ? 'و' : 'ف'],
    ['q', 'ق'],
    ['k', kaf],
    ['c', kaf],
    ['g', persian ? 'گ' : 'ج'],
    ['l', 'ل'],
    ['m', 'م'],
    ['n', 'ن'],
    ['w', 'و'],
    ['y', ya],
    ['x', kaf + 'س'],
    ['i', ya],
    ['e', ''],
    ['u', 'و'],
    ['o', 'و'],
    ['a', ''],
  ];
  // An initial vowel is carried by alef; a final a is written with alef (or taa marbuta after h).
  const w = word.toLowerCase();
  let head = '';
  let body = w;
  if (/^[aeiou]/.test(w)) {
    head = w[0] === 'i' || w[0] === 'e' ? 'ا' : w[0] === 'u' || w[0] === 'o' ? 'او' : 'ا';
    body = w.slice(1);
  }
  const tail = /a$/.test(body) ? 'ا' : '';
  return head + apply(body.replace(/a$/, ''), rules) + tail;
}

function hebrew(word: string): string {
  const rules: Rules = [
    ['sh', 'ש'],
    ['ch', 'ח'],
    ['kh', 'ח'],
    ['ts', 'צ'],
    ['tz', 'צ'],
    ['b', 'ב'],
    ['v', 'ו'],
    ['w', 'ו'],
    ['g', 'ג'],
    ['d', 'ד'],
    ['z', 'ז'],
    ['t', 'ט'],
    ['y', 'י'],
    ['k', 'כ'],
    ['c', 'ק'],
    ['q', 'ק'],
    ['l', 'ל'],
    ['m', 'מ'],
    ['n', 'נ'],
    ['s', 'ס'],
    ['p', 'פ'],
    ['f', 'פ'],
    ['r', 'ר'],
    ['h', 'ה'],
    ['j', 'ג׳'],
    ['x', 'קס'],
    ['o', 'ו'],
    ['u', 'ו'],
    ['i', 'י'],
    ['e', ''],
    ['a', ''],
  ];
  const w = word.toLowerCase();
  const head = /^[aeiou]/.test(w) ? 'א' : '';
  return head + apply(/^[aeiou]/.test(w) && !/^[ou]/.test(w) ? w.slice(1) : w, rules);
}

const ARMENIAN: Rules = [
  ['zh', 'ժ'],
  ['kh', 'խ'],
  ['ts', 'ց'],
  ['dz', 'ձ'],
  ['gh', 'ղ'],
  ['ch', 'չ'],
  ['sh', 'շ'],
  ['ou', 'ու'],
  ['u', 'ու'],
  ['ye', 'ե'],
  ['a', 'ա'],
  ['b', 'բ'],
  ['g', 'գ'],
  ['d', 'դ'],
  ['e', 'ե'],
  ['z', 'զ'],
  ['i', 'ի'],
  ['l', 'լ'],
  ['k', 'կ'],
  ['c', 'կ'],
  ['q', 'ք'],
  ['h', 'հ'],
  ['m', 'մ'],
  ['y', 'յ'],
  ['n', 'ն'],
  ['o', 'ո'],
  ['p', 'պ'],
  ['j', 'ջ'],
  ['r', 'ր'],
  ['s', 'ս'],
  ['v', 'վ'],
  ['w', 'վ'],
  ['t', 'տ'],
  ['f', 'ֆ'],
  ['x', 'քս'],
];

const GEORGIAN: Rules = [
  ['zh', 'ჟ'],
  ['kh', 'ხ'],
  ['ts', 'ც'],
  ['dz', 'ძ'],
  ['gh', 'ღ'],
  ['ch', 'ჩ'],
  ['sh', 'შ'],
  ['a', 'ა'],
  ['b', 'ბ'],
  ['g', 'გ'],
  ['d', 'დ'],
  ['e', 'ე'],
  ['v', 'ვ'],
  ['w', 'ვ'],
  ['z', 'ზ'],
  ['t', 'ტ'],
  ['i', 'ი'],
  ['y', 'ი'],
  ['k', 'კ'],
  ['c', 'კ'],
  ['q', 'ყ'],
  ['l', 'ლ'],
  ['m', 'მ'],
  ['n', 'ნ'],
  ['o', 'ო'],
  ['p', 'პ'],
  ['r', 'რ'],
  ['s', 'ს'],
  ['u', 'უ'],
  ['f', 'ფ'],
  ['h', 'ჰ'],
  ['j', 'ჯ'],
  ['x', 'ქს'],
];

// Katakana for a foreign name: syllables of consonant + vowel; a lone consonant takes u (o after t, d).
const KANA_V: Record<string, string> = { a: 'ア', i: 'イ', u: 'ウ', e: 'エ', o: 'オ' };
const KANA_CV: Record<string, string> = {
  k: 'カキクケコ',
  g: 'ガギグゲゴ',
  s: 'サシスセソ',
  z: 'ザジズゼゾ',
  t: 'タチツテト',
  d: 'ダヂヅデド',
  n: 'ナニヌネノ',
  h: 'ハヒフヘホ',
  b: 'バビブベボ',
  p: 'パピプペポ',
  m: 'マミムメモ',
  r: 'ラリルレロ',
  y: 'ヤイユエヨ',
  w: 'ワウィウウェヲ',
  f: 'ファフィフフェフォ',
  v: 'ヴァヴィヴヴェヴォ',
  j: 'ジャジジュジェジョ',
  sh: 'シャシシュシェショ',
  ch: 'チャチチュチェチョ',
  kh: 'ハヒフヘホ',
  ts: 'ツァツィツツェツォ',
};
function kanaCv(c: string, v: string): string {
  const row = KANA_CV[c];
  const idx = 'aiueo'.indexOf(v);
  if (!row) return KANA_V[v] ?? '';
  if (row.length === 5) return row[idx] ?? '';
  // Two-character cells in rows written with small vowels.
  const cells = row.match(/.[ァィゥェォャュョ]?/gu) ?? [];
  return cells[idx] ?? '';
}

function katakana(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/l/g, 'r')
    .replace(/c(?!h)/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/y(?![aeiou])/g, 'i');
  let out = '';
  let i = 0;
  while (i < w.length) {
    const two = w.slice(i, i + 2);
    const c = ['sh', 'ch', 'kh', 'ts'].includes(two) ? two : (w[i] as string);
    if ('aeiou'.includes(c)) {
      out += KANA_V[c] ?? '';
      i++;
      continue;
    }
    const v = w[i + c.length];
    if (v && 'aeiou'.includes(v)) {
      out += kanaCv(c, v);
      i += c.length + 1;
    } else if (c === 'n') {
      out += 'ン';
      i++;
    } else {
      out += kanaCv(c, c === 't' || c === 'd' ? 'o' : c === 'ch' || c === 'sh' || c === 'j' ? 'i' : 'u');
      i += c.length;
    }
  }
  return out;
}

// Thai for a foreign name: initial consonants, vowels written around them, a few finals.
const THAI_C: Rules = [
  ['ch', 'ช'],
  ['sh', 'ช'],
  ['kh', 'ค'],
  ['th', 'ท'],
  ['ph', 'พ'],
  ['ng', 'ง'],
  ['k', 'ค'],
  ['c', 'ค'],
  ['q', 'ค'],
  ['g', 'ก'],
  ['j', 'จ'],
  ['s', 'ส'],
  ['z', 'ซ'],
  ['d', 'ด'],
  ['t', 'ต'],
  ['n', 'น'],
  ['b', 'บ'],
  ['p', 'ป'],
  ['f', 'ฟ'],
  ['v', 'ว'],
  ['m', 'ม'],
  ['y', 'ย'],
  ['r', 'ร'],
  ['l', 'ล'],
  ['w', 'ว'],
  ['h', 'ฮ'],
  ['x', 'กซ'],
];
function thai(word: string): string {
  const w = word.toLowerCase();
  let out = '';
  let i = 0;
  const consonant = (at: number): [string, number] => {
    const hit = THAI_C.find(([from]) => w.startsWith(from, at));
    return hit ? [hit[1], hit[0].length] : ['', 0];
  };
  while (i < w.length) {
    let [c, n] = consonant(i);
    if (!n) [c, n] = ['อ', 0];
    const rest = w.slice(i + n);
    const vm = /^(ai|ae|ao|oe|ia|ua|ee|oo|a|e|i|o|u)/.exec(rest);
    const v = vm?.[1] ?? '';
    i += n + v.length;
    const [fin, fn] = /^[aeiou]/.test(w.slice(i + 1)) ? ['', 0] : consonant(i);
    i += fn;
    if (!n && !v) {
      i++;
      continue;
    }
    const f = fin;
    const table: Record<string, string> = {
      a: `${c}า${f}`,
      i: `${c}ิ${f}`,
      u: `${c}ุ${f}`,
      e: `เ${c}${f}`,
      o: `โ${c}${f}`,
      ai: `ไ${c}${f}`,
      ae: `แ${c}${f}`,
      ao: `เ${c}า${f}`,
      oe: `เ${c}อ${f}`,
      ia: `เ${c}ีย${f}`,
      ua: `${c}ัว${f}`,
      ee: `${c}ี${f}`,
      oo: `${c}ู${f}`,
      '': `${c}${f}`,
    };
    out += table[v] ?? '';
  }
  return out;
}

// Han and Hangul writers from the generated reading tables: a syllable → a character read that way.
let hanBySyllable: Map<string, string> | undefined;
function hanChar(syllable: string): string | undefined {
  if (!hanBySyllable) {
    hanBySyllable = new Map();
    const syl = HAN_SYLLABLES.split(' ');
    HAN_READINGS.split(' ').forEach((e, i) => {
      if (!e) return;
      const first = syl[e.charCodeAt(0) - 0x100];
      // The first character (in code order) read so, among those with a Sino-Korean reading too (common characters).
      if (first && !hanBySyllable?.has(first) && HANJA_HANGUL[i] !== '_')
        hanBySyllable?.set(first, String.fromCodePoint(HAN_FIRST + i));
    });
  }
  return hanBySyllable.get(syllable);
}

const PINYIN =
  /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ui|un|uo|ue|a|e|i|o|u|v)/;

/** Han characters for a name written in pinyin, or undefined when a part is not pinyin. */
function han(words: string[]): string | undefined {
  let out = '';
  for (const word of words) {
    let w = word.toLowerCase();
    while (w) {
      const m = PINYIN.exec(w);
      if (!m) return undefined;
      // Prefer the longest syllable that leaves a parsable rest (xian, not xi + an).
      let syl = m[0];
      while (syl.length > 1 && w.length > syl.length && !PINYIN.test(w.slice(syl.length)))
        syl = syl.slice(0, -1);
      const ch = hanChar(syl);
      if (!ch) return undefined;
      out += ch;
      w = w.slice(syl.length);
    }
  }
  return out;
}

/** Hangul for a Korean name in McCune–Reischauer or Revised Romanization spelling (syllable per part or run). */
let hangulBySpelling: Map<string, string> | undefined;
function hangul(words: string[], surnames: Map<string, string>): string | undefined {
  if (!hangulBySpelling) {
    hangulBySpelling = new Map();
    const init = 'g kk n d tt r m b pp s ss _ j jj ch k t p h'.split(' ');
    const initMr = 'k kk n t tt r m p pp s ss _ ch tch ch k t p h'.split(' ');
    const med = 'a ae ya yae o e yo ye o wa wae oe yo u wo we wi yu u ui i'.split(' ');
    const medRr = 'a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i'.split(' ');
    const fin = '_ k k k n n n t l k m l l l p l m p p t t ng t t k t p t'.split(' ');
    // Plain syllables first (no doubled consonants, simple finals), so the commonest reading wins.
    for (const ff of [0, 4, 21, 8, 16, 1, 17, 19]) {
      for (let ii = 0; ii < 19; ii++) {
        for (let mm = 0; mm < 21; mm++) {
          const ch = String.fromCharCode(0xac00 + ii * 588 + mm * 28 + ff);
          for (const [i, m] of [
            [initMr, med],
            [init, medRr],
            [init, med],
          ] as const) {
            const s = `${i[ii]}${m[mm]}${fin[ff]}`.replace(/_/g, '');
            if (!hangulBySpelling.has(s)) hangulBySpelling.set(s, ch);
          }
        }
      }
    }
  }
  let out = '';
  for (const [n, word] of words.entries()) {
    const w = word.toLowerCase();
    const sur = n === 0 ? surnames.get(w) : undefined;
    if (sur) {
      out += sur;
      continue;
    }
    let rest = w;
    while (rest) {
      let found = '';
      for (let len = Math.min(6, rest.length); len >= 1 && !found; len--) {
        const ch = hangulBySpelling.get(rest.slice(0, len));
        // The rest must still start like a syllable.
        if (
          ch &&
          (len === rest.length ||
            hangulBySpelling.has(rest.slice(len, len + 1)) ||
            /^[bcdghjkmnprstwy]/.test(rest.slice(len)))
        ) {
          out += ch;
          rest = rest.slice(len);
          found = ch;
        }
      }
      if (!found) return undefined;
    }
  }
  return out;
}

// Korean names in Hanja: each Hangul syllable → the first character (in code order) read so in Sino-Korean.
let hanjaByHangul: Map<string, string> | undefined;
function hanja(words: string[], surnames: Map<string, string>): string | undefined {
  if (!hanjaByHangul) {
    hanjaByHangul = new Map();
    for (let i = 0; i < HANJA_HANGUL.length; i++) {
      const h = HANJA_HANGUL[i] as string;
      if (h !== '_' && !hanjaByHangul.has(h)) hanjaByHangul.set(h, String.fromCodePoint(HAN_FIRST + i));
    }
  }
  const written = hangul(words, surnames);
  if (!written) return undefined;
  let out = '';
  for (const ch of written) {
    const h = hanjaByHangul.get(ch);
    if (!h) return undefined;
    out += h;
  }
  return out;
}

export type TargetScript =
  | 'cyrillic'
  | 'greek'
  | 'arabic'
  | 'persian'
  | 'hebrew'
  | 'armenian'
  | 'georgian'
  | 'kana'
  | 'thai'
  | 'han'
  | 'hangul'
  | 'hanja';

/** A Latin name (given words, surname last or first as listed) written in `script`; undefined when it cannot be. */
export function transcribe(
  words: string[],
  script: TargetScript,
  koreanSurnames: Map<string, string>,
): string | undefined {
  const each = (f: (w: string) => string) => {
    const out = words.map(f);
    return out.every((w) => w) ? out.join(' ') : undefined;
  };
  switch (script) {
    case 'cyrillic':
      return each((w) => apply(w, CYRILLIC));
    case 'greek':
      return each((w) => apply(w, GREEK, (s) => s.replace(/σ$/, 'ς')));
    case 'arabic':
      return each((w) => arabicLike(w, false));
    case 'persian':
      return each((w) => arabicLike(w, true));
    case 'hebrew':
      return each(hebrew);
    case 'armenian':
      return each((w) => apply(w, ARMENIAN));
    case 'georgian':
      return each((w) => apply(w, GEORGIAN));
    case 'kana':
      return words.map(katakana).join('・');
    case 'thai':
      return each(thai);
    case 'han':
      return han(words);
    case 'hangul':
      return hangul(words, koreanSurnames);
    case 'hanja':
      return hanja(words, koreanSurnames);
  }
}
