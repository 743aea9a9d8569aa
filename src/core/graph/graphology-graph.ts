// Adapter to graphology, for the algorithms it already has (betweenness,
// PageRank): one multi-digraph node per actor, one edge per channel in force.

import graphology from 'graphology';
import { channelActiveOn, type Network } from '../model/network.js';

export type ActorGraph = InstanceType<typeof graphology.MultiDirectedGraph>;

export interface GraphologyOptions {
  /** Keep only channels in force on this date. */
  asOf?: string;
  /** Leave out channels that cannot carry anything (capacity 0). */
  skipEmpty: boolean;
}

export const GRAPHOLOGY_DEFAULTS: GraphologyOptions = { skipEmpty: true };

export function toGraphology(network: Network, options: Partial<GraphologyOptions> = {}): ActorGraph {
  const { asOf, skipEmpty } = { ...GRAPHOLOGY_DEFAULTS, ...options };
  const g: ActorGraph = new graphology.MultiDirectedGraph();
  for (const n of network.nodes) g.addNode(n.id, { role: n.role, jurisdiction: n.jurisdiction });
  for (const c of network.channels) {
    if (!channelActiveOn(c, asOf) || (skipEmpty && c.capacity === 0)) continue;
    if (!g.hasNode(c.from) || !g.hasNode(c.to)) continue;
    g.addEdgeWithKey(c.id, c.from, c.to, { capacity: c.capacity, confidence: c.confidence });
  }
  return g;
}
