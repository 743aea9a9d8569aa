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
  const res = residualOf(graph, start);
  let value = outflow(graph, source, start);
  if (source === sink) return { value: 0, flow: flowFromResidual(graph, res) };
  value += dinicPhases(graph, source, sink, res);
  return { value, flow: flowFromResidual(graph, res) };
}

/**
 * The residual capacities of a flow. A loop with no branch in a function of its own: V8
 * compiles such a loop while it runs, and code after it, or a branch it has not taken yet,
 * would throw the compiled code away on first use.
 */
function residualOf(graph: CompactGraph, start: Float64Array): Float64Array {
  const { m, arcPos, resPair, caps } = graph;
  const res = new Float64Array(2 * m);
  for (let i = 0; i < m; i++) {
    const p = arcPos[i]!;
    const f = start[i]!;
    res[p] = caps[i]! - f;
    res[resPair[p]!] = f;
  }
  return res;
}

/**
 * The flow's net outflow of `source`: its arcs' flow, out minus in, in arc order (the
 * source's residual positions list its arcs in arc order, a loop's forward position first).
 */
function outflow(graph: CompactGraph, source: number, start: Float64Array): number {
  const { first, resArc, arcPos } = graph;
  let value = 0;
  for (let p = first[source]!, end = first[source + 1]!; p < end; p++) {
    const a = resArc[p]!;
    if (arcPos[a] === p) value += start[a]!;
    else value -= start[a]!;
  }
  return value;
}
