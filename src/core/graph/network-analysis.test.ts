// Flow analysis on a small named network: the Network builder, cuts,
// decomposition, shares, weak links, reliable paths, robustness and centrality.

import { describe, expect, it } from 'vitest';
import type { Channel, Network, NetworkNode, Role } from '../model/network.js';
import { actorBetweenness } from './centrality.js';
import { analyseFlow } from './flow-analysis.js';
import { analyseNetwork } from './analyse-network.js';
import { networkGraph } from './network-graph.js';
import { reliablePaths } from './reliable-paths.js';
import { robustness } from './robustness.js';
import { minVertexCut } from './vertex-cut.js';
import { weakLinks } from './weak-links.js';

const node = (id: string, role: Role, jurisdiction?: string): NetworkNode =>
  ({ id, schema: 'Organization', name: id, role, jurisdiction, properties: {} }) as NetworkNode;
const channel = (
  id: string,
  from: string,
  to: string,
  capacity: number,
  confidence: number,
  extra: Partial<Channel> = {},
): Channel => ({
  id,
  from,
  to,
  kind: 'financial',
  capacity,
  confidence,
  confidenceLabel: 'reported',
  ...extra,
});

/** Sponsor → two transit actors → two recipients; Egypt carries most of the flow. */
const twoRoutes: Network = {
  id: 'two-routes',
  name: 'Two routes',
  nodes: [
    node('sp', 'sponsor', 'IR'),
    node('a', 'transit', 'EG'),
    node('b', 'transit', 'TR'),
    node('c', 'carrier', 'LB'),
    node('r1', 'recipient', 'PS'),
    node('r2', 'recipient', 'LB'),
  ],
  channels: [
    channel('sp-a', 'sp', 'a', 10, 0.9, { jurisdiction: 'EG' }),
    channel('sp-b', 'sp', 'b', 5, 0.5),
    channel('a-r1', 'a', 'r1', 6, 0.8, { jurisdiction: 'EG' }),
    channel('b-r1', 'b', 'r1', 5, 0.7),
    channel('a-c', 'a', 'c', 10, 0.9),
    channel('c-r2', 'c', 'r2', 3, 0.95, { jurisdiction: 'LB', validTo: '2020-12-31' }),
  ],
  jurisdictions: [
    { id: 'IR', name: 'Iran', enforcement: 0 },
    { id: 'EG', name: 'Egypt', enforcement: 0.2 },
    { id: 'TR', name: 'Türkiye', enforcement: 0.7 },
    { id: 'LB', name: 'Lebanon', enforcement: 0.4 },
  ],
  actions: [],
};

describe('flow on a network', () => {
  it('sends 14 units from the sponsor to both recipients and names the cut channels', () => {
    const { report } = analyseFlow(twoRoutes);
    expect(report.value).toBe(14);
    expect(report.cut.capacity).toBe(14);
    expect(report.cut.edges.map((e) => e.channel).sort()).toEqual(['a-r1', 'c-r2', 'sp-b']);
    expect(report.sourceSide).toEqual(['sp', 'a', 'c']);
    expect(report.paths.reduce((acc, p) => acc + p.amount, 0)).toBe(14);
  });

  it('drops channels not in force on the as-of date', () => {
    expect(analyseFlow(twoRoutes, { asOf: '2021-06-01' }).report.value).toBe(11);
  });

  it('drops the channels of removed actors and applies capacity overrides', () => {
    expect(analyseFlow(twoRoutes, { removedNodes: new Set(['b']) }).report.value).toBe(9);
    expect(
      analyseFlow(twoRoutes, { capacityOverride: (c) => (c.id === 'sp-a' ? 2 : c.capacity) }).report.value,
    ).toBe(7);
  });

  it('reports a path of unlimited channels as unbounded, naming the channels', () => {
    const open: Network = {
      ...twoRoutes,
      channels: [
        ...twoRoutes.channels,
        channel('sp-x', 'sp', 'b', Infinity, 1),
        channel('x-r', 'b', 'r1', Infinity, 1),
      ],
    };
    const { report } = analyseFlow(open);
    expect(report.value).toBe('unbounded');
    expect(report.unboundedPath).toEqual(['sp-x', 'x-r']);
  });

  it('names an unknown actor and the fix', () => {
    expect(() => analyseFlow(twoRoutes, { from: ['nobody'] })).toThrow(
      /source "nobody" is not a node of network "two-routes"/,
    );
  });
});

describe('vertex cut', () => {
  it('cuts the fewest actors, never a sponsor or recipient', () => {
    const ng = networkGraph(twoRoutes);
    const r = minVertexCut(ng.graph, [0], [4, 5]);
    expect(r.status === 'optimal' && r.nodes.map((v) => ng.nodeIds[v])).toEqual(['a', 'b']);
  });

  it('takes the cheapest actors when each has a cost', () => {
    const ng = networkGraph(twoRoutes);
    const costs = [0, 9, 1, 1, 0, 0];
    const r = minVertexCut(ng.graph, [0], [5], { cost: (v) => costs[v]! });
    expect(r.status === 'optimal' && r.nodes.map((v) => ng.nodeIds[v])).toEqual(['c']);
  });

  it('is unbounded when a sponsor deals with a recipient directly', () => {
    const direct: Network = {
      ...twoRoutes,
      channels: [...twoRoutes.channels, channel('sp-r1', 'sp', 'r1', 1, 1)],
    };
    const ng = networkGraph(direct);
    const r = minVertexCut(ng.graph, [0], [4]);
    expect(r.status).toBe('unbounded');
    expect(r.status === 'unbounded' && r.path.map((a) => ng.channels[a]!.id)).toEqual(['sp-r1']);
  });
});

