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

/** Apostrophes and joiners vanish (O'Brien → obrien); other punctuation separates words. */
const VANISH = /[\u0027\u2018\u2019\u02bc\u02bb\u02be\u02bf\u0060\u00b4\u0640\u200c\u200e\u200f]|\u200d/g;
const SEPARATE = /[^\p{L}\p{N}]+/gu;
/** A base letter and its combining marks; Cyrillic keeps them (й, ё, ї, ў are letters, not accents). */
const MARKED = /(\P{M})(\p{M}+)/gu;
const CYRILLIC_BASE = /[\u0400-\u04ff]/;
const FOLDABLE = /[ßøđðłæœþıħŧŋأإآٱةىیکۀؤئءہھۃےېۍٹټڈډڑړںڼځښږګךםןףץς]/g;

/** Fold a string to lowercase, unaccented, space-separated words. */
export function foldText(input: string): string {
  const lower = input.normalize('NFKC').toLowerCase();
  const unmarked = lower
    .normalize('NFD')
    .replace(MARKED, (all, base: string) => (CYRILLIC_BASE.test(base) ? all : base))
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

export type Script = 'latin' | 'arabic' | 'hebrew' | 'cyrillic' | 'greek' | 'cjk' | 'other';

/** The script of a folded word, judged by its first letter. */
export function scriptOf(word: string): Script {
  const c = word.charCodeAt(0);
  if (c < 0x250 || (c >= 0x1e00 && c < 0x1f00)) return 'latin';
  if (c >= 0x370 && c < 0x400) return 'greek';
  if (c >= 0x400 && c < 0x530) return 'cyrillic';
  if (c >= 0x590 && c < 0x600) return 'hebrew';
  if ((c >= 0x600 && c < 0x700) || (c >= 0x750 && c < 0x780) || (c >= 0xfb50 && c < 0xfe00)) return 'arabic';
  if ((c >= 0x3040 && c < 0x9fff) || (c >= 0xac00 && c < 0xd7b0)) return 'cjk';
  return 'other';
}
