// Every simple sponsor → recipient path with its bottleneck capacity and joint
// confidence (the product of channel confidences), bounded in count and depth.

import { channelActiveOn, type Channel, type Network } from '../model/network.js';
import { indicesOf, networkGraph } from './network-graph.js';
import { reliablePaths } from './reliable-paths.js';

export interface SimplePath {
  from: string;
  to: string;
  nodes: string[];
  channels: string[];
  /** Smallest capacity on the path (Infinity when every channel is unlimited). */
  bottleneck: number;
  /** Product of the channels' confidences. */
  confidence: number;
}

export interface SimplePathOptions {
  maxPaths?: number;
  maxDepth?: number;
  asOf?: string;
}

export const SIMPLE_PATH_DEFAULTS = { maxPaths: 1000, maxDepth: 12 };

export interface SimplePathResult {
  paths: SimplePath[];
  /** True when maxPaths or maxDepth stopped the search before it was complete. */
  truncated: boolean;
}

/** Paths from each source to each target, sorted by bottleneck then confidence. */
export function simplePaths(
  network: Network,
  sources: string[],
  targets: string[],
  options: SimplePathOptions = {},
): SimplePathResult {
  const maxPaths = options.maxPaths ?? SIMPLE_PATH_DEFAULTS.maxPaths;
  const maxDepth = options.maxDepth ?? SIMPLE_PATH_DEFAULTS.maxDepth;
  const out = new Map<string, Channel[]>();
  for (const c of network.channels) {
    if (!channelActiveOn(c, options.asOf) || c.capacity <= 0) continue;
    const list = out.get(c.from) ?? [];
    list.push(c);
    out.set(c.from, list);
  }
  const targetSet = new Set(targets);
  const paths: SimplePath[] = [];
  let truncated = false;
  const onPath = new Set<string>();
  const nodes: string[] = [];
  const chans: Channel[] = [];

  const visit = (node: string, from: string): void => {
    if (paths.length >= maxPaths) {
      truncated = true;
      return;
    }
    if (targetSet.has(node) && chans.length > 0) {
      paths.push({
        from,
        to: node,
        nodes: [...nodes],
        channels: chans.map((c) => c.id),
        bottleneck: Math.min(...chans.map((c) => c.capacity)),
        confidence: chans.reduce((p, c) => p * c.confidence, 1),
      });
      return;
    }
    if (chans.length >= maxDepth) {
      truncated = true;
      return;
    }
    for (const c of out.get(node) ?? []) {
      if (onPath.has(c.to)) continue;
      onPath.add(c.to);
      nodes.push(c.to);
      chans.push(c);
      visit(c.to, from);
      chans.pop();
      nodes.pop();
      onPath.delete(c.to);
    }
  };

  for (const s of sources) {
    onPath.add(s);
    nodes.push(s);
    visit(s, s);
    nodes.pop();
    onPath.delete(s);
  }
  paths.sort(
    (a, b) => b.bottleneck - a.bottleneck || b.confidence - a.confidence || a.nodes.length - b.nodes.length,
  );
  return { paths, truncated };
}

/**
 * The k most reliable sponsor → recipient paths (highest joint confidence
 * first, Yen's algorithm), in the same shape as simplePaths.
 */
export function mostReliablePaths(
  network: Network,
  sources: string[],
  targets: string[],
  k: number,
  options: { asOf?: string } = {},
): SimplePath[] {
  const ng = networkGraph(network, options.asOf ? { asOf: options.asOf } : {});
  const confidence = ng.channels.map((c) => (c.capacity > 0 ? c.confidence : 0));
  const found = reliablePaths(
    ng.graph,
    confidence,
    indicesOf(ng, sources, 'source'),
    indicesOf(ng, targets, 'sink'),
    k,
  );
  return found.map((p) => {
    const channels = p.arcs.map((a) => ng.channels[a]!);
    const nodes = p.nodes.map((v) => ng.nodeIds[v]!);
    return {
      from: nodes[0]!,
      to: nodes[nodes.length - 1]!,
      nodes,
      channels: channels.map((c) => c.id),
      bottleneck: Math.min(...channels.map((c) => c.capacity)),
      confidence: p.reliability,
    };
  });
}
