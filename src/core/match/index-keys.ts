// Blocking keys of the candidate index: name-part skeletons, phonetic keys,
// prefixes and suffixes, joined names and identifiers.
import type { Facts } from './facts.js';
import type { ParsedName } from './normalise.js';
import { skeleton } from './phonetic.js';

/** Blocking keys of a parsed name, grouped by part so one part is credited once. */
export function nameKeys(name: ParsedName): string[][] {
  const groups: string[][] = [];
  const names = name.parts.filter((p) => p.kind === 'name' || p.kind === 'particle');
  for (const p of names) {
    if (p.kind !== 'name' || p.initial) continue;
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
    groups.push([...keys]);
  }
  // Adjacent parts joined, and the whole name joined: Bin Laden = Binladen, Abdul Hai = Abdulhai.
  for (let i = 0; i + 1 < names.length; i++) {
    const a = names[i]?.forms[0] ?? '';
    const b = names[i + 1]?.forms[0] ?? '';
    groups.push([`s${skeleton(a + b)}`]);
  }
  if (name.joined.length >= 4) groups.push([`j${skeleton(name.joined)}`]);
  return groups;
}

export function identifierKeys(facts: Facts): string[] {
  return [...facts.identifiers.keys()].map((id) => `i${id}`);
}
