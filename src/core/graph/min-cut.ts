// Minimum s–t edge cut: the arcs to cut, their total capacity and the source
// side, read off a maximum flow.

import type { CompactGraph } from './compact-graph.js';
import { maxFlow, type MaxFlowOptions } from './max-flow.js';

export type EdgeCutResult =
  | { status: 'unbounded'; capacity: 'unbounded'; path: number[] }
  | { status: 'optimal'; arcs: number[]; capacity: number; sourceSide: number[] };

export function minEdgeCut(
  graph: CompactGraph,
  sources: number | readonly number[],
  sinks: number | readonly number[],
  options: Partial<MaxFlowOptions> = {},
): EdgeCutResult {
  const r = maxFlow(graph, sources, sinks, options);
  if (r.status === 'unbounded') return { status: 'unbounded', capacity: 'unbounded', path: r.path };
  // Arcs without capacity carry nothing; cutting them is not an action.
  const arcs = r.cutArcs.filter((a) => graph.caps[a]! > 0);
  const capacity = arcs.reduce((acc, a) => acc + graph.caps[a]!, 0);
  const sourceSide: number[] = [];
  r.sourceSide.forEach((inS, v) => {
    if (inS) sourceSide.push(v);
  });
  return { status: 'optimal', arcs, capacity, sourceSide };
}
