// Maximum flow from a feasible starting flow: Dinic's phases on the residual graph of
// that flow. When capacities only grow (a plan without one of its actions, the network
// without any), the optimum of the tighter problem is a near-optimal start and a few
// augmenting phases finish the job, far cheaper than solving from zero.

import type { CompactGraph } from './compact-graph.js';
import { dinicPhases } from './dinic.js';
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
  const { m, arcPos, resPair, caps, tails, heads } = graph;
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
  value += dinicPhases(graph, source, sink, res);
  return { value, flow: flowFromResidual(graph, res) };
}
