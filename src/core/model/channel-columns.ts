// Channels in columns: the arcs of a large network (a CSV edge list or a
// DIMACS file of a million arcs) held in typed arrays, one entry per channel,
// instead of one object per channel. A network built with `columnarNetwork`
// still has `channels`, made from the columns the first time it is read; the
// graph builder reads the columns (columnsOf) and never makes them.

import { lazyList } from './lazy-list.js';
import { CHANNEL_KINDS, confidenceLabelFor, type Channel, type Network } from './network.js';

export interface ChannelColumns {
  readonly count: number;
  /** Index into `network.nodes` of each channel's two ends. */
  readonly tails: Int32Array;
  readonly heads: Int32Array;
  readonly capacities: Float64Array;
  /** Cost to cut each channel on its own; NaN when it cannot be cut (`cost: null`). */
  readonly costs: Float64Array;
  /** Index into CHANNEL_KINDS; undefined: every channel is `unknown`. */
  readonly kinds?: Uint8Array;
  /** Probability 0–1; undefined: every channel is certain (1). */
  readonly confidences?: Float64Array;
  /** Jurisdiction code of each channel ('' for none); undefined: none at all. */
  readonly jurisdictions?: readonly string[];
  readonly labels?: readonly string[];
  /** Channel ids are `${idPrefix}${k + 1}`. */
  readonly idPrefix: string;
}

export function channelId(columns: ChannelColumns, k: number): string {
  return `${columns.idPrefix}${k + 1}`;
}

/** The channel at index `k`, as an object (for reports and the object-based analyses). */
export function channelAt(network: Network, columns: ChannelColumns, k: number): Channel {
  const confidence = columns.confidences ? columns.confidences[k]! : 1;
  const cost = columns.costs[k]!;
  const channel: Channel = {
    id: channelId(columns, k),
    from: network.nodes[columns.tails[k]!]!.id,
    to: network.nodes[columns.heads[k]!]!.id,
    kind: columns.kinds ? CHANNEL_KINDS[columns.kinds[k]!]! : 'unknown',
    capacity: columns.capacities[k]!,
    confidence,
    confidenceLabel: columns.confidences ? confidenceLabelFor(confidence) : 'confirmed',
    cost: Number.isNaN(cost) ? null : cost,
  };
  const jurisdiction = columns.jurisdictions?.[k];
  if (jurisdiction) channel.jurisdiction = jurisdiction;
  const label = columns.labels?.[k];
  if (label) channel.label = label;
  return channel;
}

const live = new WeakMap<Network, ChannelColumns>();

/**
 * A Network whose channels live in `columns`. `network.channels` is an
 * ordinary array, made on first read (and then kept), so every function that
 * takes a Network works on it unchanged.
 */
export function columnarNetwork(base: Omit<Network, 'channels'>, columns: ChannelColumns): Network {
  const network = { ...base } as Network;
  // Once made, the objects are the truth (callers may change them): the columns retire.
  lazyList(
    network,
    'channels',
    () => Array.from({ length: columns.count }, (_x, k) => channelAt(network, columns, k)),
    () => live.delete(network),
  );
  live.set(network, columns);
  return network;
}

/**
 * The columns of a network made by `columnarNetwork`, while its channels have
 * not been made as objects; undefined for any other network (a copy made with
 * spread syntax included), which is then read through `channels`.
 */
export function columnsOf(network: Network): ChannelColumns | undefined {
  return live.get(network);
}
