// Blocking keys of the candidate index: name-part skeletons, phonetic keys,
// prefixes and suffixes, joined names and identifiers.
import type { Facts } from './facts.js';
import type { NamePart, ParsedName } from './normalise.js';
import { TRANSLATED_CLASS } from './org-words.js';
import { skeleton } from './phonetic.js';

/** Blocking keys of one distinctive name part (skeletons, phonetic keys, group, prefix and suffix). */
export function partKeys(p: NamePart): string[] {
  const keys = new Set<string>();
  for (const s of p.skeletons) if (s) keys.add(`s${s}`);
  for (const k of p.phonetics) if (k.length >= 2) keys.add(`p${k}`);
  if (p.group) keys.add(`g${p.group}`);
  // Prefix and suffix keys keep a part with a consonant typo findable (Lakahl ~ Lakhal, Awlijan ~ Walijan).
  for (const f of p.forms) {
    if (f.length < 5) continue;
    keys.add(`b${f.slice(0, 3)}`);
    keys.add(`e${f.slice(-3)}`);
  }
  return [...keys];
}

/** Parts of a name that blocking keys are made of (names and particles), in order. */
export function keyedParts(name: ParsedName): NamePart[] {
  return name.parts.filter((p) => p.kind === 'name' || p.kind === 'particle');
}

/** Key of two adjacent parts joined (Bin Laden = Binladen, Abdul Hai = Abdulhai). */
export function pairKey(a: NamePart | undefined, b: NamePart | undefined): string {
  return `s${skeleton((a?.forms[0] ?? '') + (b?.forms[0] ?? ''))}`;
}

/** Key of a whole name joined, when it has 4 letters or more ('' otherwise). */
export function joinedKey(name: ParsedName): string {
  return name.joined.length >= 4 ? `j${skeleton(name.joined)}` : '';
}

/** Blocking keys of a parsed name, grouped by part so one part is credited once. */
export function nameKeys(name: ParsedName): string[][] {
  const groups: string[][] = [];
  const names = keyedParts(name);
  for (const p of names) if (p.kind === 'name' && !p.initial) groups.push(partKeys(p));
  // A generic word written in another script finds how lists transliterate it (الاتحاد ~ Al-Itihaad).
  for (const p of name.parts)
    if (p.kind === 'generic' && p.script !== 'latin') groups.push([`g${TRANSLATED_CLASS}${p.text}`]);
  for (let i = 0; i + 1 < names.length; i++) groups.push([pairKey(names[i], names[i + 1])]);
  const whole = joinedKey(name);
  if (whole) groups.push([whole]);
  return groups;
}

export function identifierKeys(facts: Facts): string[] {
  return [...facts.identifiers.keys()].map((id) => `i${id}`);
}
