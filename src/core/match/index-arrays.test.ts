import { describe, expect, it } from 'vitest';
import {
  arraysFromBytes,
  arraysToBytes,
  emptyArrays,
  INDEX_DEFAULTS,
  type IndexArrays,
} from './index-arrays.js';

/** Arrays whose keys are `keys` (any order; sorted here as the builder sorts them), one posting each. */
function arraysOf(keys: string[]): IndexArrays {
  const sorted = [...new Set(keys)].sort();
  const a = emptyArrays(INDEX_DEFAULTS);
  a.keyIds = new Map(sorted.map((k, i) => [k, i]));
  a.keyStart = Uint32Array.from({ length: sorted.length + 1 }, (_, i) => i);
  a.postings = Int32Array.from({ length: sorted.length }, () => 0);
  a.recStart = Uint32Array.from([0, 2]);
  a.records = new TextEncoder().encode('{}');
  a.count = 1;
  return a;
}

// Words in several scripts, as folded name parts look: ASCII, Latin with accents, Arabic, Cyrillic, Han, Hangul.
const ALPHABETS = [
  'abcdefghijklmnopqrstuvwxyz',
  'éüøłş',
  'ابتثجحخدر',
  'абвгдежз',
  '金正恩习近平山田',
  '김정은박이',
];
function words(n: number, seed: number): string[] {
  let x = seed;
  const rand = (k: number) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 12) % k;
  };
  return Array.from({ length: n }, () => {
    const alphabet = ALPHABETS[rand(ALPHABETS.length)] as string;
    let w = rand(3) === 0 ? 'n' : '';
    for (let i = 0, len = 1 + rand(8); i < len; i++) w += alphabet[rand(alphabet.length)];
    return w;
  });
}

describe('a loaded index looks its keys up in the stored bytes', () => {
  it('finds every key of a large index at its sorted position, and no key it does not hold', () => {
    const keys = words(150_000, 7);
    const built = arraysOf(keys);
    const loaded = arraysFromBytes(arraysToBytes(built));
    expect(loaded.keyIds).not.toBeInstanceOf(Map);
    expect(loaded.keyIds.size).toBe(built.keyIds.size);
    for (const [k, i] of built.keyIds as Map<string, number>) expect(loaded.keyIds.get(k)).toBe(i);
    for (const k of words(5_000, 99)) expect(loaded.keyIds.get(`${k}\u0301x`)).toBeUndefined();
    expect(loaded.keyIds.get('')).toBeUndefined();
    expect([...loaded.keyIds.keys()]).toEqual([...built.keyIds.keys()]);
  });

  it('reads keys with characters beyond the Basic Multilingual Plane into a map, where bisection on bytes would misorder them', () => {
    // U+20000 sorts before U+FF21 in UTF-16 order but after it in UTF-8 byte order.
    const keys = [...words(150_000, 3), '\u{20000}a', '\uff21b', '\uff21\u{20001}'];
    const built = arraysOf(keys);
    const loaded = arraysFromBytes(arraysToBytes(built));
    expect(loaded.keyIds).toBeInstanceOf(Map);
    for (const [k, i] of built.keyIds as Map<string, number>) expect(loaded.keyIds.get(k)).toBe(i);
  });

  it('keeps a map for a small index', () => {
    const loaded = arraysFromBytes(arraysToBytes(arraysOf(['b', 'a', 'c'])));
    expect(loaded.keyIds).toBeInstanceOf(Map);
    expect(loaded.keyIds.get('b')).toBe(1);
  });
});
