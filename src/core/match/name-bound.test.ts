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
});
