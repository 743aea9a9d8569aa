import { describe, expect, it } from 'vitest';
import type { Channel, Network, NetworkNode } from '../model/network.js';
import { associationAnalysis } from './association.js';
import { mergeNetworks } from './merge.js';
import { linkListedEntity } from './link.js';
import { designationTimeline } from './timeline.js';

const node = (id: string, extra: Partial<NetworkNode> = {}): NetworkNode => ({
  id,
  schema: 'Organization',
  role: 'other',
  properties: { name: [id.toUpperCase()] },
  ...extra,
});
const channel = (from: string, to: string, extra: Partial<Channel> = {}): Channel => ({
  id: `${from}-${to}`,
  from,
  to,
  kind: 'unknown',
  capacity: 1000,
  confidence: 0.9,
  confidenceLabel: 'confirmed',
  ...extra,
});
const network = (nodes: string[], edges: [string, string][], id = 'n'): Network => ({
  id,
  name: id,
  nodes: nodes.map((n) => node(n)),
  channels: edges.map(([a, b]) => channel(a, b)),
  jurisdictions: [],
  actions: [],
});

// Two triangles a-b-c and x-y-z joined by the path c — m — x: m and the two
// links around it hold the network together.
const BOWTIE = network(
  ['a', 'b', 'c', 'm', 'x', 'y', 'z'],
  [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'a'],
    ['c', 'm'],
    ['m', 'x'],
    ['x', 'y'],
    ['y', 'z'],
    ['z', 'x'],
  ],
);

describe('association analysis', () => {
  it('finds the bridges and cut vertices that hold two groups together, ignoring capacities', () => {
    const r = associationAnalysis(BOWTIE);
    expect(r.capacities).toBe('unit');
    expect(r.components).toBe(1);
    expect(r.bridges.map((b) => b.channel).sort()).toEqual(['c-m', 'm-x']);
    expect(r.bridges.every((b) => b.smallerSide === 3)).toBe(true);
    expect(r.articulationPoints.map((p) => p.id).sort()).toEqual(['c', 'm', 'x']);
    const m = r.articulationPoints.find((p) => p.id === 'm')!;
    expect(m).toMatchObject({ splitsInto: 2, cutsOff: 3 });
    expect(r.betweenness![0]!.id).toBe('m');
  });

  it('gives the fewest actors separating two groups, or says a direct link joins them', () => {
    const r = associationAnalysis(BOWTIE, { between: [['a'], ['Z']] });
    expect(r.separator!.status).toBe('optimal');
    // c, m and x each separate the sides; the cut is one actor.
    expect(r.separator!.actors).toHaveLength(1);
    const wide = network(
      ['s', 'p', 'q', 't'],
      [
        ['s', 'p'],
        ['s', 'q'],
        ['p', 't'],
        ['q', 't'],
      ],
    );
    expect(associationAnalysis(wide, { between: [['s'], ['t']] }).separator!.actors.map((x) => x.id)).toEqual(
      ['p', 'q'],
    );
    const direct = associationAnalysis(BOWTIE, { between: [['a'], ['b']] }).separator!;
    expect(direct).toMatchObject({ status: 'adjacent', directLinks: ['a-b'] });
    const apart = network(['a', 'b', 'c'], [['a', 'b']]);
    expect(associationAnalysis(apart, { between: [['a'], ['c']] }).separator!.status).toBe('disconnected');
    expect(() => associationAnalysis(BOWTIE, { between: [['a'], ['nobody']] })).toThrow(
      /network "n" has no actor "nobody"/,
    );
    expect(() => associationAnalysis(BOWTIE, { between: [['a'], ['A']] })).toThrow(/in both groups/);
  });

  it('splits two dense groups into two communities, the same on every run', () => {
    const r = associationAnalysis(BOWTIE, { seed: 3 });
    expect(r.communityCount).toBe(2);
    const sets = r.communities.map((c) => c.members.map((m) => m.id).sort());
    expect(sets.some((s) => ['a', 'b', 'c'].every((x) => s.includes(x)))).toBe(true);
    expect(associationAnalysis(BOWTIE, { seed: 3 }).communities).toEqual(r.communities);
  });
});

