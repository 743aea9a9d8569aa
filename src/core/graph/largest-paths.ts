// The largest paths of a flow, found greedily by widest-path searches rather than
// by a whole decomposition (flow-decomposition.ts), whose paths on a large graph
// can sum to far more arcs than the graph has.

import type { CompactGraph } from './compact-graph.js';
import type { FlowPath } from './flow-decomposition.js';
import { flowSum } from './flow-state.js';
import { MinHeap } from './min-heap.js';

/**
 * The `limit` largest paths of a flow, found greedily: each is the widest
 * source → sink path (largest bottleneck) of the flow the earlier ones leave,
 * so the list is largest first by construction. Costs `limit` searches of
 * O(m log n) rather than a whole decomposition, whose paths on a large graph
 * can sum to far more than m arcs. With no limit it runs until the flow is used up.
 * The searches are guided (as A*) by each node's widest path to a sink in the
 * whole flow, an upper bound that stays true as paths are taken: a node whose
 * bound is below the path being found is never expanded.
 */
export function largestFlowPaths(
  graph: CompactGraph,
  flow: Float64Array,
  sources: readonly number[],
  sinks: readonly number[],
  limit: number,
): FlowPath[] {
  const paths: FlowPath[] = [];
  if (!(limit > 0)) return paths;
  const { n, tails } = graph;
  const tol = 1e-12 * Math.max(1, flowSum(flow));
  const arcs = flowArcs(graph, flow, tol);
  const isSink = new Uint8Array(n);
  for (const t of sinks) isSink[t] = 1;
  const heap = new MinHeap(n);
  const search: WidestSearch = {
    start: arcs.outStart,
    head: arcs.outHead,
    left: arcs.outLeft,
    tol,
    isSink,
    toSink: widestToSinks(n, arcs, isSink, sinks, heap),
    width: new Float64Array(n),
    via: new Int32Array(n),
    done: new Uint8Array(n),
    heap,
  };
  while (paths.length < limit) {
    const reached = widestPath(search, sources);
    if (reached < 0) break;
    paths.push(takePath(search, arcs.outArc, tails, reached));
  }
  return paths;
}

/**
 * The arcs carrying more than `tol`, twice over: grouped by tail (the searches' forward
 * lists, with each entry's head and the flow it has left) and grouped by head (for the
 * bounds), each group in arc order. Both come from one counting pass and one filling pass.
 */
interface FlowArcs {
  outStart: Int32Array;
  outArc: Int32Array;
  outHead: Int32Array;
  outLeft: Float64Array;
  inStart: Int32Array;
  inTail: Int32Array;
  inFlow: Float64Array;
}

function flowArcs(graph: CompactGraph, flow: Float64Array, tol: number): FlowArcs {
  const { n, m, heads, tails } = graph;
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  let k = 0;
  for (let a = 0; a < m; a++) {
    if (flow[a]! > tol) {
      outStart[tails[a]! + 1]!++;
      inStart[heads[a]! + 1]!++;
      k++;
    }
  }
  for (let v = 0; v < n; v++) {
    outStart[v + 1]! += outStart[v]!;
    inStart[v + 1]! += inStart[v]!;
  }
  const outArc = new Int32Array(k);
  const outHead = new Int32Array(k);
  const outLeft = new Float64Array(k);
  const inTail = new Int32Array(k);
  const inFlow = new Float64Array(k);
  const outFill = outStart.slice(0, n);
  const inFill = inStart.slice(0, n);
  for (let a = 0; a < m; a++) {
    const f = flow[a]!;
    if (f > tol) {
      const u = tails[a]!;
      const w = heads[a]!;
      const i = outFill[u]!++;
      outArc[i] = a;
      outHead[i] = w;
      outLeft[i] = f;
      const j = inFill[w]!++;
      inTail[j] = u;
      inFlow[j] = f;
    }
  }
  return { outStart, outArc, outHead, outLeft, inStart, inTail, inFlow };
}

/** The path a search reached, read from its `via` entries; takes its amount off the flow left. */
function takePath(q: WidestSearch, outArc: Int32Array, tails: Int32Array, reached: number): FlowPath {
  const { width, via, left, tol } = q;
  const amount = width[reached]!;
  let length = 0;
  for (let x = reached; via[x]! >= 0 && width[x] !== Infinity; x = tails[outArc[via[x]!]!]!) length++;
  // Filled from the sink back, in one pass of plain stores (few bytecodes: this runs before V8 optimises it).
  const arcs = new Array<number>(length);
  const nodes = new Array<number>(length + 1);
  let x = reached;
  for (let k = length - 1; k >= 0; k--) {
    const i = via[x]!;
    const a = outArc[i]!;
    const f = left[i]! - amount;
    left[i] = f <= tol ? 0 : f;
    arcs[k] = a;
    nodes[k + 1] = x;
    x = tails[a]!;
  }
  nodes[0] = x;
  return { nodes, arcs, amount };
}

