// What a max-flow algorithm returns and the signature every algorithm shares,
// so the reference and the fast solver are interchangeable and run one test suite.

import type { CompactGraph } from './compact-graph.js';

/** A maximum flow on a graph with finite capacities. */
export interface FlowState {
  value: number;
  /** Flow on each arc of the graph, by arc index. */
  flow: Float64Array;
}

/** Max flow from `source` to `sink`; every capacity must be finite. */
export type MaxFlowAlgorithm = (graph: CompactGraph, source: number, sink: number) => FlowState;

/** Residual capacities in the CSR layout, initialised from the arc capacities. */
export function initialResidual(graph: CompactGraph): Float64Array {
  const res = new Float64Array(2 * graph.m);
  const { arcPos, caps } = graph;
  for (let i = 0; i < graph.m; i++) res[arcPos[i]!] = caps[i]!;
  return res;
}

/** Flow per arc read from the reverse residuals (exact even next to huge capacities). */
export function flowFromResidual(graph: CompactGraph, res: Float64Array): Float64Array {
  const flow = new Float64Array(graph.m);
  const { arcPos, resPair } = graph;
  for (let i = 0; i < graph.m; i++) flow[i] = res[resPair[arcPos[i]!]!]!;
  return flow;
}

/**
 * The sum of a flow, in arc order. A function of its own: a loop over every arc makes its
 * caller hot, and V8 would then spend a long compile on the caller's rarely run code.
 */
export function flowSum(flow: Float64Array): number {
  let total = 0;
  for (let a = 0, m = flow.length; a < m; a++) total += flow[a]!;
  return total;
}
