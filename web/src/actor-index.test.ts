import { describe, expect, it } from 'vitest';
import { buildActorIndex, type IndexedActor } from './actor-index';

const actors: IndexedActor[] = [
  { key: 'hezbollah', label: 'Hizballah · LB', rank: 3 },
  { key: 'iran', label: 'IRGC-Qods Force · IR', rank: 0 },
  { key: 'front-1', label: 'Al-Qard Al-Hassan (Beirut)', rank: 5 },
  { key: 'front-2', label: 'Hassan Trading · AE', rank: 9 },
  { key: 'carrier-7', label: 'Mahan Air · IR', rank: 2 },
];

describe('actor index', () => {
  const index = buildActorIndex(actors);

  it('finds an actor by the start of its label, case-insensitively', () => {
    expect(index.find('hizb', 8)).toEqual(['hezbollah']);
    expect(index.find('  MAHAN ', 8)).toEqual(['carrier-7']);
  });

  it('finds a later word of a label, after a label that starts with the query', () => {
    // "Hassan Trading" starts with the query; "Al-Qard Al-Hassan" has it as a later word.
    expect(index.find('hassan', 8)).toEqual(['front-2', 'front-1']);
    // A word after a dash or a bracket counts as a word.
    expect(index.find('qods', 8)).toEqual(['iran']);
    expect(index.find('beirut', 8)).toEqual(['front-1']);
  });

  it('ranks an exact id first, and otherwise orders equal matches by label priority', () => {
    expect(index.find('front-2', 8)).toEqual(['front-2']);
    expect(index.find('front', 8)).toEqual(['front-1', 'front-2']);
    expect(index.find('ir', 8)).toEqual(['iran', 'carrier-7']);
  });

  it('returns nothing for an empty query or a word no label has, and at most the limit', () => {
    expect(index.find('', 8)).toEqual([]);
    expect(index.find('zzz', 8)).toEqual([]);
    expect(index.find('a', 2)).toHaveLength(2);
  });

  it('answers on 50,000 actors by binary search (a query reads only its hits)', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({
      key: `e${i}`,
      label: `Noor Trading ${i}`,
      rank: i,
    }));
    const big = buildActorIndex(many);
    expect(big.size).toBe(50_000);
    expect(big.find('e49999', 8)).toEqual(['e49999']);
    expect(big.find('trading 1234', 8)).toEqual([
      'e1234',
      'e12340',
      'e12341',
      'e12342',
      'e12343',
      'e12344',
      'e12345',
      'e12346',
    ]);
  });
});
