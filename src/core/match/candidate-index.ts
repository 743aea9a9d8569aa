// Candidate index: name-part keys (skeletons, phonetic keys, joined names,
// identifiers) with inverted lists, so a query scores tens of entities, not
// all; plus how often each name part occurs (token weights), per family.
// Keys: index-keys.ts; frozen arrays and byte form: index-arrays.ts; search:
// candidate-search.ts; merging slice indexes: index-merge.ts; building the
// arrays from added entities: index-builder.ts.
import type { Entity } from '../model/entity.js';
import { caption } from '../model/entity.js';
import { searchCandidates, searchScratch, type SearchScratch } from './candidate-search.js';
import { factProperties, factsOf, type Facts, type QueryProperties } from './facts.js';
import {
  arraysFromBytes,
  arraysToBytes,
  decode,
  emptyArrays,
  sliceFromBytes,
  INDEX_DEFAULTS,
  type IndexArrays,
  type IndexOptions,
} from './index-arrays.js';
import { IndexBuilder } from './index-builder.js';
import { mergeArrays } from './index-merge.js';
import { FAMILIES, familyOf, type TokenStats } from './token-stats.js';

export { CANDIDATE_LIMITS } from './candidate-search.js';
export { INDEX_DEFAULTS, type IndexOptions } from './index-arrays.js';
export { identifierKeys, nameKeys } from './index-keys.js';

export interface IndexedEntity {
  id: string;
  schema: string;
  caption: string;
  dataset: string;
  version: string;
  facts: Facts;
}

/** What an index keeps of one entity: enough to report it and to make its facts again. */
interface EntityRecord {
  id: string;
  schema: string;
  caption: string;
  dataset: string;
  version: string;
  properties: Record<string, string[]>;
}

/**
 * Names of the entities made on first use kept at most (a made entity costs
 * some 750 bytes a name, 2.8 KB with 3–5 names: about 100 MB a thread);
 * beyond, they are made again. Kept in two generations: when the current one
 * holds half, it becomes the older one (the one before is let go), and an
 * entity found only in the older one moves into the current one.
 */
export const MADE_NAMES_LIMIT = 131_072;

/**
 * The candidate index. Built from entities with add() + freeze(), or loaded
 * from bytes with CandidateIndex.fromBytes() (layout in index-arrays.ts: one
 * buffer of 8-byte aligned sections, viewable in place, also on a
 * SharedArrayBuffer shared between worker threads). A loaded index parses an
 * entity's names only when the entity is first a candidate, so loading costs
 * the key and token maps, not the list's names.
 */
export class CandidateIndex implements TokenStats {
  // Growing state (add), merged into the frozen arrays by freeze().
  private builder = new IndexBuilder();
  private readonly keepFacts: boolean;
  // Frozen state.
  private a: IndexArrays;
  private loaded: (IndexedEntity | undefined)[] = [];
  // Entities made from their records on first use (a loaded index): bounded (MADE_NAMES_LIMIT), so a long batch on a large list keeps its memory.
  private made = new Map<number, IndexedEntity>();
  private madeOlder = new Map<number, IndexedEntity>();
  private madeNames = 0;
  // Scratch for candidates().
  private scratch: SearchScratch = searchScratch(0);

  /**
   * `keepFacts: false` keeps no parsed names of added entities (an entity's
   * facts are made again from its record when it is first a candidate): a
   * large list's build then holds its records, not its parsed names.
   */
  constructor(options: Partial<IndexOptions> = {}, build: { keepFacts?: boolean } = {}) {
    this.a = emptyArrays({ ...INDEX_DEFAULTS, ...options });
    this.keepFacts = build.keepFacts ?? true;
  }

  get size(): number {
    return this.a.count + this.builder.size;
  }

  /** Entities per family (FAMILIES order). */
  get totals(): Uint32Array {
    if (this.builder.size) this.freeze();
    return this.a.totals;
  }

  /** Add one list entity; call freeze() (or use buildIndex) before querying. */
  add(entity: Entity): void {
    const facts = factsOf(entity);
    if (facts.names.length === 0 && facts.identifiers.size === 0) return;
    const { options } = this.a;
    const ordinal = this.a.count + this.builder.size;
    const dataset = entity.datasets?.[0] ?? options.defaultDataset;
    const record: EntityRecord = {
      id: entity.id,
      schema: entity.schema,
      caption: caption(entity),
      dataset,
      version: options.versions[dataset] ?? entity.last_seen ?? '',
      properties: factProperties(entity.properties as QueryProperties),
    };
    const family = FAMILIES.indexOf(familyOf(entity.schema));
    this.builder.add(facts.identifiers.keys(), facts.names, family, JSON.stringify(record));
    if (this.keepFacts) {
      const { properties: _p, ...shown } = record;
      this.loaded[ordinal] = { ...shown, facts };
    }
  }

  /** Merge what was added into the compact arrays. Adding after freeze() and freezing again is allowed. */
  freeze(): this {
    if (this.builder.size) {
      const added = this.builder.finish(this.a.options);
      this.a = this.a.count ? mergeArrays([this.a, added]) : added;
    }
    if (this.scratch.scores.length !== this.a.count) this.scratch = searchScratch(this.a.count);
    return this;
  }

