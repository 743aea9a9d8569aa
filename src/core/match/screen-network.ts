// Screens every actor of a network against the lists, then flags the actors
// that are not listed themselves but sit close to listed ones (likely fronts).

import { caption } from '../model/entity.js';
import type { Network, Role } from '../model/network.js';
import type { CandidateIndex } from './candidate-index.js';
import { networkAsEntities } from './network-entities.js';
import { proximityGraph, proximityIn, type ProximityStep } from './proximity.js';
import { screen, type ScreenMatch, type ScreenOptions } from './screen.js';

export interface ActorScreening {
  node: string;
  name: string;
  role: Role;
  /** Best list candidates for the actor, best first. */
  results: ScreenMatch[];
  /** Designated in the network file, or matched on a list. */
  listed: boolean;
  /** For an actor not listed: hops to the nearest listed actor (null: none within maxHops). */
  nearestListed: number | null;
  /** The path to that listed actor, when there is one. */
  path: ProximityStep[];
}

export interface ScreenNetworkOptions extends Partial<ScreenOptions> {
  /** Longest path searched to a listed actor. */
  maxHops?: number;
}

/** Screen the actors (Country nodes are skipped: states are not screened by name). */
export function screenNetwork(
  index: CandidateIndex,
  network: Network,
  options: ScreenNetworkOptions = {},
): ActorScreening[] {
  const { maxHops = 3, ...screenOptions } = options;
  const rows: ActorScreening[] = network.nodes
    .filter((n) => n.schema !== 'Country')
    .map((n) => {
      const results = screen(
        index,
        { schema: n.schema, properties: n.properties },
        { limit: 3, ...screenOptions },
      );
      return {
        node: n.id,
        name: caption(n),
        role: n.role,
        results,
        listed: Boolean(n.designated) || Boolean(results[0]?.match),
        nearestListed: null,
        path: [],
      };
    });
  return markProximity(network, rows, maxHops);
}

/**
 * For actors not listed themselves: hops and path to the nearest listed actor
 * over the network's channels. Rows come from any screening of the actors.
 */
export function markProximity(network: Network, rows: ActorScreening[], maxHops = 3): ActorScreening[] {
  const listed = new Set(rows.filter((r) => r.listed).map((r) => r.node));
  const graph = proximityGraph(networkAsEntities(network));
  for (const row of rows) {
    if (row.listed) {
      row.nearestListed = 0;
      continue;
    }
    const p = proximityIn(graph, listed, row.node, { maxHops, maxHits: 1 });
    row.nearestListed = p.nearest;
    row.path = p.hits[0]?.path ?? [];
  }
  return rows;
}
