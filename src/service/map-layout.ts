// Positions of every actor for the web map, computed once per network version:
// a layered picture for support networks (map-layout-layered.ts) and a force
// picture for association networks without roles (ForceAtlas 2 on the whole graph when it is small, otherwise on the
// graph of Louvain communities with each community laid out inside its disk).
// Every layout also carries its groups, the map's super-nodes when zoomed out
// (Louvain communities in a force picture, tiles of one column in a layered
// one, so a group is one place of the picture), and a label priority
// per actor. Deterministic: same network, same picture.

import graphology from 'graphology';
import louvainModule, {
  type DetailedLouvainOutput,
  type LouvainOptions,
} from 'graphology-communities-louvain';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { ForceAtlas2SynchronousLayoutParameters } from 'graphology-layout-forceatlas2';
import { mulberry32 } from '../core/graph/prng.js';
import type { Network, Role } from '../core/model/network.js';
import type { MapLayoutResponse } from '../contract/layout.js';
import { layered, type LayerLinks } from './map-layout-layered.js';

const cjsDefault = <T>(mod: { default: T }): T => (mod as { default?: T }).default ?? (mod as unknown as T);
type UGraph = InstanceType<typeof graphology.UndirectedGraph>;
interface Louvain {
  detailed(graph: UGraph, options?: LouvainOptions): DetailedLouvainOutput;
}
interface ForceAtlas2 {
  (graph: UGraph, params: ForceAtlas2SynchronousLayoutParameters): Record<string, { x: number; y: number }>;
  inferSettings(order: number): Record<string, unknown>;
}
const louvain = cjsDefault(louvainModule as unknown as { default: Louvain });
const forceAtlas2 = cjsDefault(forceAtlas2Module as unknown as { default: ForceAtlas2 });

/** Bump when the pictures change, so cached layouts of older code are not reused. */
export const MAP_LAYOUT_REVISION = 2;

export interface MapLayoutOptions {
  /** `auto`: layered when the network has a sponsor and a recipient, force otherwise. */
  algorithm: 'auto' | 'layered' | 'force';
  /** Local force rounds × actors spent refining a force picture (at least 15 rounds, at most 300). */
  refineWork: number;
  /** Seed of Louvain's random order. */
  seed: number;
}

export const MAP_LAYOUT_DEFAULTS: MapLayoutOptions = { algorithm: 'auto', refineWork: 600_000, seed: 1 };

/** Graph units between linked actors in the force picture. */
const SPACING = 2;

const ROLE_PRIORITY: Record<Role, number> = {
  sponsor: 0,
  recipient: 0,
  operator: 1,
  front: 2,
  carrier: 2,
  transit: 2,
  other: 3,
};

interface Simple extends LayerLinks {
  ids: string[];
  index: Map<string, number>;
}

function simplify(network: Network): Simple {
  const ids = network.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const adj: Map<number, number>[] = ids.map(() => new Map());
  const seen = new Set<string>();
  const directed: { u: number; v: number }[] = [];
  for (const c of network.channels) {
    const u = index.get(c.from);
    const v = index.get(c.to);
    if (u === undefined || v === undefined || u === v) continue;
    adj[u]!.set(v, (adj[u]!.get(v) ?? 0) + 1);
    adj[v]!.set(u, (adj[v]!.get(u) ?? 0) + 1);
    const key = `${u}\u0000${v}`;
    if (!seen.has(key)) {
      seen.add(key);
      directed.push({ u, v });
    }
  }
  return { ids, index, adj, directed };
}

function undirectedGraph(
  ids: readonly string[],
  adj: readonly Map<number, number>[],
  members?: number[],
): UGraph {
  const g = new graphology.UndirectedGraph();
  const list = members ?? ids.map((_id, i) => i);
  const inside = members ? new Set(members) : undefined;
  for (const i of list) g.addNode(String(i));
  for (const i of list)
    for (const [j, w] of adj[i]!) {
      if (j <= i || (inside && !inside.has(j))) continue;
      g.addEdge(String(i), String(j), { weight: w });
    }
  return g;
}

