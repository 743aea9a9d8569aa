// Builds a CompactGraph from a Network and keeps the maps node index ↔ node id
// and arc index ↔ channel, so results can be reported in the network's terms.

import { channelId, columnsOf } from '../model/channel-columns.js';
import { InputError, UsageError } from '../model/errors.js';
import { channelActiveOn, type Channel, type Network } from '../model/network.js';
import { NumberedIndex, numberedNodesOf } from '../model/numbered-nodes.js';
import { graphFromArrays, type CompactGraph } from './compact-graph.js';

export interface NetworkGraphOptions {
  /** Keep only channels in force on this date (ISO yyyy-mm-dd). */
  asOf?: string;
  /** Capacity to use for a channel instead of `channel.capacity`. */
  capacityOverride?: (channel: Channel) => number;
  /** Actors taken out: their channels are dropped (the nodes stay, isolated). */
  removedNodes?: ReadonlySet<string>;
}

/** Every channel, at its own capacity, with no actor removed. */
export const NETWORK_GRAPH_DEFAULTS: NetworkGraphOptions = {};

export interface NetworkGraph {
  readonly graph: CompactGraph;
  readonly network: Network;
  /** Node id of each node index (the network's node order). */
  readonly nodeIds: readonly string[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  /** The channel behind each arc index (made on first read for a columnar network). */
  readonly channels: readonly Channel[];
  /** Id of the channel behind an arc, without making channel objects. */
  channelId(arc: number): string;
  /** Jurisdiction of the channel behind an arc; undefined when no channel has one. */
  readonly arcJurisdiction: ((arc: number) => string | undefined) | undefined;
}

/** The node ids in node order and their index: read from the numbering, when the nodes are numbered, without making them. */
function nodeIdsOf(network: Network): { nodeIds: string[]; nodeIndex: ReadonlyMap<string, number> } {
  const numbered = numberedNodesOf(network);
  if (numbered) {
    return {
      nodeIds: Array.from({ length: numbered.count }, (_x, k) => String(k + 1)),
      nodeIndex: new NumberedIndex(numbered.count),
    };
  }
  const nodeIds = network.nodes.map((n) => n.id);
  const nodeIndex = new Map<string, number>();
  nodeIds.forEach((id, i) => nodeIndex.set(id, i));
  return { nodeIds, nodeIndex };
}

/** A columnar network with every channel kept at its own capacity: the graph straight from the columns. */
function columnarGraph(
  network: Network,
  nodeIds: string[],
  nodeIndex: ReadonlyMap<string, number>,
): NetworkGraph | undefined {
  const columns = columnsOf(network);
  if (!columns) return undefined;
  const { capacities } = columns;
  let graph: CompactGraph;
  try {
    graph = graphFromArrays(nodeIds.length, columns.tails, columns.heads, capacities);
  } catch (e) {
    // The builder checks every capacity too, but a bad one is named here in the network's terms
    // (before any other fault, as a check ahead of the build would), without a pass of its own.
    for (let k = 0; k < columns.count; k++) {
      const cap = capacities[k]!;
      if (!(cap >= 0)) throw badCapacity(channelId(columns, k), cap, k);
    }
    throw e;
  }
  const jurisdictions = columns.jurisdictions;
  return {
    graph,
    network,
    nodeIds,
    nodeIndex,
    get channels() {
      return network.channels;
    },
    channelId: (a) => channelId(columns, a),
    arcJurisdiction: jurisdictions ? (a) => jurisdictions[a] || undefined : undefined,
  };
}

export function networkGraph(network: Network, opts: NetworkGraphOptions = {}): NetworkGraph {
  const options = { ...NETWORK_GRAPH_DEFAULTS, ...opts };
  const asOf = options.asOf || undefined;
  const { nodeIds, nodeIndex } = nodeIdsOf(network);
  const removed = options.removedNodes;
  if (!options.capacityOverride && !removed) {
    // Columnar channels carry no validity dates: asOf keeps them all.
    const fast = columnarGraph(network, nodeIds, nodeIndex);
    if (fast) return fast;
  }
  const kept: Channel[] = [];
  const tails: number[] = [];
  const heads: number[] = [];
  const caps: number[] = [];
  network.channels.forEach((c, i) => {
    const u = nodeIndex.get(c.from);
    const v = nodeIndex.get(c.to);
    if (u === undefined || v === undefined) {
      const missing = u === undefined ? c.from : c.to;
      throw new InputError(
        'E_REFERENCE',
        `channel "${c.id}" names unknown node "${missing}"`,
        { path: `channels[${i}]` },
        `add a node with id "${missing}" to network "${network.id}" or fix the channel`,
      );
    }
    if (!channelActiveOn(c, asOf)) return;
    if (removed && (removed.has(c.from) || removed.has(c.to))) return;
    const cap = options.capacityOverride ? options.capacityOverride(c) : c.capacity;
    if (!(cap >= 0)) throw badCapacity(c.id, cap, i);
    kept.push(c);
    tails.push(u);
    heads.push(v);
    caps.push(cap);
  });
  return {
    graph: graphFromArrays(nodeIds.length, tails, heads, caps),
    network,
    nodeIds,
    nodeIndex,
    channels: kept,
    channelId: (a) => kept[a]!.id,
    arcJurisdiction: kept.some((c) => c.jurisdiction) ? (a) => kept[a]!.jurisdiction : undefined,
  };
}

/** Node indices for ids, with an error naming the unknown id and the fix. */
export function indicesOf(ng: NetworkGraph, ids: readonly string[], what: string): number[] {
  return ids.map((id) => {
    const i = ng.nodeIndex.get(id);
    if (i === undefined) {
      const field = what === 'source' ? 'from' : what === 'sink' ? 'to' : undefined;
      throw new UsageError(
        `${what} "${id}" is not a node of network "${ng.network.id}"`,
        `pick one of: ${ng.nodeIds.slice(0, 8).join(', ')}${ng.nodeIds.length > 8 ? ', …' : ''}${field ? ` in {${field}}` : ''}`,
        field,
      );
    }
    return i;
  });
}

/** The error for channel `id` (the `index`-th) with a capacity that is not a number ≥ 0. */
function badCapacity(id: string, cap: number, index: number): InputError {
  return new InputError(
    'E_VALUE',
    `channel "${id}" has capacity ${cap}`,
    { path: `channels[${index}].capacity` },
    'use a number ≥ 0, or Infinity for unlimited',
  );
}
