// Betweenness centrality and PageRank of actors, by graphology-metrics on the
// graphology adapter (unweighted: how often an actor sits between others).

import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { Network } from '../model/network.js';
import { toGraphology } from './graphology-graph.js';

// graphology-metrics is CommonJS typed as `export default`: under Node's ESM
// interop the default import is the function itself, under bundlers it may sit on `.default`.
const cjsDefault = <T>(mod: { default: T }): T => (mod as { default?: T }).default ?? (mod as unknown as T);
const betweennessCentrality = cjsDefault(betweennessModule);
const pagerank = cjsDefault(pagerankModule);

export interface CentralityOptions {
  asOf?: string;
  /** Scale betweenness to 0–1 by the number of node pairs. */
  normalized: boolean;
}

export const CENTRALITY_DEFAULTS: CentralityOptions = { normalized: true };

/** Betweenness of each actor id. */
export function actorBetweenness(
  network: Network,
  options: Partial<CentralityOptions> = {},
): Map<string, number> {
  const { asOf, normalized } = { ...CENTRALITY_DEFAULTS, ...options };
  const scores = betweennessCentrality(toGraphology(network, { asOf }), { normalized });
  return new Map(Object.entries(scores));
}

/** PageRank of each actor id. */
export function actorPagerank(
  network: Network,
  options: Partial<CentralityOptions> = {},
): Map<string, number> {
  const scores = pagerank(toGraphology(network, { asOf: options.asOf }), { getEdgeWeight: null });
  return new Map(Object.entries(scores));
}