/** Communities by Louvain; actors with no link share one group. Returns the group of each actor, groups numbered largest first. */
function communities(s: Simple, seed: number): number[] {
  const n = s.ids.length;
  const raw = new Array<number>(n).fill(-1);
  const hasEdge = s.adj.some((m) => m.size > 0);
  if (hasEdge) {
    const g = undirectedGraph(s.ids, s.adj);
    for (let i = 0; i < n; i++) if (s.adj[i]!.size === 0) g.dropNode(String(i));
    const detailed = louvain.detailed(g, { rng: mulberry32(seed), getEdgeWeight: 'weight' });
    for (const [k, c] of Object.entries(detailed.communities)) raw[Number(k)] = c;
  }
  const isolated = Number.MAX_SAFE_INTEGER;
  for (let i = 0; i < n; i++) if (raw[i] === -1) raw[i] = isolated;
  const sizes = new Map<number, number>();
  for (const c of raw) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || a - b);
  const renumber = new Map(order.map((c, k) => [c, k]));
  return raw.map((c) => renumber.get(c)!);
}

/** Label priority: 0 labels first. Terminals, then by how many links an actor has. */
function priorities(network: Network, s: Simple): number[] {
  const degree = s.adj.map((m) => {
    let d = 0;
    for (const w of m.values()) d += w;
    return d;
  });
  const order = s.ids
    .map((_id, i) => i)
    .sort(
      (a, b) =>
        ROLE_PRIORITY[network.nodes[a]!.role] - ROLE_PRIORITY[network.nodes[b]!.role] ||
        degree[b]! - degree[a]! ||
        a - b,
    );
  const rank = new Array<number>(s.ids.length);
  order.forEach((i, k) => (rank[i] = k));
  return rank;
}

function fa2(g: UGraph, iterations: number, extra: Record<string, unknown> = {}) {
  const settings = { ...forceAtlas2.inferSettings(g.order), ...extra };
  return forceAtlas2(g, { iterations, getEdgeWeight: 'weight', settings });
}

