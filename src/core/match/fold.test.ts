import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../graph/prng.js';
import { foldText } from './fold.js';

describe('foldText on plain ASCII', () => {
  it('lowercases, drops apostrophes and joins words with single spaces', () => {
    expect(foldText("  O'Brien-SMITH &\tCo., No.`12`  ")).toBe('obrien smith co no 12');
    expect(foldText('---')).toBe('');
  });

  it('gives what the full Unicode folding gives', () => {
    // A zero-width joiner vanishes, but sends the text through the Unicode passes.
    const rnd = mulberry32(15);
    for (let i = 0; i < 5000; i++) {
      let s = '';
      for (let j = Math.floor(rnd() * 24); j > 0; j--) s += String.fromCharCode(Math.floor(rnd() * 128));
      expect(foldText(s)).toBe(foldText(`${s}\u200d`));
    }
  });
});
