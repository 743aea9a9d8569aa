// The frozen arrays of a candidate index and their compact byte form.
import { UsageError } from '../model/errors.js';
import { FAMILIES } from './token-stats.js';

export interface IndexOptions {
  /** Dataset name → version (for example a list's publication date), reported with each match. */
  versions: Record<string, string>;
  /** Dataset used when an entity names none. */
  defaultDataset: string;
}

export const INDEX_DEFAULTS: IndexOptions = { versions: {}, defaultDataset: 'default' };

/**
 * Sorted keys (or tokens) → their position: a Map when built in memory, a
 * table over the stored bytes when loaded (no string per key).
 */
export interface KeyTable {
  readonly size: number;
  get(key: string): number | undefined;
  /** The keys in sorted order. */
  keys(): IterableIterator<string>;
}

/**
 * Sorted keys held as a list, as merging slices makes them: iterated in place
 * (writing the index's bytes needs only that) and looked up through a Map made
 * on first use (an index of 1.5 million entities has 4 million keys: a Map of
 * them costs seconds and some 300 MB that sharing the index never needs).
 */
export class ListedKeys implements KeyTable {
  private map: Map<string, number> | undefined;

  constructor(readonly list: readonly string[]) {}

  get size(): number {
    return this.list.length;
  }

  get(key: string): number | undefined {
    if (!this.map) {
      const map = new Map<string, number>();
      for (let i = 0; i < this.list.length; i++) map.set(this.list[i] as string, i);
      this.map = map;
    }
    return this.map.get(key);
  }

  keys(): IterableIterator<string> {
    return this.list.values();
  }
}

/** The keys of `t` in sorted order as a list (the list itself when `t` holds one). */
const keyList = (t: KeyTable): readonly string[] => (t instanceof ListedKeys ? t.list : [...t.keys()]);

/** Below this many keys a loaded index keeps a Map (faster lookups, little memory). */
const MAP_BELOW = 50_000;

/**
 * Sorted keys looked up where they are stored: the UTF-8 section of "\n"
 * separated keys and each key's start, searched by bisection on bytes. Without
 * characters beyond the Basic Multilingual Plane, UTF-8 byte order is the
 * order the keys were sorted in (UTF-16 code units), so bisection on bytes
 * finds every key; a section holding such characters is read into a Map.
 */
class ByteKeys implements KeyTable {
  private probe = new Uint8Array(256);

  constructor(
    private readonly bytes: Uint8Array,
    private readonly starts: Uint32Array,
    readonly size: number,
  ) {}

  get(key: string): number | undefined {
    if (key.length * 3 > this.probe.length) this.probe = new Uint8Array(key.length * 3);
    const q = this.probe;
    const n = utf8.encodeInto(key, q).written;
    const b = this.bytes;
    const st = this.starts;
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const from = st[mid] as number;
      const len = (st[mid + 1] as number) - 1 - from;
      const m = len < n ? len : n;
      let c = 0;
      for (let i = 0; i < m && c === 0; i++) c = (b[from + i] as number) - (q[i] as number);
      if (c === 0) c = len - n;
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  *keys(): IterableIterator<string> {
    for (let i = 0; i < this.size; i++)
      yield decode(this.bytes.subarray(this.starts[i], (this.starts[i + 1] as number) - 1));
  }
}

/** The key table of a stored "\n"-joined sorted section holding `count` keys. */
function keyTable(section: Uint8Array, count: number): KeyTable {
  if (count >= MAP_BELOW) {
    const starts = new Uint32Array(count + 1);
    let k = 0;
    let astral = false;
    for (let i = 0; i < section.length; i++) {
      const c = section[i] as number;
      if (c === 10) starts[++k] = i + 1;
      else if (c >= 0xf0) astral = true;
    }
    if (k !== count - 1) throw notAnIndex('key or token count differs');
    starts[count] = section.length + 1;
    if (!astral) return new ByteKeys(section, starts, count);
  }
  const keys = count ? decode(section).split('\n') : [];
  if (keys.length !== count) throw notAnIndex('key or token count differs');
  const map = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) map.set(keys[i] as string, i);
  return map;
}

/**
 * The frozen state of an index: sorted keys with their postings, token
 * counts per family, and one JSON record per entity.
 */
export interface IndexArrays {
  options: IndexOptions;
  /** Key → position in the sorted keys. */
  keyIds: KeyTable;
  /** Where each key's postings start in `postings` (keys + 1 entries). */
  keyStart: Uint32Array<ArrayBufferLike>;
  /** Entity ordinals, ascending within each key. */
  postings: Int32Array<ArrayBufferLike>;
  /** Token → position in the sorted tokens. */
  tokenIds: KeyTable;
  /** Per token its entity counts per family, then the family totals. */
  tokenDf: Uint32Array<ArrayBufferLike>;
  /** Where each entity record starts in `records` (entities + 1 entries). */
  recStart: Uint32Array<ArrayBufferLike>;
  /** UTF-8 JSON per entity. */
  records: Uint8Array<ArrayBufferLike>;
  /** Entities per family. */
  totals: Uint32Array;
  count: number;
}

/** Arrays of an index holding nothing. */
export function emptyArrays(options: IndexOptions): IndexArrays {
  return {
    options,
    keyIds: new Map(),
    keyStart: new Uint32Array(1),
    postings: new Int32Array(0),
    tokenIds: new Map(),
    tokenDf: new Uint32Array(FAMILIES.length),
    recStart: new Uint32Array(1),
    records: new Uint8Array(0),
    totals: new Uint32Array(FAMILIES.length),
    count: 0,
  };
}

const MAGIC = 0x314d5849; // "IXM1" little-endian
const FORMAT = 1;
const SECTIONS = 8;

