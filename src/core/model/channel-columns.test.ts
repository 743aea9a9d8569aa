import { describe, expect, it } from 'vitest';
import { networkGraph } from '../graph/network-graph.js';
import { analyseFlow } from '../graph/flow-analysis.js';
import { channelAt, columnarNetwork, columnsOf, type ChannelColumns } from './channel-columns.js';
import type { Network, NetworkNode } from './network.js';

const node = (id: string, role: NetworkNode['role'] = 'other'): NetworkNode => ({
  id,
  schema: 'LegalEntity',
  role,
  properties: { name: [id] },
});

function sample(): { network: Network; columns: ChannelColumns } {
  const columns: ChannelColumns = {
    count: 3,
    tails: Int32Array.of(0, 1, 0),
    heads: Int32Array.of(1, 2, 2),
    capacities: Float64Array.of(5, 3, Infinity),
    costs: Float64Array.of(1, 2, NaN),
    jurisdictions: ['', 'ir', ''],
    idPrefix: 'e',
  };
  const network = columnarNetwork(
    {
      id: 'n',
      name: 'n',
      nodes: [node('s', 'sponsor'), node('m'), node('t', 'recipient')],
      jurisdictions: [],
      actions: [],
    },
    columns,
  );
  return { network, columns };
}

describe('channels in columns', () => {
  it('makes a channel object only when asked', () => {
    const { network, columns } = sample();
    expect(channelAt(network, columns, 1)).toEqual({
      id: 'e2',
      from: 'm',
      to: 't',
      kind: 'unknown',
      capacity: 3,
      confidence: 1,
      confidenceLabel: 'confirmed',
      cost: 2,
      jurisdiction: 'ir',
    });
    expect(channelAt(network, columns, 2).cost).toBeNull();
    expect(columnsOf(network)).toBe(columns);
  });

  it('builds the flow graph from the columns without making the channels', () => {
    const { network } = sample();
    const ng = networkGraph(network);
    expect(Array.from(ng.graph.tails)).toEqual([0, 1, 0]);
    expect(ng.channelId(2)).toBe('e3');
    expect(ng.arcJurisdiction?.(1)).toBe('ir');
    expect(columnsOf(network)).toBeDefined();
  });

  it('gives the same flow report as the same network made of objects', () => {
    const { network } = sample();
    const columnar = analyseFlow(network, { to: ['m'] }).report;
    expect(columnsOf(network)).toBeDefined();
    const objects: Network = { ...network, channels: [...network.channels] };
    expect(analyseFlow(objects, { to: ['m'] }).report).toEqual(columnar);
    expect(columnar.value).toBe(5);
    expect(columnar.cut.edges).toEqual([{ channel: 'e1', from: 's', to: 'm', capacity: 5 }]);
  });

  it('retires the columns once the channels are made, so later changes to them count', () => {
    const { network } = sample();
    const copy = { ...network };
    expect(columnsOf(copy)).toBeUndefined();
    expect(network.channels).toHaveLength(3);
    expect(columnsOf(network)).toBeUndefined();
    network.channels[0]!.capacity = 1;
    expect(networkGraph(network).graph.caps[0]).toBe(1);
  });
});
