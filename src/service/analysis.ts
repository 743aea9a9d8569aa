// Analysis use cases: max flow with measures applied (the what-if), minimum
// cuts, weak links, chokepoint actors and per-recipient flows. The CLI, the
// server and the demo all read their figures from these calls.

import { analyseFlow, type FlowAnalysis } from '../core/graph/flow-analysis.js';
import type { MaxFlowAlgorithmName } from '../core/graph/max-flow.js';
import { robustness, ROBUSTNESS_DEFAULTS } from '../core/graph/robustness.js';
import { maxFlowValuesTo } from '../core/graph/sink-flow.js';
import { minVertexCut } from '../core/graph/vertex-cut.js';
import { UsageError } from '../core/model/errors.js';
import { weakLinks, type WeakLink } from '../core/graph/weak-links.js';
import {
  actorRemovalCosts,
  applyMeasures,
  networkActions,
  type AppliedMeasures,
} from '../core/model/measures.js';
import type { Network } from '../core/model/network.js';
import type { Quantity } from '../contract/common.js';
import type { FlowDocument } from '../contract/networks.js';

export interface FlowQuery {
  /** Source actors; default every sponsor. */
  from?: readonly string[];
  /** Sink actors; default every recipient. */
  to?: readonly string[];
  /** Only channels in force on this date (yyyy-mm-dd). */
  asOf?: string;
  /** Ids of measures to apply: the network's actions and `cut-<channel>` for channels with a cost. */
  actions?: readonly string[];
  algorithm?: MaxFlowAlgorithmName;
  /** Most flow paths to list. */
  maxPaths?: number;
}

/** One set of defaults for every face: 50 flow paths, push-relabel, no measures. */
export const ANALYSIS_DEFAULTS = { maxPaths: 50, algorithm: 'push-relabel' as MaxFlowAlgorithmName };

export interface WhatIfFlow {
  measures: AppliedMeasures;
  /** The flow with the measures applied. */
  analysis: FlowAnalysis;
  /** The flow with no measure applied (the same as `analysis` when none is). */
  baseline: Quantity;
}

/** Max flow with the query's measures applied by the one rule (model/measures.ts), and its baseline. */
export function whatIfFlow(network: Network, query: FlowQuery = {}): WhatIfFlow {
  const measures = applyMeasures(network, query.actions ?? []);
  const common = {
    from: query.from,
    to: query.to,
    asOf: query.asOf,
    algorithm: query.algorithm ?? ANALYSIS_DEFAULTS.algorithm,
  };
  const analysis = analyseFlow(network, {
    ...common,
    maxPaths: query.maxPaths ?? ANALYSIS_DEFAULTS.maxPaths,
    ...(measures.actions.length
      ? { removedNodes: measures.removedNodes, capacityOverride: measures.capacity }
      : {}),
  });
  const baseline = measures.actions.length
    ? analyseFlow(network, { ...common, maxPaths: 0 }).report.value
    : analysis.report.value;
  return { measures, analysis, baseline };
}

/** The flow value alone under a set of measures (no paths, shares or cuts kept). */
export function flowValue(network: Network, query: FlowQuery = {}): Quantity {
  return whatIfFlow(network, { ...query, maxPaths: 0 }).analysis.report.value;
}

/** Everything the map and the API show for one what-if: flow, baseline, per recipient, cuts, weak links. */
export function flowDocument(network: Network, query: FlowQuery = {}): FlowDocument {
  const { measures, analysis, baseline } = whatIfFlow(network, query);
  const { report, graph } = analysis;
  // Each recipient alone, on the graph the measures already shaped (its own upstream only).
  const values = maxFlowValuesTo(graph.graph, analysis.sources, analysis.sinks, {
    algorithm: query.algorithm ?? ANALYSIS_DEFAULTS.algorithm,
  });
  const perRecipient = report.to.map((recipient, k) => ({ recipient, value: values[k]! }));
  const channelFlow: Record<string, number> = {};
  if (analysis.flow) {
    graph.channels.forEach((c, a) => {
      const f = analysis.flow![a]!;
      if (f > 1e-9) channelFlow[c.id] = (channelFlow[c.id] ?? 0) + f;
    });
  }
  const measuredCapacity: Record<string, number> = {};
  if (measures.actions.length) {
    for (const c of network.channels) {
      const cap = measures.capacity(c);
      if (cap !== c.capacity) measuredCapacity[c.id] = cap;
    }
  }
  const out: FlowDocument = {
    from: report.from,
    to: report.to,
    applied: measures.actions.map((a) => a.id),
    cost: measures.cost,
    value: report.value,
    baseline,
    perRecipient,
    cut: report.cut,
    sourceSide: report.sourceSide,
    paths: report.paths,
    channelFlow,
    measuredCapacity,
    removedActors: [...measures.removedNodes],
    weakLinks: weakLinksOf(analysis),
  };
  const actors = chokepointActors(analysis);
  if (actors) out.chokepointActors = actors;
  if (report.unboundedPath) out.unboundedPath = report.unboundedPath;
  if (network.notice) out.notice = network.notice;
  return out;
}

