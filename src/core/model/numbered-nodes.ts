// Nodes numbered 1..N with no data but a role for a few of them (a DIMACS file's): the
// node objects follow from the count, so a network of a million nodes holds none until
// `network.nodes` is first read (then they are made once and kept, and are the truth
// from there on). The graph builder and the role lookup read the numbering instead.

import { lazyList } from './lazy-list.js';
import type { Network, NetworkNode, Role } from './network.js';

export interface NumberedNodes {
  /** Nodes '1'..String(count). */
  readonly count: number;
  /** The role of each node that has one, by node number; every other node is 'other'. */
  readonly roles: ReadonlyMap<number, Role>;
}

/** Node number k (1-based) as an object: its id and its name are the number. */
export function numberedNode(nodes: NumberedNodes, k: number): NetworkNode {
  const id = String(k);
  return { id, schema: 'LegalEntity', role: nodes.roles.get(k) ?? 'other', properties: { name: [id] } };
}

const live = new WeakMap<Network, NumberedNodes>();

/** Gives `network` the numbered nodes, made as objects on first read of `network.nodes`. */
export function withNumberedNodes(network: Network, nodes: NumberedNodes): Network {
  lazyList(
    network,
    'nodes',
    () => Array.from({ length: nodes.count }, (_x, k) => numberedNode(nodes, k + 1)),
    () => live.delete(network),
  );
  live.set(network, nodes);
  return network;
}

/** The numbering of a network made by `withNumberedNodes`, while its nodes have not been made as objects. */
export function numberedNodesOf(network: Network): NumberedNodes | undefined {
  return live.get(network);
}

/** Node id → index (0-based) of numbered nodes, without a map entry per node. */
export class NumberedIndex implements ReadonlyMap<string, number> {
  constructor(readonly size: number) {}

  get(id: string): number | undefined {
    const k = Number(id);
    return Number.isInteger(k) && k >= 1 && k <= this.size && String(k) === id ? k - 1 : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  forEach(fn: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (let i = 0; i < this.size; i++) fn(i, String(i + 1), this);
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.size; i++) yield [String(i + 1), i];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.size; i++) yield String(i + 1);
  }

  *values(): MapIterator<number> {
    for (let i = 0; i < this.size; i++) yield i;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}
