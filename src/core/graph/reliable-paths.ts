// The k most reliable paths (joint confidence = product of channel
// confidences): Yen's k-shortest simple paths on weights −log(confidence).

import { withSuperTerminals, type CompactGraph } from './compact-graph.js';
import { shortestPath } from './shortest-path.js';

export interface ReliablePath {
  nodes: number[];
  arcs: number[];
  /** Probability that every channel on the path exists. */
  reliability: number;
}

/**
 * Up to `k` simple paths from any source to any sink, most reliable first.
 * `confidence[i]` is the probability that arc i exists; arcs at 0 are never used.
 */
export function reliablePaths(
  graph: CompactGraph,
  confidence: ArrayLike<number>,
  sources: readonly number[],
  sinks: readonly number[],
  k: number,
): ReliablePath[] {
  const { graph: g, source, sink } = withSuperTerminals(graph, sources, sinks);
  const weight = new Float64Array(g.m);
  for (let i = 0; i < graph.m; i++) weight[i] = -Math.log(Math.min(1, Math.max(0, confidence[i]!)));
  const cost = (arcs: readonly number[]) => arcs.reduce((acc, a) => acc + weight[a]!, 0);
  const bannedArcs = new Uint8Array(g.m);
  const bannedNodes = new Uint8Array(g.n);
  const found: number[][] = [];
  const candidates = new Map<string, { arcs: number[]; cost: number }>();
  const first = shortestPath(g, weight, source, sink, bannedArcs, bannedNodes);
  if (first) found.push(first);
  while (found.length < k && found.length > 0) {
    const prev = found[found.length - 1]!;
    for (let i = 0; i < prev.length; i++) {
      const root = prev.slice(0, i);
      const spurNode = i === 0 ? source : g.heads[prev[i - 1]!]!;
      for (const p of found) if (sameStart(p, root)) bannedArcs[p[i]!] = 1;
      for (const a of root) bannedNodes[g.tails[a]!] = 1;
      const spur = shortestPath(g, weight, spurNode, sink, bannedArcs, bannedNodes);
      bannedArcs.fill(0);
      bannedNodes.fill(0);
      if (!spur) continue;
      const arcs = [...root, ...spur];
      const key = arcs.join(',');
      if (!candidates.has(key) && !found.some((p) => p.join(',') === key))
        candidates.set(key, { arcs, cost: cost(arcs) });
    }
    let best: string | undefined;
    for (const [key, c] of candidates)
      if (best === undefined || c.cost < candidates.get(best)!.cost) best = key;
    if (best === undefined) break;
    found.push(candidates.get(best)!.arcs);
    candidates.delete(best);
  }
  return found.map((arcs) => {
    const inner = arcs.slice(1, -1);
    return {
      arcs: inner,
      nodes: [g.heads[arcs[0]!]!, ...inner.map((a) => g.heads[a]!)],
      reliability: Math.exp(-cost(arcs)),
    };
  });
}

function sameStart(path: readonly number[], root: readonly number[]): boolean {
  if (path.length <= root.length) return false;
  for (let i = 0; i < root.length; i++) if (path[i] !== root[i]) return false;
  return true;
}
