import { describe, expect, it } from 'vitest';
import { sdnNameParts, syntheticEntity } from '../../testing/synthetic-list.js';
import { caption, type Entity } from '../model/entity.js';
import { buildIndexSync, CandidateIndex } from './candidate-index.js';
import { factProperties, factsOf, type QueryProperties } from './facts.js';
import { arraysToBytes, emptyArrays, INDEX_DEFAULTS, type IndexOptions } from './index-arrays.js';
import { identifierKeys, nameKeys } from './index-keys.js';
import { FAMILIES, familyOf, partTokens } from './token-stats.js';
import { FIXTURE_LIST } from './testing/fixtures.js';

/**
 * The index bytes built the plain way, one map of key → ordinals and one
 * record object per entity, from the query side's key functions: what the
 * typed-array builder must reproduce byte for byte.
 */
function referenceBytes(entities: Entity[], partial: Partial<IndexOptions>): Uint8Array {
  const options = { ...INDEX_DEFAULTS, ...partial };
  const F = FAMILIES.length;
  const postings = new Map<string, number[]>();
  const df = new Map<string, number[]>();
  const records: string[] = [];
  const totals = new Uint32Array(F);
  for (const entity of entities) {
    const facts = factsOf(entity);
    if (facts.names.length === 0 && facts.identifiers.size === 0) continue;
    const ordinal = records.length;
    const dataset = entity.datasets?.[0] ?? options.defaultDataset;
    records.push(
      JSON.stringify({
        id: entity.id,
        schema: entity.schema,
        caption: caption(entity),
        dataset,
        version: options.versions[dataset] ?? entity.last_seen ?? '',
        properties: factProperties(entity.properties as QueryProperties),
      }),
    );
    const keys = new Set(identifierKeys(facts));
    const tokens = new Set<string>();
    for (const n of facts.names) {
      for (const g of nameKeys(n)) for (const k of g) keys.add(k);
      for (const p of n.parts) if (p.kind === 'name') for (const t of partTokens(p)) tokens.add(t);
    }
    for (const k of keys) postings.set(k, [...(postings.get(k) ?? []), ordinal]);
    const family = FAMILIES.indexOf(familyOf(entity.schema));
    totals[family] = (totals[family] as number) + 1;
    for (const t of tokens) {
      const counts = df.get(t) ?? new Array<number>(F).fill(0);
      counts[family] = (counts[family] as number) + 1;
      df.set(t, counts);
    }
  }
  const a = emptyArrays(options);
  const keys = [...postings.keys()].sort();
  a.keyIds = new Map(keys.map((k, i) => [k, i]));
  a.keyStart = Uint32Array.from([0, ...keys.map((k) => postings.get(k)!.length)]);
  for (let i = 1; i < a.keyStart.length; i++) a.keyStart[i]! += a.keyStart[i - 1]!;
  a.postings = Int32Array.from(keys.flatMap((k) => postings.get(k)!));
  const tokens = [...df.keys()].sort();
  a.tokenIds = new Map(tokens.map((t, i) => [t, i]));
  a.tokenDf = Uint32Array.from([...tokens.flatMap((t) => df.get(t)!), ...totals]);
  const encoded = records.map((r) => new TextEncoder().encode(r));
  a.recStart = Uint32Array.from([0, ...encoded.map((e) => e.length)]);
  for (let i = 1; i < a.recStart.length; i++) a.recStart[i]! += a.recStart[i - 1]!;
  a.records = new Uint8Array(a.recStart[encoded.length]!);
  encoded.forEach((e, i) => a.records.set(e, a.recStart[i]!));
  a.count = records.length;
  return arraysToBytes(a);
}

const parts = sdnNameParts();
const list: Entity[] = [
  ...FIXTURE_LIST,
  ...Array.from({ length: 300 }, (_, i) => ({ ...syntheticEntity(parts, i), datasets: ['synthetic'] })),
  { id: 'imo', schema: 'Vessel', properties: { name: ['Ocean Star'], imoNumber: ['IMO 9123456'] } },
  { id: 'nothing', schema: 'Person', properties: { notes: ['no name, no identifier'] } },
  { id: 'dup', schema: 'Person', properties: { name: ['Ali Hassan', 'HASSAN, Ali', 'Ali  Hassan'] } },
];
const options = { defaultDataset: 'synthetic', versions: { synthetic: '7', fixture_list: '2026-01' } };
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('the typed-array index builder', () => {
  const reference = referenceBytes(list, options);

  it('builds the same bytes as a plain map-of-lists build, parsed names kept or not', () => {
    expect(same(buildIndexSync(list, options).toBytes(), reference)).toBe(true);
    expect(same(buildIndexSync(list, options, { keepFacts: false }).toBytes(), reference)).toBe(true);
  });

  it('builds the same bytes when entities are added after a freeze', () => {
    const index = new CandidateIndex(options);
    for (const e of list.slice(0, 150)) index.add(e);
    index.freeze();
    for (const e of list.slice(150)) index.add(e);
    expect(same(index.toBytes(), reference)).toBe(true);
  });

  it('gives the same candidates as the reference index, with or without kept facts', () => {
    const loaded = CandidateIndex.fromBytes(reference);
    const lean = buildIndexSync(list, options, { keepFacts: false });
    for (const i of [0, 3, 40, 120, 250, 305]) {
      const e = list[i]!;
      const facts = factsOf({ schema: 'Thing', properties: { name: [e.properties.name![0]!] } });
      const expected = loaded.candidates(facts, 30);
      expect(expected.length).toBeGreaterThan(0);
      expect(lean.candidates(facts, 30)).toEqual(expected);
      expect(lean.entity(expected[0]!)).toEqual(loaded.entity(expected[0]!));
    }
    expect(lean.totals).toEqual(loaded.totals);
  });
});
