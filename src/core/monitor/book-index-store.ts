// The book index's arrays: built from a book in one pass (keys, then postings
// by a radix sort), and stored as one byte buffer of typed arrays that loads
// back as views.

import { factsOf } from '../match/facts.js';
import { UsageError } from '../model/errors.js';
import { bookFingerprint, entryKeys, HAS_BIRTH, HAS_COUNTRY, HAS_ID, nameWeight } from './book-keys.js';
import { joinedLengths, KINDS, type BookPartArrays } from './book-parts.js';
import type { Counterparty } from './types.js';

const MAGIC = 0x31584b42; // "BKX1" little-endian
const FORMAT = 3;
const HEADER = 8; // Uint32 words
const ARRAYS = 11;

/** Everything a book index holds, as typed arrays. */
export interface BookArrays extends BookPartArrays {
  size: number;
  fingerprint: number;
  /** Key hashes, ascending, and each one's run of ordinals in `postings` (ascending too). */
  keyHash: Uint32Array;
  keyStart: Uint32Array;
  postings: Uint32Array;
  /** Per ordinal: least and greatest total part weight of its names, and which facts it carries. */
  wMin: Float32Array;
  wMax: Float32Array;
  flags: Uint8Array;
}

/** The arrays of a book's index (ordinals are positions in `book`). */
export function buildBookArrays(book: readonly Counterparty[]): BookArrays {
  const n = book.length;
  const wMin = new Float32Array(n);
  const wMax = new Float32Array(n);
  const flags = new Uint8Array(n);
  let keys = new Uint32Array(1 << 20);
  const entryEnd = new Uint32Array(n);
  let at = 0;
  const partNo = new Map<string, number>();
  const kinds: number[] = [];
  const texts: string[] = [];
  const entryStart = new Uint32Array(n + 1);
  let entryParts = new Uint32Array(1 << 20);
  let ep = 0;
  for (let i = 0; i < n; i++) {
    const c = book[i] as Counterparty;
    const facts = factsOf({ schema: c.schema, properties: c.properties });
    let lo = Infinity;
    let hi = 0;
    for (const name of facts.names) {
      const w = nameWeight(name);
      lo = Math.min(lo, w);
      hi = Math.max(hi, w);
    }
    wMin[i] = facts.names.length ? lo : 0;
    wMax[i] = hi;
    flags[i] =
      (facts.birthDates.length ? HAS_BIRTH : 0) |
      (facts.countries.length ? HAS_COUNTRY : 0) |
      (facts.identifiers.size ? HAS_ID : 0);
    for (const name of facts.names) {
      if (ep + name.parts.length + 2 > entryParts.length) {
        const grown = new Uint32Array(entryParts.length * 2 + name.parts.length);
        grown.set(entryParts.subarray(0, ep));
        entryParts = grown;
      }
      entryParts[ep++] = name.parts.length;
      entryParts[ep++] = joinedLengths(name);
      for (const p of name.parts) {
        const key = `${p.kind}:${p.text}`;
        let t = partNo.get(key);
        if (t === undefined) {
          t = texts.length;
          partNo.set(key, t);
          kinds.push(KINDS.indexOf(p.kind));
          texts.push(p.text);
        }
        entryParts[ep++] = t;
      }
    }
    entryStart[i + 1] = ep;
    const ks = entryKeys(facts);
    if (at + ks.size > keys.length) {
      const grown = new Uint32Array(Math.max(keys.length * 2, at + ks.size));
      grown.set(keys.subarray(0, at));
      keys = grown;
    }
    for (const k of ks) keys[at++] = k;
    entryEnd[i] = at;
  }
  // Postings by key: a stable radix sort of (hash, ordinal) on the hash keeps ordinals ascending.
  const total = at;
  const ord = new Uint32Array(total);
  for (let i = 0, j = 0; i < n; i++) for (const end = entryEnd[i] as number; j < end; j++) ord[j] = i;
  let hs = keys.subarray(0, total);
  let os = ord;
  let hs2 = new Uint32Array(total);
  let os2 = new Uint32Array(total);
  const count = new Uint32Array(65537);
  for (const shift of [0, 16]) {
    count.fill(0);
    for (let i = 0; i < total; i++) {
      const d = (((hs[i] as number) >>> shift) & 0xffff) + 1;
      count[d] = (count[d] as number) + 1;
    }
    for (let d = 0; d < 65536; d++) count[d + 1] = (count[d + 1] as number) + (count[d] as number);
    for (let i = 0; i < total; i++) {
      const d = ((hs[i] as number) >>> shift) & 0xffff;
      const to = count[d] as number;
      count[d] = to + 1;
      hs2[to] = hs[i] as number;
      os2[to] = os[i] as number;
    }
    [hs, hs2] = [hs2, hs];
    [os, os2] = [os2, os];
  }
  let distinct = 0;
  for (let i = 0; i < total; i++) if (i === 0 || hs[i] !== hs[i - 1]) distinct++;
  const keyHash = new Uint32Array(distinct);
  const keyStart = new Uint32Array(distinct + 1);
  for (let i = 0, k = -1; i < total; i++) {
    if (i === 0 || hs[i] !== hs[i - 1]) {
      k++;
      keyHash[k] = hs[i] as number;
      keyStart[k] = i;
    }
  }
  keyStart[distinct] = total;
  const partTextStart = new Uint32Array(texts.length + 1);
  let chars = 0;
  texts.forEach((t, i) => {
    chars += t.length;
    partTextStart[i + 1] = chars;
  });
  const partText = new Uint16Array(chars);
  texts.forEach((t, i) => {
    const from = partTextStart[i] as number;
    for (let k = 0; k < t.length; k++) partText[from + k] = t.charCodeAt(k);
  });
  return {
    size: n,
    fingerprint: bookFingerprint(book),
    keyHash,
    keyStart,
    postings: os.slice(0, total),
    wMin,
    wMax,
    flags,
    entryStart,
    entryParts: entryParts.slice(0, ep),
    partKind: Uint8Array.from(kinds),
    partTextStart,
    partText,
  };
}

