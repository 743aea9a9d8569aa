import { describe, expect, it } from 'vitest';
import { foldText } from './fold.js';
import { skeleton, phoneticKey } from './phonetic.js';
import { romanise } from './transliterate.js';

const rom = (w: string, script: Parameters<typeof romanise>[1]) => romanise(foldText(w), script);

describe('romanise', () => {
  it('gives Cyrillic names in several standards', () => {
    const forms = rom('Щукин', 'cyrillic').forms;
    expect(forms).toEqual(expect.arrayContaining(['shchukin', 'sukin']));
    expect(rom('Юрий', 'cyrillic').forms).toEqual(expect.arrayContaining(['yuriy', 'iurii']));
  });

  it('gives Arabic names vowelled readings and the consonant skeleton of their Latin spellings', () => {
    const r = rom('محمد', 'arabic');
    expect(r.forms).toContain('mohamed');
    for (const latin of ['Mohammed', 'Muhammad', 'Mohamad'])
      expect(r.skeletons).toContain(skeleton(foldText(latin)));
    expect(rom('حسين', 'arabic').skeletons).toContain(skeleton('husain'));
  });

  it('reads Hebrew consonants with their ambiguous values', () => {
    expect(rom('כהן', 'hebrew').skeletons).toContain(skeleton('cohen'));
  });

  it('romanises Greek and Hangul', () => {
    expect(rom('Παπαδόπουλος', 'greek').forms).toContain('papadopoulos');
    expect(rom('김정은', 'hangul').forms).toContain('kimjongun');
  });
});

describe('phonetic keys', () => {
  it('merges spellings of the same sound', () => {
    expect(skeleton('mohammed')).toBe(skeleton('muhammad'));
    expect(phoneticKey('aly')).toBe(phoneticKey('ali'));
    expect(phoneticKey('husain')).toBe(phoneticKey('hussein'));
    expect(skeleton('vladimir')).not.toBe(skeleton('valentin'));
  });
});
