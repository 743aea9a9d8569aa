import { describe, expect, it } from 'vitest';
import type { Network } from '../model/network.js';
import { decodeNetwork, encodeNetwork } from './codec.js';

const network = (capacity: number): Network =>
  ({
    id: 'n',
    nodes: [
      { id: 'a', role: 'sponsor' },
      { id: 'b', role: 'recipient' },
    ],
    channels: [{ id: 'c', from: 'a', to: 'b', capacity, kind: 'cash' }],
  }) as unknown as Network;

describe('network codec', () => {
  it('keeps an unlimited capacity unlimited through the store encoding', () => {
    const text = encodeNetwork(network(Infinity));
    expect(text).toContain('"capacity":"unlimited"');
    expect(decodeNetwork(text).channels[0]!.capacity).toBe(Infinity);
  });

  it('decodes a network of finite capacities as it was', () => {
    expect(decodeNetwork(encodeNetwork(network(12.5)))).toEqual(network(12.5));
  });
});