/** Weak links of an analysed flow: share of the flow × (1 − enforcement), worst first. */
export function weakLinksOf(analysis: FlowAnalysis): WeakLink[] {
  if (!analysis.shares) return [];
  return weakLinks(analysis.graph, analysis.shares, [...analysis.sources, ...analysis.sinks], {
    sources: analysis.sources,
  });
}

/** Fewest actors whose removal disconnects the flow's sources from its sinks; undefined when none can. */
export function chokepointActors(analysis: FlowAnalysis): string[] | undefined {
  const vc = minVertexCut(analysis.graph.graph, analysis.sources, analysis.sinks);
  return vc.status === 'optimal' ? vc.nodes.map((v) => analysis.graph.nodeIds[v]!) : undefined;
}

/**
 * Weak links for each recipient on its own: with every recipient together the
 * shared upstream bottleneck hides which transit state each one depends on.
 */
export function weakLinksPerRecipient(
  network: Network,
  query: FlowQuery = {},
): { recipient: string; value: Quantity; weakLinks: WeakLink[] }[] {
  const total = whatIfFlow(network, { ...query, maxPaths: 0 }).analysis.report;
  return total.to.map((recipient) => {
    const { analysis } = whatIfFlow(network, { ...query, from: total.from, to: [recipient], maxPaths: 0 });
    return { recipient, value: analysis.report.value, weakLinks: weakLinksOf(analysis) };
  });
}

export interface RobustnessDocument {
  from: string[];
  to: string[];
  /** Max flow with every channel present. */
  allChannels: Quantity;
  samples: number;
  seed: number;
  mean: number;
  p5: number;
  p50: number;
  p95: number;
  /** Share of samples in which a source still reaches a sink. */
  connected: number;
  /** Samples in which a path of unlimited channels survives. */
  unbounded: number;
}

/** Monte Carlo over which channels exist (each with its confidence), seeded, under the query's measures. */
export function flowRobustness(
  network: Network,
  query: FlowQuery & { samples?: number; seed?: number } = {},
): RobustnessDocument {
  const samples = query.samples ?? ROBUSTNESS_DEFAULTS.samples;
  const seed = query.seed ?? ROBUSTNESS_DEFAULTS.seed;
  if (!Number.isInteger(samples) || samples < 1)
    throw new UsageError(`samples must be a whole number ≥ 1, got ${samples}`, 'use 1000 samples or more');
  const { analysis } = whatIfFlow(network, { ...query, maxPaths: 0 });
  const { graph, channels } = analysis.graph;
  const r = robustness(
    graph,
    channels.map((c) => c.confidence),
    analysis.sources,
    analysis.sinks,
    { samples, seed },
  );
  return {
    from: analysis.report.from,
    to: analysis.report.to,
    allChannels: analysis.report.value,
    samples,
    seed,
    mean: r.mean,
    p5: r.p5,
    p50: r.p50,
    p95: r.p95,
    connected: r.connected,
    unbounded: r.unbounded,
  };
}

export type ActorCut =
  | { status: 'optimal'; actors: { id: string; cost: number }[]; cost: number }
  | { status: 'unbounded'; /** Channels of a path no cuttable actor lies on. */ path: string[] };

/**
 * The fewest actors (or with `cheapest`, the cheapest by their removing
 * actions; actors without one cannot be cut) whose removal disconnects the flow.
 */
export function actorCut(network: Network, query: FlowQuery & { cheapest?: boolean } = {}): ActorCut {
  const { analysis } = whatIfFlow(network, { ...query, maxPaths: 0 });
  const { graph, nodeIds, channels } = analysis.graph;
  const removal = actorRemovalCosts(networkActions(network));
  const costOf = (id: string) => (query.cheapest ? (removal.get(id) ?? Infinity) : 1);
  const vc = minVertexCut(graph, analysis.sources, analysis.sinks, { cost: (v) => costOf(nodeIds[v]!) });
  if (vc.status === 'unbounded') return { status: 'unbounded', path: vc.path.map((a) => channels[a]!.id) };
  const actors = vc.nodes.map((v) => ({ id: nodeIds[v]!, cost: costOf(nodeIds[v]!) }));
  return { status: 'optimal', actors, cost: vc.cost };
}
