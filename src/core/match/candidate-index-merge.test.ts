import { describe, expect, it } from 'vitest';
import { sdnNameParts, syntheticEntity } from '../../testing/synthetic-list.js';
import type { Entity } from '../model/entity.js';
import { buildIndexSync, CandidateIndex, mergeIndexes } from './candidate-index.js';
import { screen } from './screen.js';

const parts = sdnNameParts();
const list: Entity[] = Array.from({ length: 420 }, (_, i) => ({
  ...syntheticEntity(parts, i),
  datasets: ['synthetic'],
}));
// An entity with nothing to index is skipped and takes no ordinal, in a slice as in the whole.
list.splice(200, 0, { id: 'empty', schema: 'Person', properties: { notes: ['no name'] } });
const options = { defaultDataset: 'synthetic', versions: { synthetic: '3' } };

describe('indexes built over slices of a list and merged', () => {
  const whole = buildIndexSync(list, options);
  const slices = [list.slice(0, 120), list.slice(120, 121), list.slice(121, 330), list.slice(330)];

  it('are byte for byte the index built over the whole list', () => {
    const merged = mergeIndexes(slices.map((s) => buildIndexSync(s, options)));
    expect(merged.size).toBe(whole.size);
    expect(Buffer.from(merged.toBytes()).equals(Buffer.from(whole.toBytes()))).toBe(true);
  });

  it('merge loaded slices (views on bytes) as well as built ones, and screen the same', () => {
    const loaded = slices.map((s) => CandidateIndex.fromBytes(buildIndexSync(s, options).toBytes()));
    const merged = mergeIndexes(loaded);
    expect(Buffer.from(merged.toBytes()).equals(Buffer.from(whole.toBytes()))).toBe(true);
    const fromBytes = mergeIndexes(slices.map((s) => buildIndexSync(s, options).toBytes()));
    expect(Buffer.from(fromBytes.toBytes()).equals(Buffer.from(whole.toBytes()))).toBe(true);
    for (const i of [3, 125, 300, 419]) {
      const name = list[i]!.properties.name![1]!;
      const query = { schema: 'Thing', properties: { name: [name] } };
      expect(screen(merged, query)).toEqual(screen(whole, query));
    }
  });

  it('of one slice is a copy and of none an empty index', () => {
    expect(Buffer.from(mergeIndexes([whole]).toBytes()).equals(Buffer.from(whole.toBytes()))).toBe(true);
    expect(mergeIndexes([]).size).toBe(0);
  });
});