/**
 * The arrays as one byte buffer: a header, then the typed arrays, each 8-byte
 * aligned; `alloc` gives the buffer (zeroed, 8-byte aligned), e.g. in shared memory.
 */
export function arraysToBytes(
  x: BookArrays,
  alloc: (bytes: number) => Uint8Array = (n) => new Uint8Array(n),
): Uint8Array {
  const arrays = [
    x.keyHash,
    x.keyStart,
    x.postings,
    x.wMin,
    x.wMax,
    x.flags,
    x.entryStart,
    x.entryParts,
    x.partKind,
    x.partTextStart,
    x.partText,
  ];
  const align = (x: number) => (x + 7) & ~7;
  let at = align((HEADER + arrays.length) * 4);
  const places = arrays.map((a) => {
    const p = at;
    at = align(at + a.byteLength);
    return p;
  });
  const out = alloc(at);
  const head = new Uint32Array(out.buffer, out.byteOffset, HEADER + arrays.length);
  head.set([
    MAGIC,
    FORMAT,
    x.size,
    x.fingerprint,
    x.keyHash.length,
    x.postings.length,
    x.entryParts.length,
    x.partKind.length,
  ]);
  arrays.forEach((a, i) => {
    head[HEADER + i] = places[i] as number;
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), places[i]);
  });
  return out;
}

/** The arrays from arraysToBytes() output, as views on `bytes` (copied once when not 8-byte aligned). */
export function arraysFromBytes(input: Uint8Array): BookArrays {
  const fail = (why: string) =>
    new UsageError(`not a book index: ${why}`, 'remove the watch and add it again to rebuild its index');
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  if (bytes.byteLength < (HEADER + ARRAYS) * 4) throw fail('too short');
  const head = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER + ARRAYS);
  if (head[0] !== MAGIC) throw fail('bad magic number');
  if (head[1] !== FORMAT) throw fail(`format ${head[1]}, this version reads ${FORMAT}`);
  const [size, fingerprint, keys, postings, entryParts, parts] = [
    head[2]!,
    head[3]!,
    head[4]!,
    head[5]!,
    head[6]!,
    head[7]!,
  ];
  const lengths = [keys, keys + 1, postings, size, size, size, size + 1, entryParts, parts, parts + 1];
  const view = <T>(i: number, make: (b: ArrayBufferLike, off: number, len: number) => T, unit: number) => {
    const off = head[HEADER + i]!;
    const len = i === 10 ? textLength : lengths[i]!;
    if (off % 8 !== 0 || off + len * unit > bytes.byteLength) throw fail(`array ${i} out of bounds`);
    return make(bytes.buffer, bytes.byteOffset + off, len);
  };
  const u32 = (b: ArrayBufferLike, o: number, l: number) => new Uint32Array(b, o, l);
  const f32 = (b: ArrayBufferLike, o: number, l: number) => new Float32Array(b, o, l);
  const u8 = (b: ArrayBufferLike, o: number, l: number) => new Uint8Array(b, o, l);
  let textLength = 0;
  const partTextStart = view(9, u32, 4);
  textLength = partTextStart[parts] ?? 0;
  const arrays: BookArrays = {
    size,
    fingerprint,
    keyHash: view(0, u32, 4),
    keyStart: view(1, u32, 4),
    postings: view(2, u32, 4),
    wMin: view(3, f32, 4),
    wMax: view(4, f32, 4),
    flags: view(5, u8, 1),
    entryStart: view(6, u32, 4),
    entryParts: view(7, u32, 4),
    partKind: view(8, u8, 1),
    partTextStart,
    partText: view(10, (b, o, l) => new Uint16Array(b, o, l), 2),
  };
  if (arrays.entryStart[size] !== entryParts) throw fail('part runs do not add up');
  return arrays;
}
