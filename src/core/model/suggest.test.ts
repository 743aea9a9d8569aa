import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './suggest.js';

describe('closest known word', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('flwo', 'flow')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('finds a typo and refuses a word that is merely different', () => {
    const words = ['flow', 'cut', 'plan', 'frontier', 'screen'];
    expect(closest('flwo', words)).toBe('flow');
    expect(closest('fronteir', words)).toBe('frontier');
    expect(closest('scren', words)).toBe('screen');
    expect(closest('database', words)).toBeUndefined();
  });

  it('completes an unambiguous prefix', () => {
    expect(closest('fron', ['flow', 'frontier'])).toBe('frontier');
    expect(closest('f', ['flow', 'frontier'])).toBeUndefined();
  });
});
