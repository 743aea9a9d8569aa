import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/entity.js';
import { buildIndexSync, CandidateIndex } from './candidate-index.js';
import { factsOf } from './facts.js';
import { screen } from './screen.js';
import { FIXTURE_LIST } from './testing/fixtures.js';

const options = { versions: { fixture_list: '2026-01' } };
const top = (index: CandidateIndex, name: string, schema = 'Person') =>
  screen(index, { schema, properties: { name: [name] } }).map((m) => `${m.id} ${m.score}`);

describe('CandidateIndex bytes', () => {
  it('screens alike after a round trip through toBytes and fromBytes', () => {
    const built = buildIndexSync(FIXTURE_LIST, options);
    const loaded = CandidateIndex.fromBytes(built.toBytes());
    expect(loaded.size).toBe(built.size);
    expect(loaded.stats()).toEqual(built.stats());
    for (const name of ['Vladimir Putin', 'محمد علي', 'דוד כהן', 'Aly Hasan'])
      expect(top(loaded, name)).toEqual(top(built, name));
    expect(screen(loaded, { properties: { name: ['x'], passportNumber: ['AB 1234567'] } })[0]).toMatchObject({
      id: 'fx-passport',
      dataset: 'fixture_list',
      version: '2026-01',
    });
  });

  it('reads an index held in a SharedArrayBuffer without copying its arrays', () => {
    const bytes = buildIndexSync(FIXTURE_LIST, options).toBytes();
    const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
    shared.set(bytes);
    const loaded = CandidateIndex.fromBytes(shared);
    expect(top(loaded, 'Ali Hassan')[0]).toMatch(/^fx-hassan /);
  });

  it('keeps token counts per family, learned from the entities', () => {
    const index = buildIndexSync(FIXTURE_LIST, options);
    const loaded = CandidateIndex.fromBytes(index.toBytes());
    for (const i of [index, loaded]) {
      expect(i.df('ali', 0)).toBe(3); // three listed people carry "ali"
      expect(i.df('ali', 1)).toBe(0);
      expect(i.df('trading', 1)).toBe(0); // generic words are not name parts
      expect(Array.from(i.totals)).toEqual([7, 2, 1]);
    }
  });

  it('refuses bytes that are not an index, naming the fix', () => {
    expect(() => CandidateIndex.fromBytes(new Uint8Array(200))).toThrow(/not a candidate index.*magic/);
    const bytes = buildIndexSync(FIXTURE_LIST, options).toBytes();
    expect(() => CandidateIndex.fromBytes(bytes.subarray(0, 100))).toThrow(/not a candidate index/);
  });

  it('grows when entities are added after freezing', () => {
    const index = buildIndexSync(FIXTURE_LIST.slice(0, 3), options);
    const late: Entity = { id: 'late', schema: 'Person', properties: { name: ['Ali Hassan'] } };
    index.add(late);
    index.freeze();
    expect(top(index, 'Ali Hassan')[0]).toMatch(/^late /);
    expect(top(CandidateIndex.fromBytes(index.toBytes()), 'Ali Hassan')[0]).toMatch(/^late /);
  });
});

describe('candidate search bounds', () => {
  // 3,000 people called Mohammed Ali plus one rare name: a common query must stay cheap and still find the rare one.
  const crowd: Entity[] = Array.from({ length: 3000 }, (_, i) => ({
    id: `p${i}`,
    schema: 'Person',
    properties: { name: [`Mohammed Ali ${['Hassan', 'Khan', 'Omar', 'Saleh'][i % 4]} ${i}`] },
  }));
  crowd.push({ id: 'rare', schema: 'Person', properties: { name: ['Mohammed Zebulon Quarrington'] } });
  const index = buildIndexSync(crowd);

  it('returns at most the asked number of candidates, the rare name first', () => {
    const found = index.candidates(factsOf({ properties: { name: ['Mohammed Ali Quarrington'] } }), 30);
    expect(found.length).toBeLessThanOrEqual(30);
    expect(index.entity(found[0] as number)?.id).toBe('rare');
    expect(screen(index, { properties: { name: ['Mohammed Quarrington'] } })[0]?.id).toBe('rare');
  });

  it('screens a 1 MB multi-word name without overflowing the stack', () => {
    let big = '';
    for (let i = 0; big.length < 1_000_000; i++) big += `mohammed${i % 13} ali hassan-${i % 7} `;
    expect(() =>
      screen(index, { properties: { name: [big], alias: [big, big.replace(/ /g, ',')] } }),
    ).not.toThrow();
    expect(() => screen(index, { properties: { name: ['x'.repeat(1_000_000)] } })).not.toThrow();
  });
});
