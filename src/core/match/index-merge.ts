// Merging the frozen arrays of indexes built over consecutive slices of a list.
import { emptyArrays, type IndexArrays } from './index-arrays.js';
import { FAMILIES } from './token-stats.js';

/** Keys sorted as a whole-list build sorts them; each key's postings slice by slice (ascending ordinals). */
function mergeKeys(parts: IndexArrays[], base: number[], into: IndexArrays): void {
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
      const p = parts[j] as IndexArrays;
      const id = p.keyIds.get(k);
      if (id === undefined) continue;
      const lo = p.keyStart[id] as number;
      const hi = p.keyStart[id + 1] as number;
      const shift = base[j] as number;
      for (let x = lo; x < hi; x++) post[at++] = (p.postings[x] as number) + shift;
    }
  }
  start[keys.length] = at;
  into.keyIds = new Map(keys.map((k, i) => [k, i]));
  into.keyStart = start;
  into.postings = post;
}

/** Token counts per family, summed. */
function mergeTokens(parts: IndexArrays[], into: IndexArrays): void {
  const F = FAMILIES.length;
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
    for (let f = 0; f < F; f++) into.totals[f] = (into.totals[f] as number) + (p.totals[f] as number);
  df.set(into.totals, tokens.length * F);
  into.tokenIds = new Map(tokens.map((t, i) => [t, i]));
  into.tokenDf = df;
}

/** Entity records, concatenated. */
function mergeRecords(parts: IndexArrays[], count: number, into: IndexArrays): void {
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
export function mergeArrays(parts: IndexArrays[]): IndexArrays {
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
