import { describe, expect, it } from 'vitest';
import { editDistance, jaroWinkler, typoSimilarity } from './distance.js';

describe('distances', () => {
  it('counts an adjacent transposition as one edit and stops early past the limit', () => {
    expect(editDistance('putin', 'putni')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });

  it('computes Jaro-Winkler', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('scales typo tolerance with length: none for three letters, one up to eight', () => {
    expect(typoSimilarity('ali', 'eli')).toBe(0);
    expect(typoSimilarity('hasan', 'hassan')).toBeGreaterThan(0.9);
    expect(typoSimilarity('carolina', 'catalina')).toBe(0);
  });
});
