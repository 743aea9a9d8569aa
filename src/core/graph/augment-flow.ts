// Maximum flow from a feasible starting flow: Dinic's phases on the residual graph of
// that flow. When capacities only grow (a plan without one of its actions, the network
// without any), the optimum of the tighter problem is a near-optimal start and a few
// augmenting phases finish the job, far cheaper than solving from zero.
// Top-level functions over typed arrays only: no closure is made per call.

import type { CompactGraph } from './compact-graph.js';
import { flowFromResidual, type FlowState } from './flow-state.js';

/**
 * Max flow from `source` to `sink` (finite capacities), starting from `start`, a flow
 * on the same arcs that respects their capacities and is conserved at every node but
 * the two terminals. The value is the start's net outflow of the source plus what the
 * augmenting phases add.
 */
export function augmentFlow(
  graph: CompactGraph,
  source: number,
  sink: number,
  start: Float64Array,
): FlowState {
  const { n, m, arcPos, resPair, caps, tails, heads } = graph;
  const res = new Float64Array(2 * m);
  let value = 0;
  for (let i = 0; i < m; i++) {
    const p = arcPos[i]!;
    const f = start[i]!;
    res[p] = caps[i]! - f;
    res[resPair[p]!] = f;
    if (tails[i] === source) value += f;
    if (heads[i] === source) value -= f;
  }
  if (source === sink) return { value: 0, flow: flowFromResidual(graph, res) };
  const level = new Int32Array(n);
  const cur = new Int32Array(n);
  const queue = new Int32Array(n);
  const path = new Int32Array(n);
  while (levels(graph, source, sink, res, level, queue)) {
    value += blockingFlow(graph, source, sink, res, level, cur, path);
  }
  return { value, flow: flowFromResidual(graph, res) };
}

/** BFS levels from the source over residual arcs; true when the sink is reached. */
function levels(
  g: CompactGraph,
  source: number,
  sink: number,
  res: Float64Array,
  level: Int32Array,
  queue: Int32Array,
): boolean {
  const { first, resHead } = g;
  level.fill(-1);
  level[source] = 0;
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  while (head < tail) {
    const v = queue[head++]!;
    const next = level[v]! + 1;
    for (let p = first[v]!, end = first[v + 1]!; p < end; p++) {
      const w = resHead[p]!;
      if (level[w] === -1 && res[p]! > 0) {
        level[w] = next;
        if (w === sink) return true;
        queue[tail++] = w;
      }
    }
  }
  return false;
}

/** One phase: augmenting paths along the level graph (iterative DFS with current arcs) until none is left. */
function blockingFlow(
  g: CompactGraph,
  source: number,
  sink: number,
  res: Float64Array,
  level: Int32Array,
  cur: Int32Array,
  path: Int32Array,
): number {
  const { n, first, resHead, resPair } = g;
  cur.set(first.subarray(0, n));
  let added = 0;
  let depth = 0;
  let v = source;
  for (;;) {
    if (v === sink) {
      let b = Infinity;
      for (let k = 0; k < depth; k++) b = Math.min(b, res[path[k]!]!);
      let firstSaturated = -1;
      for (let k = 0; k < depth; k++) {
        const p = path[k]!;
        res[p]! -= b;
        res[resPair[p]!]! += b;
        if (firstSaturated < 0 && res[p] === 0) firstSaturated = k;
      }
      added += b;
      depth = firstSaturated < 0 ? 0 : firstSaturated;
      v = depth === 0 ? source : resHead[path[depth - 1]!]!;
      continue;
    }
    const want = level[v]! + 1;
    let p = cur[v]!;
    const end = first[v + 1]!;
    while (p < end && !(res[p]! > 0 && level[resHead[p]!] === want)) p++;
    cur[v] = p;
    if (p < end) {
      path[depth++] = p;
      v = resHead[p]!;
    } else {
      level[v] = -1; // dead end for this phase
      if (depth === 0) return added;
      const back = path[--depth]!;
      v = resHead[resPair[back]!]!;
      cur[v]!++;
    }
  }
}
