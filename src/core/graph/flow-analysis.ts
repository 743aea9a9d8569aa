// Max flow on a Network in the network's own terms: value, minimum cut
// channels, source side, flow paths and shares (what `interdict flow` prints).

import type { Network } from '../model/network.js';
import { forEachFlowPath } from './flow-decomposition.js';
import { largestFlowPaths } from './largest-paths.js';
import { SharesCollector, type FlowShares } from './flow-shares.js';
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
  /** Undefined when the flow is unbounded; computed on first read (a whole path decomposition). */
  readonly shares?: FlowShares;
  flow?: Float64Array;
}

export function analyseFlow(network: Network, options: FlowAnalysisOptions = {}): FlowAnalysis {
  const opts = { ...FLOW_ANALYSIS_DEFAULTS, ...options };
  const ng = networkGraph(network, opts);
  const { from, to } = flowTerminals(network, opts.from, opts.to);
  const sources = indicesOf(ng, from, 'source');
  const sinks = indicesOf(ng, to, 'sink');
  const r = maxFlow(ng.graph, sources, sinks, { algorithm: opts.algorithm });
  const channelId = (a: number) => ng.channelId(a);
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
      const { tails, heads } = ng.graph;
      return {
        channel: ng.channelId(a),
        from: ng.nodeIds[tails[a]!]!,
        to: ng.nodeIds[heads[a]!]!,
        capacity: ng.graph.caps[a]!,
      };
    });
  const flow = r.flow;
  // Read once: `r.sourceSide` is a getter, too slow to call once per node.
  const sourceSide = r.sourceSide;
  const report: FlowReport = {
    from,
    to,
    value: r.value,
    cut: { edges, capacity: edges.reduce((acc, e) => acc + e.capacity, 0) },
    sourceSide: ng.nodeIds.filter((_id, v) => sourceSide[v]),
    paths: largestFlowPaths(ng.graph, flow, sources, sinks, opts.maxPaths).map((p) => ({
      nodes: p.nodes.map((v) => ng.nodeIds[v]!),
      channels: p.arcs.map(channelId),
      amount: p.amount,
    })),
  };
  // Shares need a whole decomposition (every path, counted once per place): made on first read.
  let shares: FlowShares | undefined;
  return {
    report,
    graph: ng,
    sources,
    sinks,
    get shares(): FlowShares {
      if (!shares) {
        const collect = new SharesCollector(ng);
        forEachFlowPath(ng.graph, flow, sources, sinks, collect.visit);
        shares = collect.shares();
      }
      return shares;
    },
    flow,
  };
}
