// Dinic's max-flow algorithm: the simple reference solver (BFS level graph,
// blocking flow by iterative DFS with current arcs), on typed arrays.

import type { CompactGraph } from './compact-graph.js';
import { flowFromResidual, initialResidual, type FlowState } from './flow-state.js';

export function dinic(graph: CompactGraph, source: number, sink: number): FlowState {
  const { n, first, resHead, resPair } = graph;
  const res = initialResidual(graph);
  const level = new Int32Array(n);
  const cur = new Int32Array(n);
  const queue = new Int32Array(n);
  const path = new Int32Array(n);
  let value = 0;

  const buildLevels = (): boolean => {
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
  };

  while (source !== sink && buildLevels()) {
    cur.set(first.subarray(0, n));
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
        value += b;
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
        if (depth === 0) break;
        const back = path[--depth]!;
        v = resHead[resPair[back]!]!;
        cur[v]!++;
      }
    }
  }
  return { value, flow: flowFromResidual(graph, res) };
}
