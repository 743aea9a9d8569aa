// Merging the frozen arrays of indexes built over consecutive slices of a list:
// their sorted keys and tokens are walked together (linear in what they hold).
import { emptyArrays, ListedKeys, sliceOf, type IndexArrays, type IndexSlice } from './index-arrays.js';
import { grown } from './index-builder.js';
import { FAMILIES } from './token-stats.js';

/**
 * Walk sorted string lists together: `next(value)` once for each distinct
 * value in sorted order, then `visit(list, at)` for each of its entries, in
 * list order. A heap of the lists' heads: no value is looked up per list.
 */
function walkSorted(
  lists: string[][],
  next: (value: string) => void,
  visit: (list: number, at: number) => void,
): void {
  const pos = new Int32Array(lists.length);
  const heap: number[] = [];
  const head = (l: number): string => (lists[l] as string[])[pos[l] as number] as string;
  const less = (a: number, b: number): boolean => {
    const x = head(a);
    const y = head(b);
    return x < y || (x === y && a < b);
  };
  const down = (from: number): void => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l] as number, heap[m] as number)) m = l;
      if (r < heap.length && less(heap[r] as number, heap[m] as number)) m = r;
      if (m === i) return;
      const t = heap[i] as number;
      heap[i] = heap[m] as number;
      heap[m] = t;
      i = m;
    }
  };
  for (let l = 0; l < lists.length; l++) if ((lists[l] as string[]).length) heap.push(l);
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  let last: string | undefined;
  while (heap.length) {
    const l = heap[0] as number;
    const v = head(l);
    if (v !== last) {
      next(v);
      last = v;
    }
    visit(l, pos[l] as number);
    pos[l] = (pos[l] as number) + 1;
    if ((pos[l] as number) >= (lists[l] as string[]).length) {
      const tail = heap.pop() as number;
      if (!heap.length) break;
      heap[0] = tail;
    }
    down(0);
  }
}

/** Keys sorted as a whole-list build sorts them; each key's postings slice by slice (ascending ordinals). */
function mergeKeys(parts: IndexSlice[], base: number[], into: IndexArrays): void {
  let total = 0;
  for (const p of parts) total += p.postings.length;
  // Sorted keys as a list: their Map is made only if the merged index is queried (ListedKeys).
  const keys: string[] = [];
  let start = new Uint32Array(1024);
  const post = new Int32Array(total);
  let at = 0;
  walkSorted(
    parts.map((p) => p.keys),
    (k) => {
      start = grown(start, keys.length + 2);
      start[keys.length] = at;
      keys.push(k);
    },
    (j, i) => {
      const p = parts[j] as IndexSlice;
      const lo = p.keyStart[i] as number;
      const hi = p.keyStart[i + 1] as number;
      const shift = base[j] as number;
      for (let x = lo; x < hi; x++) post[at++] = (p.postings[x] as number) + shift;
    },
  );
  start[keys.length] = at;
  into.keyIds = new ListedKeys(keys);
  into.keyStart = start.slice(0, keys.length + 1);
  into.postings = post;
}

/** Token counts per family, summed. */
function mergeTokens(parts: IndexSlice[], into: IndexArrays): void {
  const F = FAMILIES.length;
  const tokens: string[] = [];
  let df = new Uint32Array(1024 * F);
  walkSorted(
    parts.map((p) => p.tokens),
    (t) => {
      df = grown(df, (tokens.length + 2) * F);
      tokens.push(t);
    },
    (j, i) => {
      const src = (parts[j] as IndexSlice).tokenDf;
      const to = (tokens.length - 1) * F;
      for (let f = 0; f < F; f++) df[to + f] = (df[to + f] as number) + (src[i * F + f] as number);
    },
  );
  for (const p of parts)
    for (let f = 0; f < F; f++) into.totals[f] = (into.totals[f] as number) + (p.totals[f] as number);
  const tokenDf = new Uint32Array(tokens.length * F + F);
  tokenDf.set(df.subarray(0, tokens.length * F));
  tokenDf.set(into.totals, tokens.length * F);
  into.tokenIds = new ListedKeys(tokens);
  into.tokenDf = tokenDf;
}

/** Entity records, concatenated. */
function mergeRecords(parts: IndexSlice[], count: number, into: IndexArrays): void {
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
  into.recStart = recStart;
  into.records = records;
}

/** Frozen arrays of consecutive slices as the arrays of one index over them all (new arrays; parts unchanged). */
export function mergeArrays(given: (IndexArrays | IndexSlice)[]): IndexArrays {
  const parts = given.map((p) => ('keys' in p ? p : sliceOf(p)));
  const into = emptyArrays(parts[0]!.options);
  const base: number[] = [];
  let count = 0;
  for (const p of parts) {
    base.push(count);
    count += p.count;
  }
  mergeKeys(parts, base, into);
  mergeTokens(parts, into);
  mergeRecords(parts, count, into);
  into.count = count;
  return into;
}
