// Candidate search over the inverted lists: which indexed entities a query
// shares rare keys with, credited by inverse document frequency.
import type { Facts } from './facts.js';
import type { IndexArrays } from './index-arrays.js';
import type { ParsedName } from './normalise.js';
import { identifierKeys, nameKeys } from './index-keys.js';

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

/** Per-entity scratch of a search, reset after each: scores 0, stamps -1. */
export interface SearchScratch {
  scores: Float32Array;
  stamps: Int32Array;
}

export function searchScratch(count: number): SearchScratch {
  return { scores: new Float32Array(count), stamps: new Int32Array(count).fill(-1) };
}

/** Binary search of `e` in the ascending run `post[lo, hi)`. */
function contains(post: Int32Array<ArrayBufferLike>, lo: number, hi: number, e: number): boolean {
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

interface KeyGroup {
  lists: [number, number][];
  idf: number;
  size: number;
}

/** A query name's key groups, made once however many indexes it is searched in. */
const KEYS = new WeakMap<ParsedName, string[][]>();
function keysOf(name: ParsedName): string[][] {
  let k = KEYS.get(name);
  if (!k) KEYS.set(name, (k = nameKeys(name)));
  return k;
}

/** The query's key groups found in the index, rarest first, each with its rarest list's idf. */
function keyGroups(a: IndexArrays, query: Facts): KeyGroup[] {
  const n = a.count;
  const groups: KeyGroup[] = [];
  const raw: string[][] = identifierKeys(query).map((k) => [k]);
  for (const name of query.names) for (const g of keysOf(name)) raw.push(g);
  for (const keys of raw.slice(0, CANDIDATE_LIMITS.groups * 4)) {
    const lists: [number, number][] = [];
    for (const k of keys) {
      const id = a.keyIds.get(k);
      if (id !== undefined) lists.push([a.keyStart[id] as number, a.keyStart[id + 1] as number]);
    }
    if (!lists.length) continue;
    lists.sort((x, y) => x[1] - x[0] - (y[1] - y[0]));
    const size = (lists[0] as [number, number])[1] - (lists[0] as [number, number])[0];
    const idf = Math.log(1 + n / size) * (keys[0]?.[0] === 'i' ? 4 : 1);
    groups.push({ lists, idf, size });
  }
  groups.sort((x, y) => x.size - y.size);
  groups.length = Math.min(groups.length, CANDIDATE_LIMITS.groups);
  return groups;
}

/** Scratch for the scores of the entities found (searches are synchronous). */
let SORTED = new Float32Array(1024);

/**
 * Ordinals of the likeliest candidates, at most `limit`: each query part
 * credits an entity once with the rarest key it shares (inverse document
 * frequency). Rare keys are walked first; common keys (Mohammed, Ali) only
 * credit entities already found once `limit` are found, and the postings
 * walked per query are capped, so a common or huge query costs little.
 */
export function searchCandidates(
  a: IndexArrays,
  scratch: SearchScratch,
  query: Facts,
  limit: number,
): number[] {
  const groups = keyGroups(a, query);
  const common = Math.max(CANDIDATE_LIMITS.commonFloor, CANDIDATE_LIMITS.commonShare * a.count);
  const touched: number[] = [];
  const { scores, stamps } = scratch;
  const { postings } = a;
  let walked = 0;
  for (let g = 0; g < groups.length && walked < CANDIDATE_LIMITS.postings; g++) {
    const { lists, idf } = groups[g] as KeyGroup;
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l] as [number, number];
      const lo = list[0];
      const hi = list[1];
      const len = hi - lo;
      const adds = touched.length < limit || len <= common;
      const search = touched.length * Math.log2(len + 1);
      if (!adds && search < len) {
        // A common key once enough are found: credit the entities found, by binary search.
        walked += search;
        for (let t = 0; t < touched.length; t++) {
          const e = touched[t] as number;
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
    if (SORTED.length < touched.length) SORTED = new Float32Array(touched.length * 2);
    for (let t = 0; t < touched.length; t++) SORTED[t] = scores[touched[t] as number] as number;
    const sorted = SORTED.subarray(0, touched.length).sort();
    const cutoff = sorted[sorted.length - limit] as number;
    result = touched.filter((e) => (scores[e] as number) >= cutoff);
    result.sort((x, y) => (scores[y] as number) - (scores[x] as number) || x - y);
    result.length = Math.min(result.length, limit);
  }
  for (let t = 0; t < touched.length; t++) {
    const e = touched[t] as number;
    scores[e] = 0;
    stamps[e] = -1;
  }
  return result;
}
