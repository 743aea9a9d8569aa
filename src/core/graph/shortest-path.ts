// Dijkstra's shortest path on a CompactGraph with non-negative arc weights,
// skipping banned arcs and nodes (the building block of Yen's algorithm).

import type { CompactGraph } from './compact-graph.js';
import { MinHeap } from './min-heap.js';

/** Arc indices of a cheapest path, or undefined when `to` is unreachable. */
export function shortestPath(
  g: CompactGraph,
  weight: Float64Array,
  from: number,
  to: number,
  bannedArcs?: Uint8Array,
  bannedNodes?: Uint8Array,
): number[] | undefined {
  const { n, first, resHead, resArc, arcPos } = g;
  const dist = new Float64Array(n).fill(Infinity);
  const via = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const heap = new MinHeap();
  dist[from] = 0;
  heap.push(from, 0);
  while (heap.size > 0) {
    const v = heap.pop();
    if (done[v]) continue;
    done[v] = 1;
    if (v === to) break;
    for (let p = first[v]!, end = first[v + 1]!; p < end; p++) {
      const a = resArc[p]!;
      if (arcPos[a] !== p || bannedArcs?.[a]) continue;
      const w = resHead[p]!;
      const nd = dist[v]! + weight[a]!;
      if (done[w] || bannedNodes?.[w] || !(nd < dist[w]!)) continue;
      dist[w] = nd;
      via[w] = a;
      heap.push(w, nd);
    }
  }
  if (from !== to && via[to] === -1) return undefined;
  const path: number[] = [];
  for (let x = to; x !== from; x = g.tails[via[x]!]!) path.push(via[x]!);
  return path.reverse();
}
