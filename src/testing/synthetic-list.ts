// A synthetic sanctions list of any size whose names follow a real list's:
// the given names, surnames and organisation words of the OFAC SDN list
// (test/fixtures/ofac-sdn-2021-07), drawn with their real frequencies and
// recombined, 3–5 names per entity (name and aliases), as FtM JSON lines.
// Deterministic for a seed, so a test or a benchmark sees the same list.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../core/graph/prng.js';
import { fixture } from './fixtures.js';

export interface NameParts {
  given: string[];
  surnames: string[];
  words: string[];
  suffixes: string[];
}

const SUFFIX =
  /^(LLC|LTD|LIMITED|CO|COMPANY|CORP|CORPORATION|INC|SA|S\.A\.|GMBH|FZE|FZCO|JSC|OJSC|PJSC|LLP|SAL|PLC|AG|BV)\.?$/i;

/** Name parts of an OFAC SDN CSV set (sdn.csv and alt.csv), each as often as the list uses it. */
export function sdnNameParts(folder = fixture('ofac-sdn-2021-07')): NameParts {
  const parts: NameParts = { given: [], surnames: [], words: [], suffixes: [] };
  for (const file of ['sdn.csv', 'alt.csv']) {
    for (const line of readFileSync(join(folder, file), 'latin1').split('\n')) {
      // sdn.csv: id,"NAME","type",…; alt.csv: id,alt id,"type","NAME",…
      const cells = [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
      const name = file === 'sdn.csv' ? cells[0] : cells[1];
      const type = file === 'sdn.csv' ? cells[1] : undefined;
      if (!name || name === '-0-') continue;
      const comma = name.indexOf(', ');
      if ((type === 'individual' || (type === undefined && comma > 0)) && comma > 0) {
        parts.surnames.push(name.slice(0, comma));
        for (const g of name.slice(comma + 2).split(/\s+/)) if (/^\p{L}{2,}$/u.test(g)) parts.given.push(g);
      } else if (type !== 'vessel' && type !== 'aircraft') {
        for (const w of name.split(/\s+/))
          if (SUFFIX.test(w)) parts.suffixes.push(w.replace(/\.$/, ''));
          else if (/^\p{L}[\p{L}'-]+$/u.test(w)) parts.words.push(w);
      }
    }
  }
  return parts;
}

export interface SyntheticEntity {
  id: string;
  schema: 'Person' | 'Organization' | 'Company';
  properties: Record<string, string[]>;
}

const title = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, a, b: string) => a + b.toUpperCase());

/** Entity `i` of the synthetic list (the same for the same seed and parts). */
export function syntheticEntity(parts: NameParts, i: number, seed = 1): SyntheticEntity {
  const rnd = mulberry32(seed * 1_000_003 + i);
  const pick = (a: string[]) => a[Math.floor(rnd() * a.length)]!;
  const count = 3 + Math.floor(rnd() * 3);
  const id = `syn-${seed}-${i}`;
  if (rnd() < 0.6) {
    const g1 = title(pick(parts.given));
    const g2 = rnd() < 0.5 ? title(pick(parts.given)) : '';
    const s1 = title(pick(parts.surnames));
    const s2 = title(pick(parts.surnames));
    const given = g2 ? `${g1} ${g2}` : g1;
    const names = [
      `${given} ${s1}`,
      `${s1.toUpperCase()}, ${given}`,
      `${g1} ${s1}`,
      `${given} ${s2}`,
      `${g1} ${s1}-${s2}`,
    ];
    const props: Record<string, string[]> = { name: names.slice(0, count) };
    if (rnd() < 0.5) {
      const y = 1940 + Math.floor(rnd() * 60);
      const m = 1 + Math.floor(rnd() * 12);
      const d = 1 + Math.floor(rnd() * 28);
      props.birthDate = [`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`];
    }
    return { id, schema: 'Person', properties: props };
  }
  const w = [title(pick(parts.words)), title(pick(parts.words)), title(pick(parts.words))];
  const suffix = parts.suffixes.length ? pick(parts.suffixes).toUpperCase() : 'LLC';
  const names = [
    `${w[0]} ${w[1]} ${suffix}`,
    `${w[0]} ${w[1]}`,
    `${w[0]}-${w[1]} ${w[2]}`,
    `${w[0]} ${w[1]} ${w[2]} ${suffix}`,
    `${w[1]} ${w[0]} ${suffix}`,
  ];
  return {
    id,
    schema: rnd() < 0.5 ? 'Company' : 'Organization',
    properties: { name: names.slice(0, count) },
  };
}

/** The list as FtM JSON lines. */
export function* syntheticListLines(parts: NameParts, size: number, seed = 1): Generator<string> {
  for (let i = 0; i < size; i++) yield JSON.stringify(syntheticEntity(parts, i, seed)) + '\n';
}

/**
 * A screening CSV (key,name) of `rows` rows: every third row a name of a
 * listed entity (every other one of those misspelt: two letters swapped),
 * the others names recombined from the same parts, mostly not listed.
 */
export function screeningCsv(parts: NameParts, listSize: number, rows: number, seed = 1): string {
  const rnd = mulberry32(seed * 7919 + 17);
  const pick = (a: string[]) => a[Math.floor(rnd() * a.length)]!;
  const out: string[] = ['key,name'];
  for (let i = 0; i < rows; i++) {
    let name: string;
    if (i % 3 === 0) {
      const e = syntheticEntity(parts, Math.floor(rnd() * listSize), seed);
      name = e.properties.name![Math.floor(rnd() * e.properties.name!.length)]!;
      if (i % 6 === 0 && name.length > 6) {
        const k = 2 + Math.floor(rnd() * (name.length - 4));
        name = name.slice(0, k) + name[k + 1] + name[k] + name.slice(k + 2);
      }
    } else if (rnd() < 0.5) name = `${title(pick(parts.given))} ${title(pick(parts.surnames))}`;
    else name = `${title(pick(parts.words))} ${title(pick(parts.words))} Trading`;
    out.push(`${i + 1},"${name.replace(/"/g, '""')}"`);
  }
  return out.join('\n') + '\n';
}
