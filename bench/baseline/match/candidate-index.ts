// In-memory candidate index: name-part keys (skeletons, phonetic keys, joined
// names, identifiers) with inverted lists, so a query scores hundreds, not all.
import type { Entity } from '../../../src/core/model/entity.js';
import { caption } from '../../../src/core/model/entity.js';
import { entityFacts, type Facts } from './facts.js';
import type { ParsedName } from './normalise.js';
import { skeleton } from './phonetic.js';

export interface IndexOptions {
  /** Dataset name → version (for example a list's publication date), reported with each match. */
  versions: Record<string, string>;
  /** Dataset used when an entity names none. */
  defaultDataset: string;
}

export const INDEX_DEFAULTS: IndexOptions = { versions: {}, defaultDataset: 'default' };

export interface IndexedEntity {
  id: string;
  schema: string;
  caption: string;
  dataset: string;
  version: string;
  facts: Facts;
}

/** Blocking keys of a parsed name, grouped by part so one part is credited once. */
export function nameKeys(name: ParsedName): string[][] {
  const groups: string[][] = [];
  const names = name.parts.filter((p) => p.kind === 'name' || p.kind === 'particle');
  for (const p of names) {
    if (p.kind !== 'name' || p.text.length < 2) continue;
    const keys = new Set<string>();
    for (const s of p.skeletons) if (s) keys.add(`s${s}`);
    for (const k of p.phonetics) if (k.length >= 2) keys.add(`p${k}`);
    if (p.group) keys.add(`g${p.group}`);
    // Prefix and suffix keys keep a part with a consonant typo findable (Lakahl ~ Lakhal, Awlijan ~ Walijan).
    for (const f of p.forms) {
      if (f.length < 5) continue;
      keys.add(`b${f.slice(0, 3)}`);
      keys.add(`e${f.slice(-3)}`);
    }
    groups.push([...keys]);
  }
  // Adjacent parts joined, and the whole name joined: Bin Laden = Binladen, Abdul Hai = Abdulhai.
  for (let i = 0; i + 1 < names.length; i++) {
    const a = names[i]?.forms[0] ?? '';
    const b = names[i + 1]?.forms[0] ?? '';
    groups.push([`s${skeleton(a + b)}`]);
  }
  if (name.joined.length >= 4) groups.push([`j${skeleton(name.joined)}`]);
  return groups;
}

export function identifierKeys(facts: Facts): string[] {
  return [...facts.identifiers.keys()].map((id) => `i${id}`);
}

export class CandidateIndex {
  readonly entities: IndexedEntity[] = [];
  private readonly building = new Map<string, number[]>();
  private postings = new Map<string, Int32Array>();
  private scores = new Float32Array(0);
  private stamps = new Int32Array(0);
  private readonly options: IndexOptions;

  constructor(options: Partial<IndexOptions> = {}) {
    this.options = { ...INDEX_DEFAULTS, ...options };
  }

  get size(): number {
    return this.entities.length;
  }

  /** Add one list entity; call freeze() (or use buildIndex) before querying. */
  add(entity: Entity): void {
    const facts = entityFacts(entity);
    if (facts.names.length === 0 && facts.identifiers.size === 0) return;
    const ordinal = this.entities.length;
    const dataset = entity.datasets?.[0] ?? this.options.defaultDataset;
    this.entities.push({
      id: entity.id,
      schema: entity.schema,
      caption: caption(entity),
      dataset,
      version: this.options.versions[dataset] ?? entity.last_seen ?? '',
      facts,
    });
    const keys = new Set<string>(identifierKeys(facts));
    for (const n of facts.names) for (const g of nameKeys(n)) for (const k of g) keys.add(k);
    for (const k of keys) {
      const list = this.building.get(k);
      if (list) list.push(ordinal);
      else this.building.set(k, [ordinal]);
    }
  }

  /** Turn the growing lists into typed arrays. Adding after freeze() starts a new build. */
  freeze(): this {
    for (const [k, list] of this.building) {
      const old = this.postings.get(k);
      const merged = new Int32Array((old?.length ?? 0) + list.length);
      if (old) merged.set(old);
      merged.set(list, old?.length ?? 0);
      this.postings.set(k, merged);
    }
    this.building.clear();
    this.scores = new Float32Array(this.entities.length);
    this.stamps = new Int32Array(this.entities.length).fill(-1);
    return this;
  }

  /** Number of distinct keys and total postings, for memory reports. */
  stats(): { keys: number; postings: number } {
    let postings = 0;
    for (const l of this.postings.values()) postings += l.length;
    return { keys: this.postings.size, postings };
  }

  /**
   * Ordinals of the likeliest candidates: each query part credits an entity
   * once with the rarest key it shares (inverse document frequency).
   */
  candidates(query: Facts, limit: number): number[] {
    const n = this.entities.length;
    if (this.scores.length !== n) this.freeze();
    const groups: string[][] = identifierKeys(query).map((k) => [k]);
    for (const name of query.names) groups.push(...nameKeys(name));
    const touched: number[] = [];
    const { scores, stamps } = this;
    groups.forEach((keys, g) => {
      const lists = keys
        .map((k) => this.postings.get(k))
        .filter((l): l is Int32Array => l !== undefined)
        .sort((a, b) => a.length - b.length);
      for (const list of lists) {
        const idf = Math.log(1 + n / list.length) * (keys[0]?.[0] === 'i' ? 4 : 1);
        for (let i = 0; i < list.length; i++) {
          const e = list[i] as number;
          if (stamps[e] === g) continue;
          if (stamps[e] === -1) touched.push(e);
          stamps[e] = g;
          scores[e] = (scores[e] as number) + idf;
        }
      }
    });
    let result = touched;
    if (touched.length > limit) {
      const sorted = Float32Array.from(touched, (e) => scores[e] as number).sort();
      const cutoff = sorted[sorted.length - limit] as number;
      result = touched.filter((e) => (scores[e] as number) >= cutoff);
      result.sort((a, b) => (scores[b] as number) - (scores[a] as number));
      result.length = Math.min(result.length, limit);
    }
    for (const e of touched) {
      scores[e] = 0;
      stamps[e] = -1;
    }
    return result;
  }
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
): CandidateIndex {
  const index = new CandidateIndex(options);
  for (const e of source) index.add(e);
  return index.freeze();
}
