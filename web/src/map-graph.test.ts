import { describe, expect, it } from 'vitest';
import type { MapLayoutResponse } from '../../src/contract/layout.js';
import { LOD_THRESHOLD, layout, mapGraph } from './map-graph';
import { CLUSTER_COLOUR, CUT_COLOUR, REBUILD_COLOUR, REMOVED_COLOUR } from './map-style';
import type { FlowResponse, NetworkDocument, WireChannel } from './types';

const channel = (
  id: string,
  from: string,
  to: string,
  capacity: WireChannel['capacity'] = 10,
): WireChannel => ({
  id,
  from,
  to,
  kind: 'financial',
  capacity,
  confidence: 0.9,
  confidenceLabel: 'confirmed',
});

const network: NetworkDocument = {
  id: 'n',
  name: 'n',
  nodes: [
    { id: 's', schema: 'Organization', role: 'sponsor', properties: { name: ['Sponsor'] } },
    { id: 'a', schema: 'Organization', role: 'transit', properties: { name: ['Hub A'] }, jurisdiction: 'EG' },
    { id: 'b', schema: 'Organization', role: 'transit', properties: { name: ['Hub B'] } },
    { id: 'r', schema: 'Organization', role: 'recipient', properties: { name: ['Recipient'] } },
  ],
  channels: [
    channel('sa', 's', 'a', 20),
    channel('sb', 's', 'b', 'unbounded'),
    channel('ar', 'a', 'r', 10),
    channel('ar2', 'a', 'r', 5),
    channel('br', 'b', 'r', 8),
  ],
  candidates: [channel('new', 's', 'r', 4)],
  jurisdictions: [],
  actions: [],
};

const flow: FlowResponse = {
  network: 'n',
  version: 1,
  from: ['s'],
  to: ['r'],
  applied: ['designate-b', 'halve-ar'],
  cost: 3,
  value: 10,
  baseline: 23,
  perRecipient: [{ recipient: 'r', value: 10 }],
  cut: { edges: [{ channel: 'ar', from: 'a', to: 'r', capacity: 5 }], capacity: 10 },
  sourceSide: ['s', 'a'],
  chokepointActors: ['a'],
  paths: [],
  channelFlow: { sa: 10, ar: 5, ar2: 5 },
  measuredCapacity: { ar: 5, sb: 0, br: 0 },
  removedActors: ['b'],
  weakLinks: [{ kind: 'node', id: 'a', share: 1, enforcement: 0.2, score: 0.8 }],
};

