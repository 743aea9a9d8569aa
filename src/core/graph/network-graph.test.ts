import { describe, expect, it } from 'vitest';
import { columnarNetwork, type ChannelColumns } from '../model/channel-columns.js';
import { InputError, UsageError } from '../model/errors.js';
import type { Network, NetworkNode } from '../model/network.js';
import { networkGraph } from './network-graph.js';

function columnar(tails: number[], heads: number[], capacities: number[]): Network {
  const columns: ChannelColumns = {
    count: tails.length,
    tails: Int32Array.from(tails),
    heads: Int32Array.from(heads),
    capacities: Float64Array.from(capacities),
    costs: new Float64Array(tails.length).fill(1),
    idPrefix: 'a',
  };
  const nodes = ['1', '2', '3'].map((id): NetworkNode => ({
    id,
    schema: 'LegalEntity',
    role: 'other',
    properties: { name: [id] },
  }));
  return columnarNetwork({ id: 'n', name: 'n', nodes, jurisdictions: [], actions: [] }, columns);
}

describe('the graph of a columnar network', () => {
  it('builds the arcs straight from the columns', () => {
    const g = networkGraph(columnar([0, 1], [1, 2], [4, Infinity])).graph;
    expect([g.n, g.m, [...g.caps]]).toEqual([3, 2, [4, Infinity]]);
  });

  it('names a bad capacity by its channel, even after an arc that leaves the node range', () => {
    const network = columnar([0, 5, 1], [1, 2, 2], [4, 1, -2]);
    expect(() => networkGraph(network)).toThrow(InputError);
    expect(() => networkGraph(network)).toThrow('channel "a3" has capacity -2');
    expect(() => networkGraph(columnar([0], [1], [NaN]))).toThrow('channel "a1" has capacity NaN');
  });

  it('reports an arc out of range when every capacity is good', () => {
    expect(() => networkGraph(columnar([0, 5], [1, 2], [4, 1]))).toThrow(UsageError);
    expect(() => networkGraph(columnar([0, 5], [1, 2], [4, 1]))).toThrow('leaves the node range');
  });
});
