// Candidate index: name-part keys (skeletons, phonetic keys, joined names,
// identifiers) with inverted lists, so a query scores tens of entities, not
// all; plus how often each name part occurs (token weights), per family.
import type { Entity } from '../model/entity.js';
import { caption } from '../model/entity.js';
import { UsageError } from '../model/errors.js';
import { factProperties, factsOf, type Facts, type QueryProperties } from './facts.js';
import type { ParsedName } from './normalise.js';
import { skeleton } from './phonetic.js';
import { FAMILIES, familyOf, partTokens, type TokenStats } from './token-stats.js';

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

/** What an index keeps of one entity: enough to report it and to make its facts again. */
interface EntityRecord {
  id: string;
  schema: string;
  caption: string;
  dataset: string;
  version: string;
  properties: Record<string, string[]>;
}

/** Blocking keys of a parsed name, grouped by part so one part is credited once. */
export function nameKeys(name: ParsedName): string[][] {
  const groups: string[][] = [];
  const names = name.parts.filter((p) => p.kind === 'name' || p.kind === 'particle');
  for (const p of names) {
    if (p.kind !== 'name' || p.initial) continue;
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

/** Bounds on the work of one candidate search, whatever the query. */
export const CANDIDATE_LIMITS = {
  /** Key groups (query parts, joins, identifiers) considered. */
  groups: 64,
  /** Postings walked in full per query; beyond it, lists only credit entities already found. */
  postings: 40_000,
  /**
   * A list longer than this share of the index (and than `commonFloor`) is
   * common: it credits entities found through rarer keys but adds none of its
   * own once `limit` entities are found.
   */
  commonShare: 0.01,
  commonFloor: 64,
};

const MAGIC = 0x314d5849; // "IXM1" little-endian
const FORMAT = 1;
const SECTIONS = 8;

// UTF-8 through the platform's codec (Node and browsers both have one); core names no Node module.
interface Codec {
  encode(s: string): Uint8Array;
  decode(b: Uint8Array): string;
}
const platform = globalThis as unknown as {
  TextEncoder: new () => Pick<Codec, 'encode'>;
  TextDecoder: new () => Pick<Codec, 'decode'>;
};
const utf8 = new platform.TextEncoder();
const text = new platform.TextDecoder();

/** Decode UTF-8 from a view that may lie on a SharedArrayBuffer (TextDecoder refuses those). */
function decode(bytes: Uint8Array): string {
  return text.decode(bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice());
}

/** Binary search of `e` in the ascending run `post[lo, hi)`. */
function contains(post: Int32Array, lo: number, hi: number, e: number): boolean {
  let a = lo;
  let b = hi - 1;
  while (a <= b) {
    const mid = (a + b) >>> 1;
    const v = post[mid] as number;
    if (v === e) return true;
    if (v < e) a = mid + 1;
    else b = mid - 1;
  }
  return false;
}

/**
 * The candidate index. Built from entities with add() + freeze(), or loaded
 * from bytes with CandidateIndex.fromBytes().
 *
 * Compact form (toBytes / fromBytes): one byte buffer, every section 8-byte
 * aligned so it can be viewed in place (also on a SharedArrayBuffer shared
 * between worker threads):
 *   header   Uint32 × 20: magic "IXM1", format 1, entity count, key count,
 *            token count, then (offset, length) in bytes of 8 sections —
 *   0 meta      UTF-8 JSON: index options
 *   1 keys      UTF-8, the sorted blocking keys joined by "\n"
 *   2 keyStart  Uint32 × (keys + 1): where each key's postings start in `postings`
 *   3 postings  Int32: entity ordinals, ascending within each key
 *   4 tokens    UTF-8, the sorted name-part tokens joined by "\n"
 *   5 tokenDf   Uint32 × (tokens × 3 + 3): per token its entity counts for the
 *               person, organisation and other families; then the 3 family totals
 *   6 recStart  Uint32 × (entities + 1): where each entity record starts in `records`
 *   7 records   UTF-8 JSON per entity: id, schema, caption, dataset, version and
 *               the properties its facts are made of (names, identifiers,
 *               countries, birth dates, gender)
 * A loaded index parses an entity's names only when the entity is first a
 * candidate, so loading costs the key and token maps, not the list's names.
 */
export class CandidateIndex implements TokenStats {
  private readonly options: IndexOptions;
  // Growing state (add), merged into the frozen arrays by freeze().
  private building = new Map<string, number[]>();
  private buildingTokens = new Map<string, Uint32Array>();
  private pendingRecords: EntityRecord[] = [];
  // Frozen state.
  private keyIds = new Map<string, number>();
  private keyStart: Uint32Array<ArrayBufferLike> = new Uint32Array(1);
  private postings: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private tokenIds = new Map<string, number>();
  private tokenDf: Uint32Array<ArrayBufferLike> = new Uint32Array(FAMILIES.length);
  private recStart: Uint32Array<ArrayBufferLike> = new Uint32Array(1);
  private records: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
  private loaded: (IndexedEntity | undefined)[] = [];
  private count = 0;
  readonly totals = new Uint32Array(FAMILIES.length);
  // Scratch for candidates().
  private scores = new Float32Array(0);
  private stamps = new Int32Array(0);

  constructor(options: Partial<IndexOptions> = {}) {
    this.options = { ...INDEX_DEFAULTS, ...options };
  }

  get size(): number {
    return this.count;
  }

  /** Add one list entity; call freeze() (or use buildIndex) before querying. */
  add(entity: Entity): void {
    const facts = factsOf(entity);
    if (facts.names.length === 0 && facts.identifiers.size === 0) return;
    const ordinal = this.count++;
    const dataset = entity.datasets?.[0] ?? this.options.defaultDataset;
    const record: EntityRecord = {
      id: entity.id,
      schema: entity.schema,
      caption: caption(entity),
      dataset,
      version: this.options.versions[dataset] ?? entity.last_seen ?? '',
      properties: factProperties(entity.properties as QueryProperties),
    };
    this.pendingRecords.push(record);
    const { properties: _p, ...shown } = record;
    this.loaded[ordinal] = { ...shown, facts };
    const keys = new Set<string>(identifierKeys(facts));
    const tokens = new Set<string>();
    for (const n of facts.names) {
      for (const g of nameKeys(n)) for (const k of g) keys.add(k);
      for (const p of n.parts) if (p.kind === 'name') for (const t of partTokens(p)) tokens.add(t);
    }
    for (const k of keys) {
      const list = this.building.get(k);
      if (list) list.push(ordinal);
      else this.building.set(k, [ordinal]);
    }
    const family = FAMILIES.indexOf(familyOf(entity.schema));
    this.totals[family] = (this.totals[family] as number) + 1;
    for (const t of tokens) {
      let df = this.buildingTokens.get(t);
      if (!df) this.buildingTokens.set(t, (df = new Uint32Array(FAMILIES.length)));
      df[family] = (df[family] as number) + 1;
    }
  }

  /** Merge what was added into the compact arrays. Adding after freeze() and freezing again is allowed. */
  freeze(): this {
    if (this.building.size || this.pendingRecords.length) {
      this.mergeKeys();
      this.mergeTokens();
      this.mergeRecords();
    }
    this.scores = new Float32Array(this.count);
    this.stamps = new Int32Array(this.count).fill(-1);
    return this;
  }

  private mergeKeys(): void {
    const all = new Set<string>([...this.keyIds.keys(), ...this.building.keys()]);
    const keys = [...all].sort();
    const start = new Uint32Array(keys.length + 1);
    let total = this.postings.length;
    for (const l of this.building.values()) total += l.length;
    const post = new Int32Array(total);
    let at = 0;
    keys.forEach((k, i) => {
      start[i] = at;
      const old = this.keyIds.get(k);
      if (old !== undefined) {
        const run = this.postings.subarray(this.keyStart[old], this.keyStart[old + 1]);
        post.set(run, at);
        at += run.length;
      }
      const added = this.building.get(k);
      if (added) {
        post.set(added, at);
        at += added.length;
      }
    });
    start[keys.length] = at;
    this.keyIds = new Map(keys.map((k, i) => [k, i]));
    this.keyStart = start;
    this.postings = post;
    this.building = new Map();
  }

  private mergeTokens(): void {
    const F = FAMILIES.length;
    const all = new Set<string>([...this.tokenIds.keys(), ...this.buildingTokens.keys()]);
    const tokens = [...all].sort();
    const df = new Uint32Array(tokens.length * F + F);
    tokens.forEach((t, i) => {
      const old = this.tokenIds.get(t);
      const added = this.buildingTokens.get(t);
      for (let f = 0; f < F; f++) {
        df[i * F + f] = (old !== undefined ? (this.tokenDf[old * F + f] as number) : 0) + (added?.[f] ?? 0);
      }
    });
    df.set(this.totals, tokens.length * F);
    this.tokenIds = new Map(tokens.map((t, i) => [t, i]));
    this.tokenDf = df;
    this.buildingTokens = new Map();
  }

  private mergeRecords(): void {
    const encoded = this.pendingRecords.map((r) => utf8.encode(JSON.stringify(r)));
    const old = this.records.subarray(0, this.recStart[this.recStart.length - 1]);
    let total = old.length;
    for (const e of encoded) total += e.length;
    const records = new Uint8Array(total);
    records.set(old);
    const start = new Uint32Array(this.count + 1);
    start.set(this.recStart.subarray(0, this.recStart.length));
    let at = old.length;
    let i = this.recStart.length - 1;
    for (const e of encoded) {
      start[i++] = at;
      records.set(e, at);
      at += e.length;
    }
    start[i] = at;
    this.recStart = start;
    this.records = records;
    this.pendingRecords = [];
  }

  /** Entities carrying `token` among family `family` (FAMILIES index): the token weights' input. */
  df(token: string, family: number): number {
    const t = this.tokenIds.get(token);
    return t === undefined ? 0 : (this.tokenDf[t * FAMILIES.length + family] as number);
  }

  /** The indexed entity at `ordinal`; a loaded index makes its facts on first use. */
  entity(ordinal: number): IndexedEntity | undefined {
    const hit = this.loaded[ordinal];
    if (hit || ordinal < 0 || ordinal >= this.count) return hit;
    const bytes = this.records.subarray(this.recStart[ordinal], this.recStart[ordinal + 1]);
    const { properties, ...shown } = JSON.parse(decode(bytes)) as EntityRecord;
    const e: IndexedEntity = { ...shown, facts: factsOf({ schema: shown.schema, properties }) };
    this.loaded[ordinal] = e;
    return e;
  }

  /** Every indexed entity, in ordinal order (a loaded index makes all their facts: use entity() when you can). */
  get entities(): IndexedEntity[] {
    const out: IndexedEntity[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.entity(i) as IndexedEntity);
    return out;
  }

  /** Number of distinct keys and total postings, for memory reports. */
  stats(): { keys: number; postings: number; tokens: number; bytes: number } {
    this.freeze();
    return {
      keys: this.keyIds.size,
      postings: this.postings.length,
      tokens: this.tokenIds.size,
      bytes:
        this.keyStart.byteLength +
        this.postings.byteLength +
        this.tokenDf.byteLength +
        this.recStart.byteLength +
        this.records.byteLength,
    };
  }

  /**
   * Ordinals of the likeliest candidates, at most `limit`: each query part
   * credits an entity once with the rarest key it shares (inverse document
   * frequency). Rare keys are walked first; common keys (Mohammed, Ali) only
   * credit entities already found once `limit` are found, and the postings
   * walked per query are capped, so a common or huge query costs little.
   */
  candidates(query: Facts, limit: number): number[] {
    const n = this.count;
    if (this.scores.length !== n || this.building.size) this.freeze();
    const groups: { lists: [number, number][]; idf: number; size: number }[] = [];
    const raw: string[][] = identifierKeys(query).map((k) => [k]);
    for (const name of query.names) for (const g of nameKeys(name)) raw.push(g);
    for (const keys of raw.slice(0, CANDIDATE_LIMITS.groups * 4)) {
      const lists: [number, number][] = [];
      for (const k of keys) {
        const id = this.keyIds.get(k);
        if (id !== undefined) lists.push([this.keyStart[id] as number, this.keyStart[id + 1] as number]);
      }
      if (!lists.length) continue;
      lists.sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
      const size = (lists[0] as [number, number])[1] - (lists[0] as [number, number])[0];
      const idf = Math.log(1 + n / size) * (keys[0]?.[0] === 'i' ? 4 : 1);
      groups.push({ lists, idf, size });
    }
    groups.sort((a, b) => a.size - b.size);
    groups.length = Math.min(groups.length, CANDIDATE_LIMITS.groups);
    const common = Math.max(CANDIDATE_LIMITS.commonFloor, CANDIDATE_LIMITS.commonShare * n);
    const touched: number[] = [];
    const { scores, stamps, postings } = this;
    let walked = 0;
    for (let g = 0; g < groups.length && walked < CANDIDATE_LIMITS.postings; g++) {
      const { lists, idf } = groups[g] as (typeof groups)[number];
      for (const [lo, hi] of lists) {
        const len = hi - lo;
        const adds = touched.length < limit || len <= common;
        const search = touched.length * Math.log2(len + 1);
        if (!adds && search < len) {
          // A common key once enough are found: credit the entities found, by binary search.
          walked += search;
          for (const e of touched) {
            if (stamps[e] === g || !contains(postings, lo, hi, e)) continue;
            stamps[e] = g;
            scores[e] = (scores[e] as number) + idf;
          }
          continue;
        }
        walked += len;
        for (let i = lo; i < hi; i++) {
          const e = postings[i] as number;
          if (stamps[e] === g) continue;
          if (stamps[e] === -1) {
            if (!adds) continue;
            touched.push(e);
          }
          stamps[e] = g;
          scores[e] = (scores[e] as number) + idf;
        }
      }
    }
    let result = touched;
    if (touched.length > limit) {
      const sorted = Float32Array.from(touched, (e) => scores[e] as number).sort();
      const cutoff = sorted[sorted.length - limit] as number;
      result = touched.filter((e) => (scores[e] as number) >= cutoff);
      result.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
      result.length = Math.min(result.length, limit);
    }
    for (const e of touched) {
      scores[e] = 0;
      stamps[e] = -1;
    }
    return result;
  }

  /** The index as one byte buffer (layout in the class comment); fromBytes() reads it back. */
  toBytes(): Uint8Array {
    this.freeze();
    const parts: Uint8Array[] = [
      utf8.encode(JSON.stringify(this.options)),
      utf8.encode([...this.keyIds.keys()].join('\n')),
      new Uint8Array(this.keyStart.buffer, this.keyStart.byteOffset, this.keyStart.byteLength),
      new Uint8Array(this.postings.buffer, this.postings.byteOffset, this.postings.byteLength),
      utf8.encode([...this.tokenIds.keys()].join('\n')),
      new Uint8Array(this.tokenDf.buffer, this.tokenDf.byteOffset, this.tokenDf.byteLength),
      new Uint8Array(this.recStart.buffer, this.recStart.byteOffset, this.recStart.byteLength),
      this.records,
    ];
    const header = 5 + 2 * SECTIONS;
    const align = (x: number) => (x + 7) & ~7;
    let at = align(header * 4);
    const places = parts.map((p) => {
      const place = at;
      at = align(at + p.length);
      return place;
    });
    const out = new Uint8Array(at);
    const head = new Uint32Array(out.buffer, 0, header);
    head.set([MAGIC, FORMAT, this.count, this.keyIds.size, this.tokenIds.size]);
    parts.forEach((p, i) => {
      head[5 + 2 * i] = places[i] as number;
      head[6 + 2 * i] = p.length;
      out.set(p, places[i]);
    });
    return out;
  }

  /**
   * An index from toBytes() output. Typed sections are views on `bytes` (no
   * copy), so `bytes` may live on a SharedArrayBuffer read by several threads;
   * it must start 8-byte aligned and not be changed afterwards.
   */
  static fromBytes(bytes: Uint8Array): CandidateIndex {
    const fail = (why: string) =>
      new UsageError(`not a candidate index: ${why}`, 'rebuild the index from the stored dataset');
    if (bytes.byteLength < (5 + 2 * SECTIONS) * 4 || bytes.byteOffset % 8 !== 0)
      throw fail('too short or not 8-byte aligned');
    const head = new Uint32Array(bytes.buffer, bytes.byteOffset, 5 + 2 * SECTIONS);
    if (head[0] !== MAGIC) throw fail('bad magic number');
    if (head[1] !== FORMAT) throw fail(`format ${head[1]}, this version reads ${FORMAT}`);
    const section = (i: number): Uint8Array => {
      const off = head[5 + 2 * i] as number;
      const len = head[6 + 2 * i] as number;
      if (off + len > bytes.byteLength || off % 8 !== 0) throw fail(`section ${i} out of bounds`);
      return bytes.subarray(off, off + len);
    };
    const u32 = (s: Uint8Array) => new Uint32Array(s.buffer, s.byteOffset, s.byteLength / 4);
    const [count, keyCount, tokenCount] = [head[2] as number, head[3] as number, head[4] as number];
    const index = new CandidateIndex(JSON.parse(decode(section(0))) as IndexOptions);
    const keys = keyCount ? decode(section(1)).split('\n') : [];
    const tokens = tokenCount ? decode(section(4)).split('\n') : [];
    if (keys.length !== keyCount || tokens.length !== tokenCount) throw fail('key or token count differs');
    index.keyIds = new Map(keys.map((k, i) => [k, i]));
    index.keyStart = u32(section(2));
    const post = section(3);
    index.postings = new Int32Array(post.buffer, post.byteOffset, post.byteLength / 4);
    index.tokenIds = new Map(tokens.map((t, i) => [t, i]));
    index.tokenDf = u32(section(5));
    index.totals.set(index.tokenDf.subarray(tokenCount * FAMILIES.length));
    index.recStart = u32(section(6));
    index.records = section(7);
    index.count = count;
    if (index.keyStart.length !== keyCount + 1 || index.recStart.length !== count + 1)
      throw fail('section sizes disagree with the header');
    index.loaded = new Array<IndexedEntity | undefined>(count);
    return index.freeze();
  }

  /** Frozen indexes of consecutive slices as one (mergeIndexes). */
  static merged(parts: CandidateIndex[]): CandidateIndex {
    const F = FAMILIES.length;
    const index = new CandidateIndex(parts[0]!.options);
    const base: number[] = [];
    let count = 0;
    for (const p of parts) {
      base.push(count);
      count += p.count;
    }
    // Keys: sorted as freeze() sorts them; each key's postings slice by slice (ascending ordinals).
    const allKeys = new Set<string>();
    let total = 0;
    for (const p of parts) {
      for (const k of p.keyIds.keys()) allKeys.add(k);
      total += p.postings.length;
    }
    const keys = [...allKeys].sort();
    allKeys.clear();
    const start = new Uint32Array(keys.length + 1);
    const post = new Int32Array(total);
    let at = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      start[i] = at;
      for (let j = 0; j < parts.length; j++) {
        const p = parts[j] as CandidateIndex;
        const id = p.keyIds.get(k);
        if (id === undefined) continue;
        const lo = p.keyStart[id] as number;
        const hi = p.keyStart[id + 1] as number;
        const shift = base[j] as number;
        for (let x = lo; x < hi; x++) post[at++] = (p.postings[x] as number) + shift;
      }
    }
    start[keys.length] = at;
    index.keyIds = new Map(keys.map((k, i) => [k, i]));
    index.keyStart = start;
    index.postings = post;
    // Tokens: counts per family summed.
    const allTokens = new Set<string>();
    for (const p of parts) for (const t of p.tokenIds.keys()) allTokens.add(t);
    const tokens = [...allTokens].sort();
    const df = new Uint32Array(tokens.length * F + F);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as string;
      for (const p of parts) {
        const id = p.tokenIds.get(t);
        if (id === undefined) continue;
        for (let f = 0; f < F; f++)
          df[i * F + f] = (df[i * F + f] as number) + (p.tokenDf[id * F + f] as number);
      }
    }
    for (const p of parts)
      for (let f = 0; f < F; f++) index.totals[f] = (index.totals[f] as number) + (p.totals[f] as number);
    df.set(index.totals, tokens.length * F);
    index.tokenIds = new Map(tokens.map((t, i) => [t, i]));
    index.tokenDf = df;
    // Records: concatenated.
    let bytes = 0;
    for (const p of parts) bytes += p.recStart[p.count] as number;
    const records = new Uint8Array(bytes);
    const recStart = new Uint32Array(count + 1);
    let r = 0;
    let e = 0;
    for (const p of parts) {
      const end = p.recStart[p.count] as number;
      records.set(p.records.subarray(0, end), r);
      for (let i = 0; i < p.count; i++) recStart[e++] = r + (p.recStart[i] as number);
      r += end;
    }
    recStart[count] = r;
    index.recStart = recStart;
    index.records = records;
    index.count = count;
    index.loaded = new Array<IndexedEntity | undefined>(count);
    return index.freeze();
  }
}

/**
 * One index from indexes built over consecutive slices of a list (the first
 * slice's entities first): the same index, byte for byte, as one built over
 * the whole list, so slices can be built in parallel. The result owns new
 * arrays; the parts are not changed.
 */
export function mergeIndexes(parts: CandidateIndex[]): CandidateIndex {
  const first = parts[0];
  if (!first) return new CandidateIndex().freeze();
  if (parts.length === 1) return CandidateIndex.fromBytes(first.toBytes());
  for (const p of parts) p.freeze();
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
): CandidateIndex {
  const index = new CandidateIndex(options);
  for (const e of source) index.add(e);
  return index.freeze();
}