describe('map graph', () => {
  it('places sponsors left of transit actors and transit left of recipients', () => {
    const p = layout(network);
    expect(p.get('s')!.x).toBeLessThan(p.get('a')!.x);
    expect(p.get('a')!.x).toBeLessThan(p.get('r')!.x);
    const v = layout(network, true);
    expect(v.get('s')!.y).toBeGreaterThan(v.get('r')!.y);
  });

  it('draws every actor and channel, parallel channels as separate edges', () => {
    const g = mapGraph(network, { rebuild: new Set() });
    expect(g.order).toBe(4);
    expect(g.size).toBe(5);
    expect(g.edges('a', 'r').sort()).toEqual(['ar', 'ar2']);
    expect(g.getNodeAttribute('a', 'label')).toBe('Hub A · EG');
  });

  it("shows the server's answer: removed actors, cut and reduced channels, cuts, chokepoints and weak links", () => {
    const g = mapGraph(network, { flow, rebuild: new Set() });
    expect(g.getNodeAttribute('b', 'color')).toBe(REMOVED_COLOUR);
    expect(g.getNodeAttribute('b', 'label')).toContain('✕');
    expect(g.getNodeAttribute('a', 'label')).toContain('✂');
    expect(g.getNodeAttribute('a', 'label')).toContain('⚠');
    expect(g.getEdgeAttribute('br', 'color')).toBe(REMOVED_COLOUR);
    expect(g.getEdgeAttribute('br', 'label')).toContain('cut');
    expect(g.getEdgeAttribute('ar', 'color')).toBe(CUT_COLOUR);
    expect(g.getEdgeAttribute('ar', 'label')).toContain('capacity 10 → 5');
    // Width follows the capacity left: the halved channel is thinner than before.
    const before = mapGraph(network, { rebuild: new Set() });
    expect(g.getEdgeAttribute('ar', 'size')).toBeLessThan(before.getEdgeAttribute('ar', 'size'));
    // Channels without flow fade; channels with flow are drawn on top.
    expect(g.getEdgeAttribute('sa', 'opacity')).toBe(1);
    expect(g.getEdgeAttribute('sa', 'zIndex')).toBe(1);
    expect(g.getEdgeAttribute('br', 'opacity')).toBeLessThan(1);
  });

  it('adds the candidates the adversary opens, in the rebuild colour, and only those', () => {
    expect(mapGraph(network, { rebuild: new Set() }).hasEdge('new')).toBe(false);
    const g = mapGraph(network, { flow, rebuild: new Set(['new']) });
    expect(g.getEdgeAttribute('new', 'color')).toBe(REBUILD_COLOUR);
    expect(g.getEdgeAttribute('new', 'label')).toMatch(/^rebuild: /);
  });

  it('enlarges the selected actor and channel', () => {
    const plain = mapGraph(network, { rebuild: new Set() });
    const chosen = mapGraph(network, { rebuild: new Set(), selected: 'a' });
    expect(chosen.getNodeAttribute('a', 'size')).toBeGreaterThan(plain.getNodeAttribute('a', 'size'));
    const edge = mapGraph(network, { rebuild: new Set(), selected: 'sa' });
    expect(edge.getEdgeAttribute('sa', 'size')).toBeGreaterThan(plain.getEdgeAttribute('sa', 'size'));
  });

  it('shows a large layered network by its groups when zoomed out, the link holding the cut in the cut colour', () => {
    // A sponsor, a recipient and two columns of hubs, each column one group of the server's layout.
    const n = LOD_THRESHOLD + 2;
    const half = (n - 2) / 2;
    const hubs = Array.from({ length: n - 2 }, (_v, i) => `h${i}`);
    const big: NetworkDocument = {
      ...network,
      nodes: [
        network.nodes[0]!,
        ...hubs.map((id) => ({
          id,
          schema: 'Organization' as const,
          role: 'transit' as const,
          properties: {},
        })),
        network.nodes[3]!,
      ],
      channels: [
        ...hubs.slice(0, half).map((h, i) => channel(`s-${h}`, 's', h, 1 + i)),
        ...hubs.slice(0, half).map((h, i) => channel(`${h}-x`, h, hubs[half + i]!)),
        ...hubs.slice(half).map((h) => channel(`${h}-r`, h, 'r')),
      ],
      candidates: [],
    };
    const ids = big.nodes.map((a) => a.id);
    const group = (i: number) => (i === 0 ? 2 : i === n - 1 ? 3 : i <= half ? 0 : 1);
    const server: MapLayoutResponse = {
      network: 'n',
      version: 1,
      contentHash: 'h',
      algorithm: 'layered',
      revision: 2,
      nodes: ids,
      x: ids.map((_id, i) => group(i) * 10),
      y: ids.map((_id, i) => i),
      community: ids.map((_id, i) => group(i)),
      rank: ids.map((_id, i) => i),
      communities: [
        { id: 0, size: half, x: 10, y: 0, radius: 5, top: 'h0' },
        { id: 1, size: half, x: 20, y: 0, radius: 5, top: `h${half}` },
        { id: 2, size: 1, x: 0, y: 0, radius: 0, top: 's' },
        { id: 3, size: 1, x: 30, y: 0, radius: 0, top: 'r' },
      ],
      communityLinks: [
        { a: 0, b: 2, count: half },
        { a: 0, b: 1, count: half },
        { a: 1, b: 3, count: half },
      ],
    };
    const cut: FlowResponse = {
      ...flow,
      cut: { edges: [{ channel: 'h0-x', from: 'h0', to: `h${half}`, capacity: 10 }], capacity: 10 },
    };
    const g = mapGraph(big, { layout: server, flow: cut, rebuild: new Set() });
    expect(g.getNodeAttribute('s', 'lod')).toBe('detail');
    expect(g.getNodeAttribute('community:0', 'lod')).toBe('cluster');
    expect(g.getNodeAttribute('community:0', 'label')).toBe(`h0 +${half - 1}`);
    // A group of one is named, not counted.
    expect(g.getNodeAttribute('community:2', 'label')).toBe('Sponsor');
    expect(g.getEdgeAttribute('community-link:0-1', 'color')).toBe(CUT_COLOUR);
    expect(g.getEdgeAttribute('community-link:0-1', 'label')).toContain('minimum cut');
    expect(g.getEdgeAttribute('community-link:0-2', 'color')).toBe(CLUSTER_COLOUR);
    // Small networks draw every actor at every zoom.
    expect(mapGraph(network, { rebuild: new Set() }).someNode((_k, a) => a.lod === 'cluster')).toBe(false);
  });
});
