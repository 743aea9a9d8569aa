import { describe, expect, it } from 'vitest';
import { generatedNetwork } from './report/testing/generated-network.js';
import { associationNetwork } from './testing/association-network.js';
import { MapLayoutCache, mapLayout } from './map-layout.js';

function closestPair(x: readonly number[], y: readonly number[]): number {
  // Sweep over x: enough for a few thousand points.
  const order = x.map((_v, i) => i).sort((a, b) => x[a]! - x[b]!);
  let best = Infinity;
  for (let k = 0; k < order.length; k++)
    for (let m = k + 1; m < order.length && x[order[m]!]! - x[order[k]!]! < best; m++) {
      const i = order[k]!;
      const j = order[m]!;
      best = Math.min(best, Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!));
    }
  return best;
}

describe('mapLayout', () => {
  it('draws a support network in layers: every sponsor left of every operator, every recipient rightmost', () => {
    const network = generatedNetwork(200);
    const layout = mapLayout(network);
    expect(layout.algorithm).toBe('layered');
    expect(layout.nodes).toEqual(network.nodes.map((n) => n.id));
    const xOf = new Map(layout.nodes.map((id, i) => [id, layout.x[i]!]));
    const xs = (role: string) => network.nodes.filter((n) => n.role === role).map((n) => xOf.get(n.id)!);
    expect(Math.max(...xs('sponsor'))).toBeLessThan(Math.min(...xs('operator')));
    expect(Math.max(...xs('operator'))).toBeLessThan(Math.min(...xs('recipient')));
    expect(Math.max(...xs('transit'))).toBeLessThan(Math.min(...xs('recipient')));
    // Tall columns are folded: the picture is not one long column.
    const height = Math.max(...layout.y) - Math.min(...layout.y);
    const width = Math.max(...layout.x) - Math.min(...layout.x);
    expect(height / width).toBeLessThan(2);
    expect(closestPair(layout.x, layout.y)).toBeGreaterThan(0.7);
  });

  it('is the same picture on every run', () => {
    const network = generatedNetwork(300, 3);
    expect(mapLayout(network)).toEqual(mapLayout(network));
    const association = associationNetwork(800, 5);
    expect(mapLayout(association)).toEqual(mapLayout(association));
  });

  it('draws a network without roles by force: linked actors near each other, none on top of another', () => {
    const network = associationNetwork(3000);
    const layout = mapLayout(network);
    expect(layout.algorithm).toBe('force');
    const at = new Map(layout.nodes.map((id, i) => [id, i]));
    const dist = (i: number, j: number) =>
      Math.hypot(layout.x[i]! - layout.x[j]!, layout.y[i]! - layout.y[j]!);
    let linked = 0;
    for (const c of network.channels) linked += dist(at.get(c.from)!, at.get(c.to)!);
    linked /= network.channels.length;
    let random = 0;
    for (let k = 0; k < 2000; k++) random += dist((k * 7919) % 3000, (k * 104729 + 13) % 3000);
    random /= 2000;
    expect(linked * 5).toBeLessThan(random);
    expect(closestPair(layout.x, layout.y)).toBeGreaterThan(0.2);
    expect(layout.x.every(Number.isFinite) && layout.y.every(Number.isFinite)).toBe(true);
  });

  it('groups actors into communities with a centre, a radius and the member labelled first', () => {
    const network = associationNetwork(2000);
    const layout = mapLayout(network);
    expect(layout.communities.length).toBeGreaterThan(5);
    expect(layout.communities.reduce((s, c) => s + c.size, 0)).toBe(2000);
    // Numbered largest first.
    const sizes = layout.communities.map((c) => c.size);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    for (const c of layout.communities) {
      const members = layout.nodes.map((_id, i) => i).filter((i) => layout.community[i] === c.id);
      expect(members.length).toBe(c.size);
      const top = members.reduce((a, b) => (layout.rank[a]! < layout.rank[b]! ? a : b));
      expect(layout.nodes[top]).toBe(c.top);
      for (const i of members)
        expect(Math.hypot(layout.x[i]! - c.x, layout.y[i]! - c.y)).toBeLessThanOrEqual(c.radius + 0.01);
    }
    expect(layout.communityLinks.every((l) => l.a !== l.b && l.count > 0)).toBe(true);
    // Ranks are a permutation; terminals of a support network come first.
    expect([...layout.rank].sort((a, b) => a - b)).toEqual(layout.nodes.map((_id, i) => i));
    const support = generatedNetwork(100);
    const s = mapLayout(support);
    const first = s.nodes[s.rank.indexOf(0)]!;
    expect(['sponsor', 'recipient']).toContain(support.nodes.find((n) => n.id === first)!.role);
  });

  it('groups a layered picture in tiles of one column, about √n actors a tile, a few terminals each alone', () => {
    const network = generatedNetwork(5000);
    const layout = mapLayout(network);
    expect(layout.algorithm).toBe('layered');
    const role = new Map(network.nodes.map((n) => [n.id, n.role]));
    const band = Math.ceil(Math.sqrt(5000));
    expect(layout.communities.reduce((s, c) => s + c.size, 0)).toBe(5000);
    const sizes = layout.communities.map((c) => c.size);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    for (const c of layout.communities) {
      const members = layout.nodes.map((_id, i) => i).filter((i) => layout.community[i] === c.id);
      expect(members.length).toBe(c.size);
      expect(c.size).toBeLessThanOrEqual(band + 4);
      // One place of the picture: a tile of a few sub-columns (9 units apart) by enough rows (1.6 units) to look square.
      const xs = members.map((i) => layout.x[i]!);
      const ys = members.map((i) => layout.y[i]!);
      const wide = Math.max(...xs) - Math.min(...xs);
      const tall = Math.max(...ys) - Math.min(...ys);
      expect(wide).toBeLessThanOrEqual(4 * 9);
      expect(tall).toBeLessThanOrEqual((band + 1) * 1.6);
      expect(wide * tall).toBeLessThan(2 * band * 9 * 1.6 + 40);
    }
    expect(layout.communities.length).toBeGreaterThan(5000 / band);
    expect(layout.communities.length).toBeLessThan(400);
    // Many terminals here (1,200), so they are tiled like the rest; with a few, each is a group of its own.
    // The first three sponsors and recipients stay terminals, the others become operators and transit.
    const seen = { sponsor: 0, recipient: 0 };
    const few = {
      ...network,
      nodes: network.nodes.map((a) => {
        if (a.role !== 'sponsor' && a.role !== 'recipient') return a;
        if (++seen[a.role] <= 3) return a;
        return { ...a, role: a.role === 'sponsor' ? ('operator' as const) : ('transit' as const) };
      }),
    };
    const small = mapLayout(few);
    const sizeOf = (i: number) => small.communities[small.community[i]!]!.size;
    few.nodes.forEach((a, i) => {
      if (a.role === 'sponsor' || a.role === 'recipient') expect(sizeOf(i)).toBe(1);
    });
    expect(few.nodes.some((_a, i) => sizeOf(i) > 1)).toBe(true);
    expect([...role.values()].filter((r) => r === 'recipient').length).toBeGreaterThan(band);
  });

  it('lays out an empty network and one with no channels', () => {
    const empty = mapLayout({ ...associationNetwork(10), nodes: [], channels: [] });
    expect(empty.nodes).toEqual([]);
    const lonely = mapLayout({ ...associationNetwork(10), channels: [] });
    expect(lonely.communities).toHaveLength(1);
    expect(closestPair(lonely.x, lonely.y)).toBeGreaterThan(0.2);
  });
});

describe('MapLayoutCache', () => {
  it('computes a layout once per key and keeps the most recently used', async () => {
    const cache = new MapLayoutCache(2);
    let computed = 0;
    const make = (key: string) => () => {
      computed++;
      return Promise.resolve({ contentHash: key } as never);
    };
    await cache.get('a', make('a'));
    await cache.get('a', make('a'));
    expect(computed).toBe(1);
    await cache.get('b', make('b'));
    await cache.get('a', make('a'));
    await cache.get('c', make('c')); // evicts b, the least recently used
    await cache.get('a', make('a'));
    expect(computed).toBe(3);
    await cache.get('b', make('b'));
    expect(computed).toBe(4);
  });
});
