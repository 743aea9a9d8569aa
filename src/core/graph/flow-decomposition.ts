// Flow decomposition: splits a flow into source → sink paths with amounts,
// cancelling any flow cycles met on the way. The paths are handed to a visitor
// one at a time in reused buffers, so a flow on a million arcs decomposes in
// memory linear in the graph; `decomposeFlow` keeps only the largest paths.

import type { CompactGraph } from './compact-graph.js';

export interface FlowPath {
  /** Node indices from a source to a sink. */
  nodes: number[];
  /** Arc indices along the path. */
  arcs: number[];
  amount: number;
}

/**
 * Called once per path: `nodes[0..length]` and `arcs[0..length-1]` (valid only
 * during the call; the buffers are reused), carrying `amount`. Returning `true`
 * ends the decomposition (the visitor has all it needs).
 */
export type FlowPathVisitor = (
  nodes: Int32Array,
  arcs: Int32Array,
  length: number,
  amount: number,
) => boolean | void;

/** Visits every path of the decomposition, in the order they are found, until a visit returns true. */
export function forEachFlowPath(
  graph: CompactGraph,
  flow: Float64Array,
  sources: readonly number[],
  sinks: readonly number[],
  visit: FlowPathVisitor,
): void {
  const { n, first, resArc, arcPos, heads } = graph;
  const left = Float64Array.from(flow);
  let total = 0;
  for (const f of flow) total += f;
  const tol = 1e-12 * Math.max(1, total);
  const isSink = new Uint8Array(n);
  for (const t of sinks) isSink[t] = 1;
  const cur = first.slice(0, n);
  const onPath = new Int32Array(n).fill(-1);
  // A path in progress is simple (cycles are cancelled as met): at most n nodes.
  const nodes = new Int32Array(n + 1);
  const arcs = new Int32Array(n);

  for (const s of sources) {
    for (;;) {
      if (nextArc(s, cur, first, resArc, arcPos, left, tol) < 0) break;
      nodes[0] = s;
      let len = 0; // arcs on the path; nodes[0..len]
      onPath[s] = 0;
      let v = s;
      while (!(isSink[v] && v !== s)) {
        const a = nextArc(v, cur, first, resArc, arcPos, left, tol);
        if (a < 0) {
          // Float residue with nowhere to go: drop it and step back.
          if (len === 0) break;
          left[arcs[--len]!] = 0;
          onPath[v] = -1;
          v = nodes[len]!;
          continue;
        }
        const w = heads[a]!;
        arcs[len] = a;
        const at = onPath[w]!;
        if (at >= 0) {
          // A cycle: cancel its smallest flow and cut the path back to w.
          let min = Infinity;
          for (let k = at; k <= len; k++) min = Math.min(min, left[arcs[k]!]!);
          for (let k = at; k <= len; k++) left[arcs[k]!]! -= min;
          for (let k = at + 1; k <= len; k++) onPath[nodes[k]!] = -1;
          len = at;
          v = w;
          continue;
        }
        len++;
        onPath[w] = len;
        nodes[len] = w;
        v = w;
      }
      for (let k = 0; k <= len; k++) onPath[nodes[k]!] = -1;
      if (len === 0) continue;
      let amount = Infinity;
      for (let k = 0; k < len; k++) amount = Math.min(amount, left[arcs[k]!]!);
      for (let k = 0; k < len; k++) left[arcs[k]!]! -= amount;
      if (visit(nodes, arcs, len, amount) === true) return;
    }
  }
}

/**
 * Next arc out of v that still carries flow, or -1. Top-level, not a closure made per
 * decomposition: a new closure on each call would be a new call target for V8 each time.
 */
function nextArc(
  v: number,
  cur: Int32Array,
  first: Int32Array,
  resArc: Int32Array,
  arcPos: Int32Array,
  left: Float64Array,
  tol: number,
): number {
  for (let p = cur[v]!, end = first[v + 1]!; p < end; p++) {
    const a = resArc[p]!;
    if (arcPos[a] === p && left[a]! > tol) {
      cur[v] = p;
      return a;
    }
  }
  cur[v] = first[v + 1]!;
  return -1;
}

/** The first `length` entries as an array (a loop: Array.from's iterator is slow before V8 optimises it). */
function prefix(values: Int32Array, length: number): number[] {
  const out = new Array<number>(length);
  for (let i = 0; i < length; i++) out[i] = values[i]!;
  return out;
}

/**
 * Keeps the `limit` largest paths offered (ties: the one offered first), in a
 * bounded min-heap; `paths()` returns them largest first.
 */
export class LargestPaths {
  private readonly heap: { path: FlowPath; seq: number }[] = [];
  private seq = 0;

  constructor(private readonly limit: number) {}

  /** The amount a path offered now must exceed to be kept: -Infinity until `limit` paths are kept. */
  threshold(): number {
    if (this.limit <= 0) return Infinity;
    return this.heap.length < this.limit ? -Infinity : this.heap[0]!.path.amount;
  }

  /** Worse = smaller amount, or equal amount offered later. */
  private static worse(a: { path: FlowPath; seq: number }, b: { path: FlowPath; seq: number }): boolean {
    return a.path.amount < b.path.amount || (a.path.amount === b.path.amount && a.seq > b.seq);
  }

  readonly offer: FlowPathVisitor = (nodes, arcs, length, amount) => {
    const seq = this.seq++;
    const { heap, limit } = this;
    if (limit <= 0) return;
    if (heap.length >= limit) {
      const top = heap[0]!;
      if (!(amount > top.path.amount)) return; // not better than the worst kept (ties keep the earlier)
    }
    const item = { path: { nodes: prefix(nodes, length + 1), arcs: prefix(arcs, length), amount }, seq };
    if (heap.length < limit) {
      heap.push(item);
      this.up(heap.length - 1);
    } else {
      heap[0] = item;
      this.down(0);
    }
  };

  private up(i: number): void {
    const { heap } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!LargestPaths.worse(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const { heap } = this;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && LargestPaths.worse(heap[l]!, heap[w]!)) w = l;
      if (r < heap.length && LargestPaths.worse(heap[r]!, heap[w]!)) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w]!, heap[i]!];
      i = w;
    }
  }

  paths(): FlowPath[] {
    return [...this.heap].sort((a, b) => b.path.amount - a.path.amount || a.seq - b.seq).map((x) => x.path);
  }
}

/** The paths of the decomposition, largest first; with `limit`, only that many. */
export function decomposeFlow(
  graph: CompactGraph,
  flow: Float64Array,
  sources: readonly number[],
  sinks: readonly number[],
  limit = Infinity,
): FlowPath[] {
  const keep = new LargestPaths(limit);
  forEachFlowPath(graph, flow, sources, sinks, keep.offer);
  return keep.paths();
}
