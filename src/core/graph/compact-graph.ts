// A compact directed graph on typed arrays: the arcs as parallel arrays plus a
// forward-star (CSR) residual layout where every arc has a paired reverse arc.

import { UsageError } from '../model/errors.js';

/**
 * Arc `i` runs `tails[i] → heads[i]` with capacity `caps[i]` (`Infinity` = unlimited).
 * Residual layout: node `v` owns positions `first[v] .. first[v+1]-1`; position
 * `p` leads to `resHead[p]`, its paired position is `resPair[p]`, and it belongs
 * to arc `resArc[p]` (forward when `p === arcPos[resArc[p]]`, else the reverse).
 */
export interface CompactGraph {
  readonly n: number;
  readonly m: number;
  readonly tails: Int32Array;
  readonly heads: Int32Array;
  readonly caps: Float64Array;
  readonly first: Int32Array;
  readonly resHead: Int32Array;
  readonly resPair: Int32Array;
  readonly resArc: Int32Array;
  readonly arcPos: Int32Array;
}

/**
 * Every graph is an instance of this one class, so that all have one hidden class: the
 * kernels, optimised by V8 for the first graph they see, then run on the next one (a graph
 * with other capacities, the plan's scenarios) without being thrown away for a "wrong map".
 */
class Graph implements CompactGraph {
  constructor(
    readonly n: number,
    readonly m: number,
    readonly tails: Int32Array,
    readonly heads: Int32Array,
    readonly caps: Float64Array,
    readonly first: Int32Array,
    readonly resHead: Int32Array,
    readonly resPair: Int32Array,
    readonly resArc: Int32Array,
    readonly arcPos: Int32Array,
  ) {}
}

/** Builds the graph from raw arrays (DIMACS, generators, benchmarks). Node indices are 0-based. */
export function graphFromArrays(
  n: number,
  tails: ArrayLike<number>,
  heads: ArrayLike<number>,
  caps: ArrayLike<number>,
): CompactGraph {
  const m = tails.length;
  if (heads.length !== m || caps.length !== m) {
    throw new UsageError(
      `graphFromArrays: tails (${m}), heads (${heads.length}) and caps (${caps.length}) differ in length`,
      'pass one entry per arc in each array',
    );
  }
  const t = Int32Array.from(tails);
  const h = Int32Array.from(heads);
  const c = Float64Array.from(caps);
  const first = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) {
    const u = t[i]!;
    const v = h[i]!;
    if (u < 0 || u >= n || v < 0 || v >= n) {
      throw new UsageError(
        `graphFromArrays: arc ${i} (${u} → ${v}) leaves the node range 0..${n - 1}`,
        'fix the arc or raise n',
      );
    }
    const cap = c[i]!;
    if (!(cap >= 0)) {
      throw new UsageError(
        `graphFromArrays: arc ${i} has capacity ${cap}`,
        'capacities must be ≥ 0 or Infinity',
      );
    }
    first[u + 1]!++;
    first[v + 1]!++;
  }
  for (let v = 0; v < n; v++) first[v + 1]! += first[v]!;
  const fill = first.slice(0, n);
  const resHead = new Int32Array(2 * m);
  const resPair = new Int32Array(2 * m);
  const resArc = new Int32Array(2 * m);
  const arcPos = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const u = t[i]!;
    const v = h[i]!;
    const p = fill[u]!++;
    const q = fill[v]!++;
    resHead[p] = v;
    resHead[q] = u;
    resPair[p] = q;
    resPair[q] = p;
    resArc[p] = i;
    resArc[q] = i;
    arcPos[i] = p;
  }
  return new Graph(n, m, t, h, c, first, resHead, resPair, resArc, arcPos);
}

/** The same structure with other capacities (shares every array but `caps`). */
export function withCapacities(graph: CompactGraph, caps: Float64Array): CompactGraph {
  if (caps.length !== graph.m) {
    throw new UsageError(
      `withCapacities: ${caps.length} capacities for ${graph.m} arcs`,
      'pass one capacity per arc',
    );
  }
  const { n, m, tails, heads, first, resHead, resPair, resArc, arcPos } = graph;
  return new Graph(n, m, tails, heads, caps, first, resHead, resPair, resArc, arcPos);
}

/**
 * Adds a super source and a super sink joined by unlimited arcs to the given
 * sources and sinks. Returns the new graph; arcs `0..m-1` keep their indices.
 */
export function withSuperTerminals(
  graph: CompactGraph,
  sources: readonly number[],
  sinks: readonly number[],
): { graph: CompactGraph; source: number; sink: number } {
  const { n, m } = graph;
  const extra = sources.length + sinks.length;
  const tails = new Int32Array(m + extra);
  const heads = new Int32Array(m + extra);
  const caps = new Float64Array(m + extra);
  tails.set(graph.tails);
  heads.set(graph.heads);
  caps.set(graph.caps);
  let i = m;
  for (const s of sources) {
    tails[i] = n;
    heads[i] = s;
    caps[i++] = Infinity;
  }
  for (const t of sinks) {
    tails[i] = t;
    heads[i] = n + 1;
    caps[i++] = Infinity;
  }
  return { graph: graphFromArrays(n + 2, tails, heads, caps), source: n, sink: n + 1 };
}