  /** Entities carrying `token` among family `family` (FAMILIES index): the token weights' input. */
  df(token: string, family: number): number {
    const t = this.a.tokenIds.get(token);
    return t === undefined ? 0 : (this.a.tokenDf[t * FAMILIES.length + family] as number);
  }

  /** The indexed entity at `ordinal`; a loaded index makes its facts on first use. */
  entity(ordinal: number): IndexedEntity | undefined {
    const hit = this.loaded[ordinal] ?? this.made.get(ordinal);
    const a = this.a;
    if (hit || ordinal < 0 || ordinal >= a.count) return hit;
    let e = this.madeOlder.get(ordinal);
    if (e) this.madeOlder.delete(ordinal);
    else {
      const bytes = a.records.subarray(a.recStart[ordinal], a.recStart[ordinal + 1]);
      const { properties, ...shown } = JSON.parse(decode(bytes)) as EntityRecord;
      e = { ...shown, facts: factsOf({ schema: shown.schema, properties }) };
    }
    if (this.madeNames >= MADE_NAMES_LIMIT / 2) {
      this.madeOlder = this.made;
      this.made = new Map();
      this.madeNames = 0;
    }
    this.made.set(ordinal, e);
    this.madeNames += e.facts.names.length + 1;
    return e;
  }

  /** Every indexed entity, in ordinal order (a loaded index makes all their facts: use entity() when you can). */
  get entities(): IndexedEntity[] {
    const out: IndexedEntity[] = [];
    for (let i = 0; i < this.a.count; i++) out.push(this.entity(i) as IndexedEntity);
    return out;
  }

  /** Number of distinct keys and total postings, for memory reports. */
  stats(): { keys: number; postings: number; tokens: number; bytes: number } {
    this.freeze();
    const a = this.a;
    return {
      keys: a.keyIds.size,
      postings: a.postings.length,
      tokens: a.tokenIds.size,
      bytes:
        a.keyStart.byteLength +
        a.postings.byteLength +
        a.tokenDf.byteLength +
        a.recStart.byteLength +
        a.records.byteLength,
    };
  }

  /** Ordinals of the likeliest candidates, at most `limit` (searchCandidates). */
  candidates(query: Facts, limit: number): number[] {
    if (this.scratch.scores.length !== this.a.count || this.builder.size) this.freeze();
    return searchCandidates(this.a, this.scratch, query, limit);
  }

  /** The index as one byte buffer (layout in index-arrays.ts); fromBytes() reads it back. */
  toBytes(alloc?: (length: number) => Uint8Array): Uint8Array {
    this.freeze();
    return arraysToBytes(this.a, alloc);
  }

  /**
   * An index from toBytes() output. Typed sections are views on `bytes` (no
   * copy), so `bytes` may live on a SharedArrayBuffer read by several threads;
   * it must start 8-byte aligned and not be changed afterwards.
   */
  static fromBytes(bytes: Uint8Array): CandidateIndex {
    return CandidateIndex.ofArrays(arraysFromBytes(bytes));
  }

  /** Frozen indexes (or their bytes) of consecutive slices as one (mergeIndexes). */
  static merged(parts: (CandidateIndex | Uint8Array)[]): CandidateIndex {
    return CandidateIndex.ofArrays(
      mergeArrays(parts.map((p) => (p instanceof Uint8Array ? sliceFromBytes(p) : p.freeze().a))),
    );
  }

  private static ofArrays(a: IndexArrays): CandidateIndex {
    const index = new CandidateIndex(a.options);
    index.a = a;
    index.loaded = new Array<IndexedEntity | undefined>(a.count);
    return index.freeze();
  }
}

/**
 * One index from indexes built over consecutive slices of a list (the first
 * slice's entities first): the same index, byte for byte, as one built over
 * the whole list, so slices can be built in parallel. A part may be an index
 * or its toBytes() output (read without making its key map). The result owns
 * new arrays; the parts are not changed.
 */
export function mergeIndexes(parts: (CandidateIndex | Uint8Array)[]): CandidateIndex {
  const first = parts[0];
  if (!first) return new CandidateIndex().freeze();
  if (parts.length === 1)
    return CandidateIndex.fromBytes(first instanceof Uint8Array ? first : first.toBytes());
  return CandidateIndex.merged(parts);
}

/** Build a frozen index from entities (an array, a generator or an async stream). */
export async function buildIndex(
  source: Iterable<Entity> | AsyncIterable<Entity>,
  options: Partial<IndexOptions> = {},
): Promise<CandidateIndex> {
  const index = new CandidateIndex(options);
  for await (const e of source) index.add(e);
  return index.freeze();
}

/** Synchronous variant for arrays and generators. */
export function buildIndexSync(
  source: Iterable<Entity>,
  options: Partial<IndexOptions> = {},
  build: { keepFacts?: boolean } = {},
): CandidateIndex {
  const index = new CandidateIndex(options, build);
  for (const e of source) index.add(e);
  return index.freeze();
}
