import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../testing/fixtures.js';
import { buildIndexSync } from './candidate-index.js';
import { parseName, type NamePart } from './normalise.js';
import { PartCache } from './part-cache.js';
import { comparePart, mayAlign, NAME_DEFAULTS, type NameCompareOptions } from './part-compare.js';
import { FIXTURE_LIST } from './testing/fixtures.js';

const rows = (file: string) =>
  parse(readFileSync(fixture(`matching/${file}`), 'utf8'), { columns: true }) as Record<string, string>[];

/** Distinct parts of the fixture names: Latin, Arabic, Cyrillic, Devanagari and more, people and organisations. */
function fixtureParts(): NamePart[] {
  const names = [
    ...rows('un-positives-untreated.csv').map((r) => r.full_name ?? ''),
    ...rows('un-positives-treated.csv').map((r) => r.full_name ?? ''),
    ...rows('negatives-global-1k.csv').map((r) => r.full_name ?? ''),
    ...FIXTURE_LIST.flatMap((e) => [...(e.properties.name ?? []), ...(e.properties.alias ?? [])]),
    'Хрущёв Никита',
    'Χρουστσόφ',
    '김정은',
    '習近平',
    'キム・ジョンウン',
    'محمد حسن آخوند',
    'Islamic Revolutionary Guard Corps',
    'Bank Sepah International PLC',
  ];
  const parts = new Map<number, NamePart>();
  for (const n of names)
    for (const schema of ['Person', 'Organization'])
      for (const p of parseName(n, { schema }).parts) parts.set(p.id, p);
  return [...parts.values()];
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('mayAlign', () => {
  const parts = fixtureParts();
  const vocabulary = new PartCache(NAME_DEFAULTS, buildIndexSync(FIXTURE_LIST));

  const check = (opts: NameCompareOptions, pairs: [NamePart, NamePart][]) => {
    let aligned = 0;
    let filtered = 0;
    for (const [q, c] of pairs) {
      const [sim] = comparePart(q, c, opts, vocabulary);
      const may = mayAlign(q, c, opts);
      if (sim >= opts.alignThreshold) {
        aligned++;
        expect(may, `${q.text} ~ ${c.text} (${sim})`).toBe(true);
      } else if (!may) filtered++;
    }
    return { aligned, filtered };
  };

  it('is never false for a pair of parts that reaches the align threshold', () => {
    const rnd = random(18);
    const pairs: [NamePart, NamePart][] = [];
    for (let k = 0; k < 60_000; k++)
      pairs.push([parts[Math.floor(rnd() * parts.length)]!, parts[Math.floor(rnd() * parts.length)]!]);
    // Close pairs too: each part against the parts nearest it in spelling order.
    const sorted = [...parts].sort((a, b) => (a.forms[0] ?? '').localeCompare(b.forms[0] ?? ''));
    for (let i = 0; i < sorted.length; i++)
      for (let j = i; j < Math.min(sorted.length, i + 12); j++) pairs.push([sorted[i]!, sorted[j]!]);
    const { aligned, filtered } = check(NAME_DEFAULTS, pairs);
    expect(aligned).toBeGreaterThan(1000); // the check covers real alignments
    expect(filtered / pairs.length).toBeGreaterThan(0.5); // and it spares most comparisons
  });

  it('stays safe under other options (every similarity graded from a lower threshold)', () => {
    const rnd = random(7);
    const pairs: [NamePart, NamePart][] = [];
    for (let k = 0; k < 20_000; k++)
      pairs.push([parts[Math.floor(rnd() * parts.length)]!, parts[Math.floor(rnd() * parts.length)]!]);
    for (const opts of [
      { ...NAME_DEFAULTS, alignThreshold: 0.5 },
      { ...NAME_DEFAULTS, alignThreshold: 0.95 },
      { ...NAME_DEFAULTS, soundTop: 0.6, skeletonCrossScript: 0.6, latinSoundTop: 0.6 },
      { ...NAME_DEFAULTS, nearNameCeiling: 0.8, shortTypo: 0.9, latinShortSoundFloor: 0.7 },
    ])
      check(opts, pairs);
  });
});