describe('tying actors to list entities and merging built networks', () => {
  const scenario: Network = {
    ...network(['sponsor', 'hezbollah'], [['sponsor', 'hezbollah']], 'article'),
    nodes: [
      node('sponsor', { role: 'sponsor' }),
      node('hezbollah', { role: 'recipient', listed: ['ofac-4697'] }),
    ],
  };
  const built: Network = {
    id: 'built',
    name: 'built',
    nodes: [
      node('ofac-4697', {
        designated: true,
        listed: ['ofac-4697'],
        sources: [{ citation: 'sdn@2 sdn.csv:9' }],
      }),
      node('ofac-1', { designated: true, listed: ['ofac-1'] }),
    ],
    channels: [
      channel('ofac-1', 'ofac-4697', { id: 'linked-to:ofac-1:ofac-4697', link: 'linked-to', capacity: 1 }),
    ],
    jurisdictions: [],
    actions: [],
  };

  it('unifies a built actor with the analyst actor naming its list id, keeping both sources', () => {
    const { network: merged, report } = mergeNetworks(scenario, built);
    expect(report).toEqual({
      unified: [{ actor: 'hezbollah', listed: ['ofac-4697'] }],
      addedNodes: 1,
      addedChannels: 1,
      droppedChannels: 0,
    });
    const h = merged.nodes.find((n) => n.id === 'hezbollah')!;
    expect(h).toMatchObject({
      role: 'recipient',
      designated: true,
      sources: [{ citation: 'sdn@2 sdn.csv:9' }],
    });
    expect(merged.channels.find((c) => c.link === 'linked-to')).toMatchObject({
      from: 'ofac-1',
      to: 'hezbollah',
    });
    expect(merged.notice).toMatch(/unit capacity/);
    // Merging again adds nothing new.
    expect(mergeNetworks(merged, built).report).toMatchObject({
      addedNodes: 0,
      addedChannels: 0,
      droppedChannels: 1,
    });
  });

  it('records a linked entity on the actor and does nothing the second time', () => {
    const entity = {
      id: 'ofac-4695',
      schema: 'Organization',
      properties: { name: ['HAMAS'], topics: ['sanction'] },
    };
    const first = linkListedEntity(scenario, {
      node: 'sponsor',
      entity,
      dataset: { name: 'sdn', version: 2 },
      sanctions: [
        {
          id: 'ofac-4695-sanction',
          schema: 'Sanction',
          properties: { authority: ['OFAC'], program: ['SDGT'], listingDate: ['2001-10-31'] },
        },
      ],
    });
    expect(first.changed).toBe(true);
    expect(first.node).toMatchObject({
      listed: ['ofac-4695'],
      designated: true,
      designations: [
        { authority: 'OFAC', programs: ['SDGT'], listingDate: '2001-10-31', entity: 'ofac-4695' },
      ],
    });
    expect(scenario.nodes[0]!.listed).toBeUndefined();
    const again = linkListedEntity(first.network, {
      node: 'sponsor',
      entity,
      dataset: { name: 'sdn', version: 2 },
    });
    expect(again.changed).toBe(false);
  });
});

describe('designation timeline', () => {
  it('lists the actors a newer list adds, tied to actors already in the older network first', () => {
    const before = network(['hq', 'old'], [['old', 'hq']]);
    const after = network(
      ['hq', 'old', 'newcomer', 'fringe', 'fringe2'],
      [
        ['old', 'hq'],
        ['newcomer', 'hq'],
        ['fringe', 'fringe2'],
        ['old', 'newcomer'],
      ],
    );
    const t = designationTimeline(before, after, (id) => id === 'fringe');
    expect(t.added.map((x) => x.id)).toEqual(['newcomer', 'fringe', 'fringe2']);
    expect(t.added[0]!.links.filter((l) => l.toExisting).map((l) => l.to)).toEqual(['hq', 'old']);
    expect(t.added.find((x) => x.id === 'fringe')!.newlyListed).toBe(false);
    expect(t.counts).toEqual({
      added: 3,
      addedLinkedToExisting: 1,
      newlyListed: 2,
      removed: 0,
      addedLinks: 0,
    });
  });
});
