// Text folding shared by every matching step: NFKC, case folding, diacritics,
// script-specific letter variants and punctuation, so equal names compare equal.

const LETTER_FOLD: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'ng',
  // Arabic: alef and hamza carriers, taa marbuta, alef maqsura; Persian yeh and keheh.
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ۀ: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  ء: '',
  // Urdu and Pashto letters onto their Arabic base letters.
  ہ: 'ه',
  ھ: 'ه',
  ۃ: 'ه',
  ے: 'ي',
  ې: 'ي',
  ۍ: 'ي',
  ٹ: 'ت',
  ټ: 'ت',
  ڈ: 'د',
  ډ: 'د',
  ڑ: 'ر',
  ړ: 'ر',
  ں: 'ن',
  ڼ: 'ن',
  ځ: 'ز',
  ښ: 'ش',
  ږ: 'ژ',
  ګ: 'گ',
  // Hebrew final forms.
  ך: 'כ',
  ם: 'מ',
  ן: 'נ',
  ף: 'פ',
  ץ: 'צ',
  // Greek final sigma.
  ς: 'σ',
};

/** Apostrophes, Hebrew geresh and joiners vanish (O'Brien → obrien, ג׳ → ג); other punctuation separates words. */
const VANISH =
  /[\u0027\u2018\u2019\u02bc\u02bb\u02be\u02bf\u0060\u00b4\u0640\u05f3\u05f4\u200c\u200e\u200f]|\u200d/g;
const SEPARATE = /[^\p{L}\p{M}\p{N}]+/gu;
/** A base letter and its combining marks. */
const MARKED = /(\P{M})(\p{M}+)/gu;
/**
 * Scripts whose combining marks are letters, not accents: Cyrillic (й, ё, ї,
 * ў), Indic and Thai vowel signs, the kana voicing marks (か + ゙ = が).
 */
const KEEPS_MARKS = /[\u0400-\u04ff\u0904-\u0dff\u0e00-\u0e7f\u3040-\u30ff]/;
const FOLDABLE = /[ßøđðłæœþıħŧŋأإآٱةىیکۀؤئءہھۃےېۍٹټڈډڑړںڼځښږګךםןףץς]/g;

/**
 * Cyrillic and Greek letters drawn like Latin ones (by case: lowercase Greek
 * ν looks like v, capital Ν like N). Unicode's confusables data (UTS #39)
 * lists these pairs; only unambiguous look-alikes are kept.
 */
const HOMOGLYPHS: Record<string, string> = {
  // Cyrillic capitals and small letters.
  А: 'A',
  В: 'B',
  Е: 'E',
  Ё: 'Ë',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ѕ: 'S',
  І: 'I',
  Ї: 'Ï',
  Ј: 'J',
  Ԛ: 'Q',
  Ԝ: 'W',
  Һ: 'H',
  Ү: 'Y',
  Ӏ: 'I',
  а: 'a',
  е: 'e',
  ё: 'ë',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'ï',
  ј: 'j',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ү: 'y',
  // Greek capitals and small letters.
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
  ρ: 'p',
  ι: 'i',
  κ: 'k',
  υ: 'u',
  χ: 'x',
  α: 'a',
};
const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u052f]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Homoglyph folding: in a name written in Latin letters, Cyrillic and Greek
 * look-alikes become the Latin letters they imitate ("Vlаdimir" with a
 * Cyrillic а, "ОSAMA" with a Cyrillic О). A word is folded when Latin letters
 * are the majority of its letters, or when every letter of it is a look-alike
 * and the name's other words are Latin; genuinely Cyrillic or Greek names
 * (Путин, Παπαδόπουλος) are left alone.
 */