/** Sunflower seeds: `count` points filling a disk of radius ~sqrt(count), evenly. */
function sunflower(k: number): { x: number; y: number } {
  const r = Math.sqrt(k + 0.5);
  const a = k * 2.399963229728653;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

function force(s: Simple, community: number[], refineWork: number): { x: number[]; y: number[] } {
  const n = s.ids.length;
  const x = new Array<number>(n).fill(0);
  const y = new Array<number>(n).fill(0);
  if (n === 0) return { x, y };
  // The graph of communities first (ForceAtlas 2 keeps their disks apart),
  // then each community's members on a sunflower in its disk, in the order of
  // a breadth-first walk, then a few rounds of local forces over every actor.
  const groups = maxOf(community) + 1;
  const members: number[][] = Array.from({ length: groups }, () => []);
  for (let i = 0; i < n; i++) members[community[i]!]!.push(i);
  const radius = members.map((m) => Math.sqrt(m.length) * SPACING + SPACING);
  const cg = new graphology.UndirectedGraph();
  for (let c = 0; c < groups; c++) {
    const p = sunflower(c);
    cg.addNode(String(c), { x: p.x * 10, y: p.y * 10, size: radius[c]! });
  }
  const linkWeight = new Map<string, number>();
  for (let i = 0; i < n; i++)
    for (const [j, w] of s.adj[i]!) {
      const a = community[i]!;
      const b = community[j]!;
      if (j <= i || a === b) continue;
      const key = a < b ? `${a},${b}` : `${b},${a}`;
      linkWeight.set(key, (linkWeight.get(key) ?? 0) + w);
    }
  for (const [key, w] of linkWeight) {
    const [a, b] = key.split(',');
    cg.addEdge(a!, b!, { weight: w });
  }
  const centres =
    groups > 1
      ? fa2(cg, groups > 2000 ? 60 : 200, {
          adjustSizes: true,
          barnesHutOptimize: groups > 2000,
          scalingRatio: 4,
        })
      : { '0': { x: 0, y: 0 } };
  const cx = members.map((_m, c) => centres[String(c)]!.x);
  const cy = members.map((_m, c) => centres[String(c)]!.y);
  separateDisks(cx, cy, radius);
  for (let c = 0; c < groups; c++) {
    walkOrder(members[c]!, s.adj, community, c).forEach((v, k) => {
      const p = sunflower(k);
      x[v] = cx[c]! + p.x * SPACING;
      y[v] = cy[c]! + p.y * SPACING;
    });
  }
  const iterations = Math.round(Math.min(300, Math.max(15, refineWork / n)));
  refine(x, y, s, iterations);
  return { x, y };
}

/** Spring-electrical rounds: links pull, actors nearer than two spacings push (found through a grid), moves cool down. */
function refine(x: number[], y: number[], s: Simple, iterations: number): void {
  const n = x.length;
  const k = SPACING;
  const cell = 2 * k;
  const fx = new Float64Array(n);
  const fy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    fx.fill(0);
    fy.fill(0);
    const grid = new Map<number, number[]>();
    const key = (gx: number, gy: number) => gx * 1_000_003 + gy;
    for (let i = 0; i < n; i++) {
      const kk = key(Math.floor(x[i]! / cell), Math.floor(y[i]! / cell));
      const list = grid.get(kk);
      if (list) list.push(i);
      else grid.set(kk, [i]);
    }
    for (let i = 0; i < n; i++) {
      const gx = Math.floor(x[i]! / cell);
      const gy = Math.floor(y[i]! / cell);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++) {
          const list = grid.get(key(gx + dx, gy + dy));
          if (!list) continue;
          for (const j of list) {
            if (j <= i) continue;
            let ddx = x[i]! - x[j]!;
            let ddy = y[i]! - y[j]!;
            let d2 = ddx * ddx + ddy * ddy;
            if (d2 >= cell * cell) continue;
            if (d2 < 1e-6) {
              ddx = Math.cos(i) * 0.01;
              ddy = Math.sin(j) * 0.01;
              d2 = ddx * ddx + ddy * ddy;
            }
            const f = (k * k) / d2;
            fx[i]! += ddx * f;
            fy[i]! += ddy * f;
            fx[j]! -= ddx * f;
            fy[j]! -= ddy * f;
          }
        }
    }
    for (let i = 0; i < n; i++)
      for (const j of s.adj[i]!.keys()) {
        if (j <= i) continue;
        const ddx = x[j]! - x[i]!;
        const ddy = y[j]! - y[i]!;
        const d = Math.sqrt(ddx * ddx + ddy * ddy);
        const f = d / k;
        fx[i]! += ddx * f;
        fy[i]! += ddy * f;
        fx[j]! -= ddx * f;
        fy[j]! -= ddy * f;
      }
    const temp = k * (1 - it / iterations) + 0.05 * k;
    for (let i = 0; i < n; i++) {
      const m = Math.sqrt(fx[i]! * fx[i]! + fy[i]! * fy[i]!);
      if (m < 1e-12) continue;
      const step = Math.min(m, temp) / m;
      x[i] = x[i]! + fx[i]! * step;
      y[i] = y[i]! + fy[i]! * step;
    }
  }
}

function walkOrder(
  members: readonly number[],
  adj: readonly Map<number, number>[],
  community: readonly number[],
  c: number,
) {
  const inside = (v: number) => community[v] === c;
  const start = [...members].sort((a, b) => adj[b]!.size - adj[a]!.size || a - b);
  const seen = new Set<number>();
  const order: number[] = [];
  for (const root of start) {
    if (seen.has(root)) continue;
    seen.add(root);
    const queue = [root];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h]!;
      order.push(v);
      for (const w of adj[v]!.keys())
        if (inside(w) && !seen.has(w)) {
          seen.add(w);
          queue.push(w);
        }
    }
  }
  return order;
}

