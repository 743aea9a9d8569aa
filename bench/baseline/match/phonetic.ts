// Phonetic keys for Latin name parts: a consonant skeleton (vowels dropped,
// equivalent consonants merged) and a vowel-class key that keeps vowel shape.

/** Consonant spellings that sound alike in transliterated names, longest first. */
const DIGRAPHS: [RegExp, string][] = [
  [/shch|sch|sh|zh|ch(?=[^aeiou]|$)/g, 'S'],
  [/dzh|dj/g, 'j'],
  [/tch|ch/g, 'C'],
  [/kh|ck|q|c/g, 'k'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/tz/g, 'ts'],
  [/x/g, 'ks'],
  // Russian -ov written -off or -ow (Petroff, Petrow).
  [/(ff|w)$/g, 'v'],
  [/z/g, 's'],
  [/S/g, 's'],
  [/C/g, 'c'],
];

function mergeConsonants(word: string): string {
  let s = word;
  for (const [re, to] of DIGRAPHS) s = s.replace(re, to);
  // A final h after a vowel is silent (Hamzah, Abdullah, Fatimah).
  return s.replace(/([aeiouy])h$/, '$1');
}

function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

/**
 * Consonant skeleton of a Latin word: what survives of a name written in a
 * script without vowels. Mohammed, Muhammad and Mohamad all give `mhmd`.
 */
export function skeleton(word: string): string {
  const s = mergeConsonants(word);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (isVowel(c)) continue;
    if ((c === 'y' || c === 'w') && i > 0) continue;
    if (out.length > 0 && out[out.length - 1] === c) continue;
    out += c;
  }
  return out;
}

/**
 * Vowel-class key: consonants merged as in the skeleton, vowels reduced to
 * three classes and diphthongs simplified, so Aly = Ali and Husain = Hussein.
 */
export function phoneticKey(word: string): string {
  const s = mergeConsonants(word)
    .replace(/[eiy]/g, 'i')
    .replace(/[ou]/g, 'u')
    .replace(/(?<=[aiu])w|w(?=[^aiu]|$)/g, 'u')
    .replace(/ai|ia|iu(?=[^aiu])|ui/g, 'i')
    .replace(/au|ua/g, 'u');
  let out = '';
  for (const c of s) if (out[out.length - 1] !== c) out += c;
  return out;
}