export function foldHomoglyphs(text: string): string {
  if (!CYRILLIC_OR_GREEK.test(text) || !LATIN_LETTER.test(text)) return text;
  const words = text.match(WORD) ?? [];
  let latinWords = 0;
  let otherWords = 0;
  for (const w of words) {
    if (LATIN_LETTER.test(w) && !CYRILLIC_OR_GREEK.test(w)) latinWords++;
    else if (CYRILLIC_OR_GREEK.test(w)) otherWords++;
  }
  return text.replace(WORD, (w) => {
    if (!CYRILLIC_OR_GREEK.test(w)) return w;
    let latin = 0;
    let alike = 0;
    let letters = 0;
    for (const ch of w) {
      if (/\p{M}/u.test(ch)) continue;
      letters++;
      if (LATIN_LETTER.test(ch)) latin++;
      else if (HOMOGLYPHS[ch] !== undefined) alike++;
    }
    const mixed = latin > 0 && latin * 2 >= letters;
    const disguised = latin === 0 && alike === letters && latinWords > 0 && latinWords >= otherWords;
    if (!mixed && !disguised) return w;
    let out = '';
    for (const ch of w) out += HOMOGLYPHS[ch] ?? ch;
    return out;
  });
}

/** Longest input folded: longer text is cut (at a word boundary when there is one). */
export const MAX_FOLD_CHARS = 2048;

/** Printable ASCII and whitespace only: no normalisation, homoglyph or letter folding applies. */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** foldText of an ASCII string, without the Unicode passes (same result). */
function foldAscii(text: string): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 0x27 || c === 0x60) continue; // apostrophe and grave accent vanish
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (gap && out) out += ' ';
      gap = false;
      out += String.fromCharCode(c);
    } else gap = true;
  }
  return out;
}

/** Fold a string to lowercase, unaccented, space-separated words. */
export function foldText(input: string): string {
  let text = input;
  if (text.length > MAX_FOLD_CHARS) {
    const cut = text.lastIndexOf(' ', MAX_FOLD_CHARS);
    text = text.slice(0, cut > MAX_FOLD_CHARS / 2 ? cut : MAX_FOLD_CHARS);
  }
  if (isPlainAscii(text)) return foldAscii(text);
  const lower = foldHomoglyphs(text.normalize('NFKC')).toLowerCase();
  const unmarked = lower
    .normalize('NFD')
    .replace(MARKED, (all, base: string) => (KEEPS_MARKS.test(base) ? all : base))
    .normalize('NFC');
  return unmarked
    .replace(FOLDABLE, (ch) => LETTER_FOLD[ch] ?? ch)
    .replace(VANISH, '')
    .replace(SEPARATE, ' ')
    .trim();
}

/** Fold and split into words. */
export function foldWords(input: string): string[] {
  const folded = foldText(input);
  return folded ? folded.split(' ') : [];
}

export type Script =
  | 'latin'
  | 'arabic'
  | 'hebrew'
  | 'cyrillic'
  | 'greek'
  | 'armenian'
  | 'georgian'
  | 'thai'
  | 'han'
  | 'kana'
  | 'hangul'
  | 'other';

/** The script of a folded word, judged by its first letter. */
export function scriptOf(word: string): Script {
  const c = word.charCodeAt(0);
  if (c < 0x250 || (c >= 0x1e00 && c < 0x1f00)) return 'latin';
  if (c >= 0x370 && c < 0x400) return 'greek';
  if (c >= 0x400 && c < 0x530) return 'cyrillic';
  if (c >= 0x530 && c < 0x590) return 'armenian';
  if (c >= 0x590 && c < 0x600) return 'hebrew';
  if ((c >= 0x600 && c < 0x700) || (c >= 0x750 && c < 0x780) || (c >= 0xfb50 && c < 0xfe00)) return 'arabic';
  if (c >= 0xe00 && c < 0xe80) return 'thai';
  if ((c >= 0x10a0 && c < 0x1100) || (c >= 0x1c90 && c < 0x1cc0)) return 'georgian';
  if (c >= 0x3040 && c < 0x3100) return 'kana';
  if ((c >= 0x3400 && c < 0x4dc0) || (c >= 0x4e00 && c < 0xa000) || (c >= 0xf900 && c < 0xfb00)) return 'han';
  if (c >= 0xac00 && c < 0xd7b0) return 'hangul';
  return 'other';
}
