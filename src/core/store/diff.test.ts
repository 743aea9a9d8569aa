import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/entity.js';
import { changedProperties, compareIds } from './diff.js';
import { entityFingerprint } from './codec.js';

/** Code points of a string, for the reference order. */
const points = (s: string) => [...s].map((c) => c.codePointAt(0)!);

describe('compareIds', () => {
  it('orders ids by code point, as SQLite and PostgreSQL "C" do, across the surrogate range', () => {
    const ids = [
      'b',
      'a',
      '\uffff',
      '\u{10000}',
      '\ue000',
      '\ud7ff',
      '\u{1f600}',
      'ab',
      '',
      '\u00e9',
      'a\u{10000}',
    ];
    const byPoints = [...ids].sort((x, y) => {
      const [p, q] = [points(x), points(y)];
      for (let i = 0; i < Math.min(p.length, q.length); i++) if (p[i] !== q[i]) return p[i]! - q[i]!;
      return p.length - q.length;
    });
    expect([...ids].sort(compareIds)).toEqual(byPoints);
    // Plain UTF-16 order would put U+10000 before U+FFFF.
    expect(compareIds('\uffff', '\u{10000}')).toBeLessThan(0);
  });
});

describe('content comparison', () => {
  const a: Entity = {
    id: 'x',
    schema: 'Person',
    properties: { name: ['Ann'], country: ['ir', 'lb'], sourceRecord: ['sdn.csv:10: 1,"ANN"'] },
  };
  const moved: Entity = {
    ...a,
    properties: { name: ['Ann'], country: ['lb', 'ir'], sourceRecord: ['sdn.csv:99: 1,"ANN"'] },
  };

  it('leaves the source row out of the fingerprint and out of the changed fields', () => {
    expect(entityFingerprint(a)).not.toContain('sdn.csv');
    expect(changedProperties(a, moved)).toEqual([]);
    expect(changedProperties(a, { ...a, properties: { ...a.properties, name: ['Anne'] } })).toEqual(['name']);
    expect(changedProperties(a, { ...a, schema: 'Organization' })).toEqual(['schema']);
  });
});