// UTF-8 through the platform's codec (Node and browsers both have one); core names no Node module.
interface Codec {
  encode(s: string): Uint8Array;
  encodeInto(s: string, into: Uint8Array): { written: number };
  decode(b: Uint8Array): string;
}
const platform = globalThis as unknown as {
  TextEncoder: new () => Pick<Codec, 'encode' | 'encodeInto'>;
  TextDecoder: new () => Pick<Codec, 'decode'>;
};
export const utf8 = new platform.TextEncoder();
const text = new platform.TextDecoder();

/** Decode UTF-8 from a view that may lie on a SharedArrayBuffer (TextDecoder refuses those). */
export function decode(bytes: Uint8Array): string {
  return text.decode(bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice());
}

/*
 * Compact form: one byte buffer, every section 8-byte aligned so it can be
 * viewed in place (also on a SharedArrayBuffer shared between worker threads):
 *   header   Uint32 × 21: magic "IXM1", format 1, entity count, key count,
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
 */

/**
 * The arrays as one byte buffer (layout above); arraysFromBytes() reads it
 * back. `alloc` gives the zero-filled, 8-byte aligned bytes to write into (for
 * example a view on a SharedArrayBuffer), so the index is not copied twice.
 */
export function arraysToBytes(
  a: IndexArrays,
  alloc: (length: number) => Uint8Array = (n) => new Uint8Array(n),
): Uint8Array {
  const parts: Uint8Array[] = [
    utf8.encode(JSON.stringify(a.options)),
    utf8.encode(keyList(a.keyIds).join('\n')),
    new Uint8Array(a.keyStart.buffer, a.keyStart.byteOffset, a.keyStart.byteLength),
    new Uint8Array(a.postings.buffer, a.postings.byteOffset, a.postings.byteLength),
    utf8.encode(keyList(a.tokenIds).join('\n')),
    new Uint8Array(a.tokenDf.buffer, a.tokenDf.byteOffset, a.tokenDf.byteLength),
    new Uint8Array(a.recStart.buffer, a.recStart.byteOffset, a.recStart.byteLength),
    a.records,
  ];
  const header = 5 + 2 * SECTIONS;
  const align = (x: number) => (x + 7) & ~7;
  let at = align(header * 4);
  const places = parts.map((p) => {
    const place = at;
    at = align(at + p.length);
    return place;
  });
  const out = alloc(at);
  const head = new Uint32Array(out.buffer, out.byteOffset, header);
  head.set([MAGIC, FORMAT, a.count, a.keyIds.size, a.tokenIds.size]);
  parts.forEach((p, i) => {
    head[5 + 2 * i] = places[i] as number;
    head[6 + 2 * i] = p.length;
    out.set(p, places[i]);
  });
  return out;
}

/**
 * An index's arrays with its keys and tokens as sorted lists, not maps: what
 * merging slices needs (making a map per slice would cost as much again).
 */
export type IndexSlice = Omit<IndexArrays, 'keyIds' | 'tokenIds'> & { keys: string[]; tokens: string[] };

/** The arrays as a slice (keys and tokens listed in their sorted order). */
export function sliceOf(a: IndexArrays): IndexSlice {
  const { keyIds, tokenIds, ...rest } = a;
  return { ...rest, keys: keyList(keyIds).slice(), tokens: keyList(tokenIds).slice() };
}

/**
 * Arrays from arraysToBytes() output. Typed sections are views on `bytes` (no
 * copy), so `bytes` may live on a SharedArrayBuffer read by several threads;
 * it must start 8-byte aligned and not be changed afterwards.
 */
export function arraysFromBytes(bytes: Uint8Array): IndexArrays {
  const { slice, keys, tokens } = readSections(bytes);
  const { keyCount, tokenCount, ...rest } = slice;
  return { ...rest, keyIds: keyTable(keys, keyCount), tokenIds: keyTable(tokens, tokenCount) };
}

/** The slice held in arraysToBytes() output (typed sections are views on `bytes`). */
export function sliceFromBytes(bytes: Uint8Array): IndexSlice {
  const { slice, keys, tokens } = readSections(bytes);
  const { keyCount, tokenCount, ...rest } = slice;
  const keyList = keyCount ? decode(keys).split('\n') : [];
  const tokenList = tokenCount ? decode(tokens).split('\n') : [];
  if (keyList.length !== keyCount || tokenList.length !== tokenCount)
    throw notAnIndex('key or token count differs');
  return { ...rest, keys: keyList, tokens: tokenList };
}

const notAnIndex = (why: string) =>
  new UsageError(`not a candidate index: ${why}`, 'rebuild the index from the stored dataset');

/** The sections of arraysToBytes() output, checked; keys and tokens left as bytes. */
function readSections(bytes: Uint8Array): {
  slice: Omit<IndexSlice, 'keys' | 'tokens'> & { keyCount: number; tokenCount: number };
  keys: Uint8Array;
  tokens: Uint8Array;
} {
  const fail = notAnIndex;
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
  const post = section(3);
  const tokenDf = u32(section(5));
  const a = {
    options: { ...INDEX_DEFAULTS, ...(JSON.parse(decode(section(0))) as Partial<IndexOptions>) },
    keyCount,
    keyStart: u32(section(2)),
    postings: new Int32Array(post.buffer, post.byteOffset, post.byteLength / 4),
    tokenCount,
    tokenDf,
    recStart: u32(section(6)),
    records: section(7),
    totals: Uint32Array.from(tokenDf.subarray(tokenCount * FAMILIES.length)),
    count,
  };
  if (a.keyStart.length !== keyCount + 1 || a.recStart.length !== count + 1)
    throw fail('section sizes disagree with the header');
  return { slice: a, keys: section(1), tokens: section(4) };
}