interface WidestSearch {
  /** Node v's entries are start[v] .. start[v+1]-1, each with its head and the flow left on it. */
  start: Int32Array;
  head: Int32Array;
  left: Float64Array;
  tol: number;
  isSink: Uint8Array;
  toSink: Float64Array;
  width: Float64Array;
  /** The entry a node was reached by. */
  via: Int32Array;
  done: Uint8Array;
  heap: MinHeap;
}

/**
 * One widest-path search from the sources, A* on the bounds `toSink`; returns the sink
 * reached (its width and the `via` entries give the path), or -1. A function of its own, called
 * once per path, so V8 optimises it whole rather than the caller's loops piece by piece.
 */
function widestPath(q: WidestSearch, sources: readonly number[]): number {
  const { start, head, left, tol, isSink, toSink, width, via, done, heap } = q;
  width.fill(0);
  done.fill(0);
  heap.clear();
  for (const s of sources) {
    width[s] = Infinity;
    via[s] = -1;
    if (toSink[s]! > 0) heap.push(s, -toSink[s]!);
  }
  while (heap.size > 0) {
    const v = heap.pop();
    if (done[v]) continue;
    done[v] = 1;
    if (isSink[v] && width[v] !== Infinity) return v;
    const wv = width[v]!;
    for (let i = start[v]!, end = start[v + 1]!; i < end; i++) {
      const f = left[i]!;
      if (f <= tol) continue;
      const w = head[i]!;
      if (done[w]) continue;
      const nw = f < wv ? f : wv;
      if (nw > width[w]!) {
        width[w] = nw;
        via[w] = i;
        // Priority: no path through w to a sink is wider than this.
        const h = toSink[w]!;
        if (h > 0) heap.push(w, -(nw < h ? nw : h));
      }
    }
  }
  return -1;
}

/**
 * Each node's widest path to a sink over the arcs carrying flow (Infinity at a sink, 0
 * when none is reached): an upper bound while flow is only taken away. The value is
 * unique, so any exact method gives the same bounds: one pass in reverse topological
 * order when the flow has no cycle (the usual case), else a backward search.
 */
function widestToSinks(
  n: number,
  arcs: FlowArcs,
  isSink: Uint8Array,
  sinks: readonly number[],
  heap: MinHeap,
): Float64Array {
  const h = new Float64Array(n);
  for (const t of sinks) h[t] = Infinity;
  if (acyclicBounds(n, arcs, isSink, h)) return h;
  h.fill(0);
  for (const t of sinks) h[t] = Infinity;
  searchBounds(n, arcs, sinks, heap, h);
  return h;
}

/**
 * The bounds by dynamic programming, nodes taken once all their flow arcs' heads are
 * (Kahn's order on the reversed arcs); false when a flow cycle stops it short of every node.
 */
function acyclicBounds(n: number, arcs: FlowArcs, isSink: Uint8Array, h: Float64Array): boolean {
  const { outStart, inStart, inTail, inFlow } = arcs;
  const outLeft = new Int32Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) {
    const d = outStart[v + 1]! - outStart[v]!;
    outLeft[v] = d;
    if (d === 0) queue[tail++] = v;
  }
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    const hv = h[v]!;
    for (let i = inStart[v]!, end = inStart[v + 1]!; i < end; i++) {
      const u = inTail[i]!;
      if (!isSink[u]) {
        const f = inFlow[i]!;
        const nh = f < hv ? f : hv;
        if (nh > h[u]!) h[u] = nh;
      }
      if (--outLeft[u]! === 0) queue[tail++] = u;
    }
  }
  return tail === n;
}

/** The bounds by a backward widest-path search from the sinks (any flow, cycles or not). */
function searchBounds(
  n: number,
  arcs: FlowArcs,
  sinks: readonly number[],
  heap: MinHeap,
  h: Float64Array,
): void {
  const { inStart, inTail, inFlow } = arcs;
  const done = new Uint8Array(n);
  heap.clear();
  for (const t of sinks) heap.push(t, -Infinity);
  while (heap.size > 0) {
    const v = heap.pop();
    if (done[v]) continue;
    done[v] = 1;
    const hv = h[v]!;
    for (let i = inStart[v]!, end = inStart[v + 1]!; i < end; i++) {
      const u = inTail[i]!;
      if (done[u]) continue;
      const f = inFlow[i]!;
      const nh = f < hv ? f : hv;
      if (nh > h[u]!) {
        h[u] = nh;
        heap.push(u, -nh);
      }
    }
  }
}