describe('shares and weak links', () => {
  it('scores Egypt, through which 9 of 14 units pass, as the weakest link', () => {
    const a = analyseFlow(twoRoutes);
    const links = weakLinks(a.graph, a.shares!, [...a.sources, ...a.sinks], { sources: a.sources });
    expect(links[0]).toMatchObject({ kind: 'jurisdiction', id: 'EG', enforcement: 0.2 });
    expect(links[0]!.share).toBeCloseTo(9 / 14);
    expect(links[0]!.score).toBeCloseTo((9 / 14) * 0.8);
    expect(a.shares!.jurisdictions.get('TR')).toBeCloseTo(5 / 14);
    expect(a.shares!.nodes[0]).toBeCloseTo(1);
    expect(links.find((l) => l.id === 'a')!.score).toBeCloseTo((9 / 14) * 0.8);
  });

  it("leaves out the sponsor's own jurisdiction and its operators at home", () => {
    const withOperator: Network = {
      ...twoRoutes,
      nodes: [...twoRoutes.nodes, node('op', 'operator', 'IR')],
      channels: [
        ...twoRoutes.channels.map((c) => (c.from === 'sp' ? { ...c, from: 'op' } : c)),
        channel('sp-op', 'sp', 'op', 100, 1, { jurisdiction: 'IR' }),
      ],
    };
    const a = analyseFlow(withOperator);
    const links = weakLinks(a.graph, a.shares!, [...a.sources, ...a.sinks], { sources: a.sources });
    expect(links.map((l) => l.id)).not.toContain('IR');
    expect(links.map((l) => l.id)).not.toContain('op');
    expect(links[0]!.id).toBe('EG');
  });

  it('keeps actors without a jurisdiction when the sponsor has none', () => {
    const stateless: Network = {
      ...twoRoutes,
      nodes: twoRoutes.nodes.map((n) => ({ ...n, jurisdiction: undefined }) as NetworkNode),
    };
    const a = analyseFlow(stateless);
    const links = weakLinks(a.graph, a.shares!, [...a.sources, ...a.sinks], { sources: a.sources });
    expect(links.some((l) => l.kind === 'node' && l.id === 'a')).toBe(true);
  });

  it('summarises the network for the demo', () => {
    const r = analyseNetwork(twoRoutes);
    expect(r.perRecipient).toEqual([
      { recipient: 'r1', value: 11 },
      { recipient: 'r2', value: 3 },
    ]);
    expect(r.chokepoints.actors).toEqual(['a', 'b']);
    expect(r.topWeakLink?.id).toBe('EG');
    expect(r.pressure).toEqual({ jurisdiction: 'EG', fraction: 0.5, value: 10 });
  });
});

describe('paths', () => {
  const ng = networkGraph(twoRoutes);
  const conf = ng.channels.map((c) => c.confidence);

  it('ranks the most reliable paths by joint confidence (Yen)', () => {
    const paths = reliablePaths(ng.graph, conf, [0], [4, 5], 5);
    expect(paths.map((p) => p.nodes.map((v) => ng.nodeIds[v]).join('>'))).toEqual([
      'sp>a>c>r2',
      'sp>a>r1',
      'sp>b>r1',
    ]);
    expect(paths.map((p) => p.reliability)).toEqual(
      [0.9 * 0.9 * 0.95, 0.9 * 0.8, 0.5 * 0.7].map((x) => expect.closeTo(x)),
    );
  });
});

describe('robustness', () => {
  const ng = networkGraph(twoRoutes);
  const conf = ng.channels.map((c) => c.confidence);

  it('gives the same distribution for the same seed', () => {
    const a = robustness(ng.graph, conf, [0], [4, 5], { samples: 200, seed: 9 });
    const b = robustness(ng.graph, conf, [0], [4, 5], { samples: 200, seed: 9 });
    expect([...a.values]).toEqual([...b.values]);
    expect(a.p5).toBeLessThanOrEqual(a.p50);
    expect(a.p50).toBeLessThanOrEqual(a.p95);
    expect(a.p95).toBeLessThanOrEqual(14);
  });

  it('estimates the probability of staying connected close to the exact value', () => {
    // Exact: enumerate all 2^6 channel states.
    let exact = 0;
    for (let mask = 0; mask < 64; mask++) {
      const up = (i: number) => (mask >> i) & 1;
      let p = 1;
      for (let i = 0; i < 6; i++) p *= up(i) ? conf[i]! : 1 - conf[i]!;
      const viaA = up(0) && (up(2) || (up(4) && up(5)));
      const viaB = up(1) && up(3);
      if (viaA || viaB) exact += p;
    }
    const r = robustness(ng.graph, conf, [0], [4, 5], { samples: 20000, seed: 1 });
    expect(Math.abs(r.connected - exact)).toBeLessThan(0.015);
  });
});

describe('centrality', () => {
  it('puts the Egyptian transit actor between the most pairs', () => {
    const b = actorBetweenness(twoRoutes);
    const top = [...b.entries()].sort((x, y) => y[1] - x[1])[0]!;
    expect(top[0]).toBe('a');
  });
});
