// Max flow on a Network in the network's own terms: value, minimum cut
// channels, source side, flow paths and shares (what `interdict flow` prints).

import type { Network } from '../model/network.js';
import { decomposeFlow } from './flow-decomposition.js';
import { flowShares, type FlowShares } from './flow-shares.js';
import { maxFlow, MAX_FLOW_DEFAULTS, type MaxFlowAlgorithmName } from './max-flow.js';
import { indicesOf, networkGraph, type NetworkGraph, type NetworkGraphOptions } from './network-graph.js';
import { flowTerminals } from './terminals.js';

export interface FlowAnalysisOptions extends NetworkGraphOptions {
  /** Source actors; default: every sponsor. */
  from?: readonly string[];
  /** Sink actors; default: every recipient. */
  to?: readonly string[];
  algorithm?: MaxFlowAlgorithmName;
  /** Most flow paths to list (largest first). */
  maxPaths?: number;
}

export const FLOW_ANALYSIS_DEFAULTS = { algorithm: MAX_FLOW_DEFAULTS.algorithm, maxPaths: 50 };

export interface CutEdge {
  channel: string;
  from: string;
  to: string;
  capacity: number;
}

export interface FlowReport {
  from: string[];
  to: string[];
  value: number | 'unbounded';
  cut: { edges: CutEdge[]; capacity: number | 'unbounded' };
  sourceSide: string[];
  paths: { nodes: string[]; channels: string[]; amount: number }[];
  /** Channels of a path with no capacity limit, when the value is unbounded. */
  unboundedPath?: string[];
}

export interface FlowAnalysis {
  report: FlowReport;
  graph: NetworkGraph;
  sources: number[];
  sinks: number[];
  /** Undefined when the flow is unbounded. */
  shares?: FlowShares;
  flow?: Float64Array;
}

export function analyseFlow(network: Network, options: FlowAnalysisOptions = {}): FlowAnalysis {
  const opts = { ...FLOW_ANALYSIS_DEFAULTS, ...options };
  const ng = networkGraph(network, opts);
  const { from, to } = flowTerminals(network, opts.from, opts.to);
  const sources = indicesOf(ng, from, 'source');
  const sinks = indicesOf(ng, to, 'sink');
  const r = maxFlow(ng.graph, sources, sinks, { algorithm: opts.algorithm });
  const channelId = (a: number) => ng.channels[a]!.id;
  if (r.status === 'unbounded') {
    const report: FlowReport = {
      from,
      to,
      value: 'unbounded',
      cut: { edges: [], capacity: 'unbounded' },
      sourceSide: [],
      paths: [],
      unboundedPath: r.path.map(channelId),
    };
    return { report, graph: ng, sources, sinks };
  }
  const edges = r.cutArcs
    .filter((a) => ng.graph.caps[a]! > 0)
    .map((a) => {
      const c = ng.channels[a]!;
      return { channel: c.id, from: c.from, to: c.to, capacity: ng.graph.caps[a]! };
    });
  const decomposition = decomposeFlow(ng.graph, r.flow, sources, sinks);
  const report: FlowReport = {
    from,
    to,
    value: r.value,
    cut: { edges, capacity: edges.reduce((acc, e) => acc + e.capacity, 0) },
    sourceSide: ng.nodeIds.filter((_id, v) => r.sourceSide[v]),
    paths: decomposition.slice(0, opts.maxPaths).map((p) => ({
      nodes: p.nodes.map((v) => ng.nodeIds[v]!),
      channels: p.arcs.map(channelId),
      amount: p.amount,
    })),
  };
  return { report, graph: ng, sources, sinks, shares: flowShares(ng, decomposition), flow: r.flow };
}
