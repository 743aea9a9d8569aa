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
 * The frozen state of an index: sorted keys with their postings, token
 * counts per family, and one JSON record per entity.
 */
export interface IndexArrays {
  options: IndexOptions;
  /** Key → position in the sorted keys. */
  keyIds: Map<string, number>;
  /** Where each key's postings start in `postings` (keys + 1 entries). */
  keyStart: Uint32Array<ArrayBufferLike>;
  /** Entity ordinals, ascending within each key. */
  postings: Int32Array<ArrayBufferLike>;
  /** Token → position in the sorted tokens. */
  tokenIds: Map<string, number>;
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
  decode(b: Uint8Array): string;
}
const platform = globalThis as unknown as {
  TextEncoder: new () => Pick<Codec, 'encode'>;
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
    utf8.encode([...a.keyIds.keys()].join('\n')),
    new Uint8Array(a.keyStart.buffer, a.keyStart.byteOffset, a.keyStart.byteLength),
    new Uint8Array(a.postings.buffer, a.postings.byteOffset, a.postings.byteLength),
    utf8.encode([...a.tokenIds.keys()].join('\n')),
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
  return { ...rest, keys: [...keyIds.keys()], tokens: [...tokenIds.keys()] };
}

/**
 * Arrays from arraysToBytes() output. Typed sections are views on `bytes` (no
 * copy), so `bytes` may live on a SharedArrayBuffer read by several threads;
 * it must start 8-byte aligned and not be changed afterwards.
 */
export function arraysFromBytes(bytes: Uint8Array): IndexArrays {
  const { keys, tokens, ...rest } = sliceFromBytes(bytes);
  const keyIds = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) keyIds.set(keys[i] as string, i);
  const tokenIds = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) tokenIds.set(tokens[i] as string, i);
  return { ...rest, keyIds, tokenIds };
}

/** The slice held in arraysToBytes() output (typed sections are views on `bytes`). */
export function sliceFromBytes(bytes: Uint8Array): IndexSlice {
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
  const keys = keyCount ? decode(section(1)).split('\n') : [];
  const tokens = tokenCount ? decode(section(4)).split('\n') : [];
  if (keys.length !== keyCount || tokens.length !== tokenCount) throw fail('key or token count differs');
  const post = section(3);
  const tokenDf = u32(section(5));
  const a: IndexSlice = {
    options: { ...INDEX_DEFAULTS, ...(JSON.parse(decode(section(0))) as Partial<IndexOptions>) },
    keys,
    keyStart: u32(section(2)),
    postings: new Int32Array(post.buffer, post.byteOffset, post.byteLength / 4),
    tokens,
    tokenDf,
    recStart: u32(section(6)),
    records: section(7),
    totals: Uint32Array.from(tokenDf.subarray(tokenCount * FAMILIES.length)),
    count,
  };
  if (a.keyStart.length !== keyCount + 1 || a.recStart.length !== count + 1)
    throw fail('section sizes disagree with the header');
  return a;
}