/** Pushes overlapping disks apart (a grid finds the neighbours), a few rounds. */
function separateDisks(x: number[], y: number[], r: readonly number[]): void {
  const n = x.length;
  if (n < 2) return;
  const cell = 2 * maxOf(r);
  for (let round = 0; round < 30; round++) {
    const grid = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const key = `${Math.floor(x[i]! / cell)},${Math.floor(y[i]! / cell)}`;
      const list = grid.get(key);
      if (list) list.push(i);
      else grid.set(key, [i]);
    }
    let moved = false;
    for (let i = 0; i < n; i++) {
      const gx = Math.floor(x[i]! / cell);
      const gy = Math.floor(y[i]! / cell);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const j of grid.get(`${gx + dx},${gy + dy}`) ?? []) {
            if (j <= i) continue;
            const ddx = x[j]! - x[i]!;
            const ddy = y[j]! - y[i]!;
            const d = Math.hypot(ddx, ddy);
            const need = r[i]! + r[j]! + 0.5;
            if (d >= need) continue;
            moved = true;
            const ux = d > 1e-9 ? ddx / d : Math.cos(i + j);
            const uy = d > 1e-9 ? ddy / d : Math.sin(i + j);
            const push = (need - d) / 2;
            x[i] = x[i]! - ux * push;
            y[i] = y[i]! - uy * push;
            x[j] = x[j]! + ux * push;
            y[j] = y[j]! + uy * push;
          }
    }
    if (!moved) break;
  }
}

function maxOf(values: readonly number[]): number {
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  return m;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** The map's picture of one network version. */
export function mapLayout(
  network: Network,
  options: Partial<MapLayoutOptions> = {},
): Omit<MapLayoutResponse, 'network' | 'version' | 'contentHash'> {
  const o = { ...MAP_LAYOUT_DEFAULTS, ...options };
  const s = simplify(network);
  const roles = new Set(network.nodes.map((n) => n.role));
  const algorithm =
    o.algorithm === 'auto'
      ? roles.has('sponsor') && roles.has('recipient')
        ? 'layered'
        : 'force'
      : o.algorithm;
  const picture =
    algorithm === 'layered'
      ? layered(network, s)
      : (() => {
          const groups = communities(s, o.seed);
          return { ...force(s, groups, o.refineWork), groups };
        })();
  const { x, y } = picture;
  const community = picture.groups;
  const rank = priorities(network, s);
  // Super-nodes: each community's centre, extent, size and best-ranked member.
  const groups = community.length ? maxOf(community) + 1 : 0;
  const acc = Array.from({ length: groups }, () => ({ sx: 0, sy: 0, size: 0, top: -1 }));
  for (let i = 0; i < s.ids.length; i++) {
    const a = acc[community[i]!]!;
    a.sx += x[i]!;
    a.sy += y[i]!;
    a.size++;
    if (a.top < 0 || rank[i]! < rank[a.top]!) a.top = i;
  }
  const far = new Array<number>(groups).fill(0);
  for (let i = 0; i < s.ids.length; i++) {
    const c = community[i]!;
    const a = acc[c]!;
    far[c] = Math.max(far[c]!, Math.hypot(x[i]! - a.sx / a.size, y[i]! - a.sy / a.size));
  }
  const links = new Map<string, number>();
  for (const { u, v } of s.directed) {
    const a = community[u]!;
    const b = community[v]!;
    if (a === b) continue;
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    links.set(key, (links.get(key) ?? 0) + 1);
  }
  return {
    algorithm,
    revision: MAP_LAYOUT_REVISION,
    nodes: s.ids,
    x: x.map(r2),
    y: y.map(r2),
    community,
    rank,
    communities: acc.map((a, c) => ({
      id: c,
      size: a.size,
      x: r2(a.sx / a.size),
      y: r2(a.sy / a.size),
      radius: r2(far[c]!),
      top: s.ids[a.top]!,
    })),
    communityLinks: [...links].map(([key, count]) => {
      const [a, b] = key.split(',').map(Number);
      return { a: a!, b: b!, count };
    }),
  };
}

/** Layouts by network content and layout revision, the most recently used kept. */
export class MapLayoutCache {
  private readonly entries = new Map<string, Promise<MapLayoutResponse>>();
  constructor(private readonly capacity = 16) {}

  get(key: string, compute: () => Promise<MapLayoutResponse>): Promise<MapLayoutResponse> {
    const k = `${MAP_LAYOUT_REVISION}:${key}`;
    const hit = this.entries.get(k);
    if (hit) {
      this.entries.delete(k);
      this.entries.set(k, hit);
      return hit;
    }
    const p = compute();
    this.entries.set(k, p);
    p.catch(() => this.entries.delete(k));
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return p;
  }
}
