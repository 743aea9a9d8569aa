// The share of the maximum flow through each node, channel and jurisdiction,
// computed from a path decomposition so every unit of flow is counted once per place.

import type { Network } from '../model/network.js';
import type { FlowPath } from './flow-decomposition.js';
import type { NetworkGraph } from './network-graph.js';

export interface FlowShares {
  value: number;
  /** Share (0–1) of the flow through each node index, terminals included. */
  nodes: Float64Array;
  /** Share (0–1) of the flow on each arc index. */
  arcs: Float64Array;
  /**
   * Share of the flow that crosses each jurisdiction: on a channel there, or
   * through a transit actor based there (a path's own endpoints do not count).
   */
  jurisdictions: Map<string, number>;
}

export function flowShares(ng: NetworkGraph, paths: readonly FlowPath[]): FlowShares {
  const { graph, network, channels } = ng;
  const nodes = new Float64Array(graph.n);
  const arcs = new Float64Array(graph.m);
  const juris = new Map<string, number>();
  const home = nodeJurisdictions(network);
  let value = 0;
  for (const p of paths) value += p.amount;
  const scale = value > 0 ? 1 / value : 0;
  for (const p of paths) {
    const share = p.amount * scale;
    const touched = new Set<string>();
    p.nodes.forEach((v, k) => {
      nodes[v]! += share;
      const j = home[v];
      if (j && k > 0 && k < p.nodes.length - 1) touched.add(j);
    });
    for (const a of p.arcs) {
      arcs[a]! += share;
      const j = channels[a]!.jurisdiction;
      if (j) touched.add(j);
    }
    for (const j of touched) juris.set(j, (juris.get(j) ?? 0) + share);
  }
  return { value, nodes, arcs, jurisdictions: juris };
}

function nodeJurisdictions(network: Network): (string | undefined)[] {
  return network.nodes.map((n) => n.jurisdiction);
}
