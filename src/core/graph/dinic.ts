// Dinic's max-flow algorithm: the simple reference solver (BFS level graph,
// blocking flow by iterative DFS with current arcs), on typed arrays. The
// phases run on any residual graph, so a feasible starting flow can be
// augmented to a maximum one (augment-flow.ts).
// Top-level functions over typed arrays only: no closure is made per call.

import type { CompactGraph } from './compact-graph.js';
import { flowFromResidual, initialResidual, type FlowState } from './flow-state.js';

export function dinic(graph: CompactGraph, source: number, sink: number): FlowState {
  const res = initialResidual(graph);
  const value = dinicPhases(graph, source, sink, res);
  return { value, flow: flowFromResidual(graph, res) };
}

/**
 * Runs Dinic's phases on the residual capacities `res` (changed in place) until
 * the sink is out of reach; returns the flow value they add.
 */
export function dinicPhases(graph: CompactGraph, source: number, sink: number, res: Float64Array): number {
  if (source === sink) return 0;
  const { n } = graph;
  const level = new Int32Array(n);
  const cur = new Int32Array(n);
  const queue = new Int32Array(n);
  const path = new Int32Array(n);
  let value = 0;
  while (levels(graph, source, sink, res, level, queue))
    value += blockingFlow(graph, source, sink, res, level, cur, path);
  return value;
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
