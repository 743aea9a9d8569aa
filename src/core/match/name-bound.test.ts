import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/entity.js';
import { fixture } from '../../testing/fixtures.js';
import { buildIndexSync } from './candidate-index.js';
import { factsOf } from './facts.js';
import { nameBound } from './name-bound.js';
import { acronymSimilarity, joinedSimilarity, nameScore, NAME_DEFAULTS } from './name-compare.js';
import { PartCache } from './part-cache.js';
import { screen, type ScreenQuery } from './screen.js';
import { FIXTURE_LIST } from './testing/fixtures.js';
import { familyIndex } from './token-stats.js';

const rows = (file: string) =>
  parse(readFileSync(fixture(`matching/${file}`), 'utf8'), { columns: true }) as Record<string, string>[];
const listed = rows('un-positives-untreated.csv');
const perturbed = rows('un-positives-treated.csv');
const others = rows('negatives-global-1k.csv');

// UN-listed people, each with another person's name (in several scripts) as an alias, and the fixture list.
const list: Entity[] = [
  ...FIXTURE_LIST,
  ...listed.map((r, i) => ({
    id: `un-${i}`,
    schema: 'Person',
    properties: { name: [r.full_name ?? ''], alias: [others[i]?.full_name ?? ''] },
  })),
];
const person = (name: string): ScreenQuery => ({ schema: 'Person', properties: { name: [name] } });
const queries: ScreenQuery[] = [
  ...[
    'Mohammed Ali Hassan',
    'محمد حسن آخوند',
    'Хрущёв Никита',
    '김정은',
    'Vladimir Putin',
    'Islamic Bank',
  ].map(person),
  ...perturbed.slice(0, 100).map((r) => ({
    schema: 'Person',
    properties: { name: [r.full_name ?? ''], birthDate: [r.date_of_birth ?? ''] },
  })),
  ...others.slice(700, 760).map((r) => person(r.full_name ?? '')),
];

describe('candidate-name pruning', () => {
  const index = buildIndexSync(list);

  it('ranks and scores exactly as the unpruned search on UN names, perturbed names and other people', () => {
    let matches = 0;
    for (const q of queries) {
      const pruned = screen(index, q, { cutoff: 0.3 });
      expect(pruned).toEqual(screen(index, q, { cutoff: 0.3, prune: false }));
      matches += pruned.length;
    }
    expect(matches).toBeGreaterThan(queries.length); // the comparison is over real result lists
  });

  it('bounds every name score from above', () => {
    let pairs = 0;
    let low = 0;
    for (const q of queries.slice(0, 40)) {
      const facts = factsOf(q);
      const cache = new PartCache(NAME_DEFAULTS, index, familyIndex(facts.schema));
      for (const ordinal of index.candidates(facts, 30)) {
        for (const cn of index.entity(ordinal)?.facts.names ?? []) {
          const qn = facts.names[0]!;
          const bound = nameBound(qn, cn, cache, NAME_DEFAULTS, acronymSimilarity, joinedSimilarity);
          expect(bound).toBeGreaterThanOrEqual(nameScore(qn, cn, cache));
          pairs++;
          if (bound < 0.4) low++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(300);
    expect(low / pairs).toBeGreaterThan(0.3); // and it is low enough to skip many
  });

  it('bounds the name score from above on random pairs of names in several scripts', () => {
    // Random names, Latin and not: parts compared for the bound only where they may align (mayAlign).
    const names = [...listed, ...perturbed, ...others].map((r) => r.full_name ?? '').filter(Boolean);
    let seed = 18;
    const pick = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return names[seed % names.length]!;
    };
    let pairs = 0;
    for (let k = 0; k < 3000; k++) {
      const q = factsOf(person(`${pick()} ${pick().split(' ')[0]}`)).names[0];
      const c = factsOf(person(pick())).names[0];
      if (!q || !c) continue;
      const cache = new PartCache(NAME_DEFAULTS, index, familyIndex('Person'));
      const bound = nameBound(q, c, cache, NAME_DEFAULTS, acronymSimilarity, joinedSimilarity);
      expect(bound, `${q.raw} / ${c.raw}`).toBeGreaterThanOrEqual(nameScore(q, c, cache));
      pairs++;
    }
    // And close pairs: each perturbed UN name against its listed form.
    let high = 0;
    perturbed.forEach((r, i) => {
      const q = factsOf(person(r.full_name ?? '')).names[0];
      const c = factsOf(person(listed[i]?.full_name ?? '')).names[0];
      if (!q || !c) return;
      const cache = new PartCache(NAME_DEFAULTS, index, familyIndex('Person'));
      const bound = nameBound(q, c, cache, NAME_DEFAULTS, acronymSimilarity, joinedSimilarity);
      const s = nameScore(q, c, cache);
      expect(bound, `${q.raw} / ${c.raw}`).toBeGreaterThanOrEqual(s);
      if (s >= 0.7) high++;
    });
    expect(pairs).toBeGreaterThan(2500);
    expect(high).toBeGreaterThan(500);
  });
});
