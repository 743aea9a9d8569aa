// Turns a network, the server's layout and the flow analysis into the
// graphology graph the map draws: positions from GET /networks/{id}/layout
// (a left-to-right fallback by role while it loads or when it fails), every
// visual encoding as attributes, and for large networks one super-node per
// community with the channels between communities, shown when zoomed out.
// What the measures do to actors and channels comes from the server's answer
// (removedActors, measuredCapacity), never from a rule of its own.

import { MultiDirectedGraph } from 'graphology';
import type { MapLayoutResponse } from '../../src/contract/layout.js';
import type { FlowResponse, NetworkDocument, WireChannel } from './types';
import {
  CLUSTER_COLOUR,
  CUT_COLOUR,
  DASHES,
  KIND_COLOURS,
  REBUILD_COLOUR,
  REBUILD_DASH,
  REMOVED_COLOUR,
  ROLE_COLOUR_OF,
  ROLE_COLUMN,
  ROLE_SHAPE_OF,
} from './map-style';

/** Above this many actors the map shows the layout's groups when zoomed out. */
export const LOD_THRESHOLD = 3000;

export interface MapOptions {
  /** The what-if answer: flow per channel, cuts, weak links, and what the measures removed or reduced. */
  flow?: FlowResponse;
  /** Candidate channels the adversary opens, drawn in the rebuild colour. */
  rebuild: ReadonlySet<string>;
  selected?: string;
  /** Lay the roles out top to bottom in the fallback layout (narrow windows). */
  vertical?: boolean;
  /** The server's positions; the fallback layout is used without them. */
  layout?: MapLayoutResponse;
}

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  shape: string;
  /** Label priority: 0 is labelled first. */
  rank: number;
  /** Level of detail: `detail` actors show when zoomed in, `cluster` super-nodes when zoomed out. */
  lod: 'all' | 'detail' | 'cluster';
  role?: string;
  community?: number;
  /** Members of a super-node. */
  members?: number;
  [k: string]: unknown;
}

export interface EdgeAttrs {
  size: number;
  color: string;
  opacity: number;
  dashSize: number;
  gapSize: number;
  label: string;
  zIndex: number;
  lod: 'all' | 'detail' | 'cluster';
  [k: string]: unknown;
}

function width(capacity: WireChannel['capacity'], max: number): number {
  if (capacity === 'unbounded') return 7;
  return 1.5 + (5 * capacity) / max;
}

const round = (q: WireChannel['capacity']) =>
  q === 'unbounded' ? 'unlimited' : String(Math.round(q * 10) / 10);

/** The fallback: one column per role, left to right (or top to bottom). */
export function layout(network: NetworkDocument, vertical = false): Map<string, { x: number; y: number }> {
  const columns = new Map<number, string[]>();
  for (const n of network.nodes) {
    const col = ROLE_COLUMN[n.role] ?? 2;
    const list = columns.get(col);
    if (list) list.push(n.id);
    else columns.set(col, [n.id]);
  }
  const out = new Map<string, { x: number; y: number }>();
  if (vertical) {
    let row = 0;
    for (const col of [...columns.keys()].sort((a, b) => a - b)) {
      for (const id of columns.get(col)!) {
        out.set(id, { x: row % 2 ? 5 : -5, y: -row * 4 });
        row++;
      }
    }
    return out;
  }
  for (const [col, ids] of columns) {
    const stagger = Math.round(col) % 2 ? 4 : 0;
    ids.forEach((id, i) => {
      const across = (i - (ids.length - 1) / 2) * 9 + stagger;
      out.set(id, { x: col * 10, y: -across });
    });
  }
  return out;
}

/** Server positions by actor: the same picture in every window (narrow ones zoom in on it). */
function serverPositions(l: MapLayoutResponse): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  l.nodes.forEach((id, i) => out.set(id, { x: l.x[i]!, y: l.y[i]! }));
  return out;
}

export function mapGraph(
  network: NetworkDocument,
  options: MapOptions,
): MultiDirectedGraph<NodeAttrs, EdgeAttrs> {
  const graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  const server = options.layout;
  const positions = server ? serverPositions(server) : layout(network, options.vertical);
  const fallback = server ? layout(network, options.vertical) : positions;
  const at = new Map(server?.nodes.map((id, i) => [id, i]));
  // The server's groups sit together in either picture (communities of a force
  // picture, bands of one column of a layered one): they stand for their members.
  const large = network.nodes.length > LOD_THRESHOLD && server !== undefined;
  const flow = options.flow;
  const chokepoints = new Set(flow?.chokepointActors ?? []);
  const weak = new Set(
    (flow?.weakLinks ?? []).filter((w) => w.kind === 'node' && w.score >= 0.1).map((w) => w.id),
  );
  const cut = new Set((flow?.cut.edges ?? []).map((e) => e.channel));
  const removedActors = new Set(flow?.removedActors ?? []);
  const measured = flow?.measuredCapacity ?? {};
  network.nodes.forEach((n, k) => {
    const p = positions.get(n.id) ?? fallback.get(n.id)!;
    const i = at.get(n.id);
    const country = n.properties.country?.[0]?.toUpperCase() ?? n.jurisdiction;
    const name = n.properties.name?.[0] ?? n.id;
    const marks = `${chokepoints.has(n.id) ? ' ✂' : ''}${weak.has(n.id) ? ' ⚠' : ''}`;
    const removed = removedActors.has(n.id);
    const terminal = n.role === 'sponsor' || n.role === 'recipient';
    graph.addNode(n.id, {
      ...p,
      size:
        (large ? 4 : terminal ? 10 : 7) + (terminal && large ? 3 : 0) + (options.selected === n.id ? 4 : 0),
      color: removed ? REMOVED_COLOUR : ROLE_COLOUR_OF(n.role),
      shape: ROLE_SHAPE_OF(n.role),
      label: `${name}${country ? ` · ${country}` : ''}${marks}${removed ? ' ✕' : ''}`,
      rank: i !== undefined ? server!.rank[i]! : k,
      lod: large ? 'detail' : 'all',
      role: n.role,
      ...(i !== undefined ? { community: server!.community[i]! } : {}),
    });
  });
  const caps = network.channels.map((c) => (c.capacity === 'unbounded' ? 0 : c.capacity));
  let max = 1;
  for (const c of caps) if (c > max) max = c;
  const addChannel = (c: WireChannel, rebuild: boolean) => {
    if (!graph.hasNode(c.from) || !graph.hasNode(c.to) || graph.hasEdge(c.id)) return;
    const carried = flow?.channelFlow[c.id] ?? 0;
    const dashes = DASHES[c.confidenceLabel] ?? DASHES.confirmed!;
    const after = rebuild ? undefined : measured[c.id];
    const dead = after === 0;
    const capacity = after ?? c.capacity;
    const isCut = !rebuild && cut.has(c.id);
    const colour = rebuild
      ? REBUILD_COLOUR
      : isCut
        ? CUT_COLOUR
        : dead
          ? REMOVED_COLOUR
          : (KIND_COLOURS[c.kind] ?? '#777777');
    const selected = options.selected === c.id;
    graph.addDirectedEdgeWithKey(c.id, c.from, c.to, {
      size: (large ? 1 : width(capacity, max)) + (selected ? 3 : 0),
      color: colour,
      opacity: rebuild || carried > 0 || selected || isCut ? 1 : large ? 0.5 : 0.45,
      dashSize: rebuild ? REBUILD_DASH.dash : dashes.dash,
      gapSize: rebuild ? REBUILD_DASH.gap : dashes.gap,
      zIndex: isCut || rebuild ? 2 : carried > 0 ? 1 : 0,
      lod: large ? 'detail' : 'all',
      label: `${rebuild ? 'rebuild: ' : ''}${isCut ? 'min cut: ' : ''}${c.label ?? c.kind}${dead ? ' · cut' : after !== undefined ? ` · capacity ${round(c.capacity)} → ${round(after)}` : ''}${carried > 0 ? ` · flow ${round(carried)}` : ''}`,
    });
  };
  for (const c of network.channels) addChannel(c, false);
  for (const c of network.candidates ?? []) if (options.rebuild.has(c.id)) addChannel(c, true);
  if (large) addCommunities(graph, network, server!, cut);
  return graph;
}

/**
 * One super-node per group, sized by its members, and the channels between
 * groups; a link holding a channel of the minimum cut is drawn in the cut colour.
 */
function addCommunities(
  graph: MultiDirectedGraph<NodeAttrs, EdgeAttrs>,
  network: NetworkDocument,
  l: MapLayoutResponse,
  cut: ReadonlySet<string>,
): void {
  const groupOf = new Map(l.nodes.map((id, i) => [id, l.community[i]!]));
  const cutLinks = new Set<string>();
  for (const c of network.channels) {
    if (!cut.has(c.id)) continue;
    const a = groupOf.get(c.from);
    const b = groupOf.get(c.to);
    if (a !== undefined && b !== undefined && a !== b) cutLinks.add(a < b ? `${a}-${b}` : `${b}-${a}`);
  }
  const names = new Map(network.nodes.map((n) => [n.id, n.properties.name?.[0] ?? n.id]));
  // A layered picture's tiles hold actors of one column, mostly of one role: drawn in
  // that role's colour and shape, small enough that neighbouring tiles stay apart.
  const layered = l.algorithm === 'layered';
  const roles = l.communities.map(() => new Map<string, number>());
  if (layered)
    for (const n of network.nodes) {
      const g = groupOf.get(n.id);
      if (g !== undefined) roles[g]!.set(n.role, (roles[g]!.get(n.role) ?? 0) + 1);
    }
  let biggest = 1;
  for (const c of l.communities) if (c.size > biggest) biggest = c.size;
  for (const c of l.communities) {
    let role: string | undefined;
    let most = 0;
    for (const [r, k] of roles[c.id] ?? []) if (k > most) [role, most] = [r, k];
    const one = role !== undefined && most * 2 > c.size ? role : undefined;
    graph.addNode(`community:${c.id}`, {
      x: c.x,
      y: c.y,
      size: layered ? 4 + 6 * Math.sqrt(c.size / biggest) : 5 + 20 * Math.sqrt(c.size / biggest),
      color: one ? ROLE_COLOUR_OF(one) : CLUSTER_COLOUR,
      shape: one ? ROLE_SHAPE_OF(one) : 'circle',
      label: c.size > 1 ? `${names.get(c.top) ?? c.top} +${c.size - 1}` : (names.get(c.top) ?? c.top),
      rank: c.id,
      lod: 'cluster',
      members: c.size,
      community: c.id,
      ...(one ? { role: one } : {}),
    });
  }
  let most = 1;
  for (const link of l.communityLinks) if (link.count > most) most = link.count;
  for (const link of l.communityLinks) {
    const isCut = cutLinks.has(`${link.a}-${link.b}`);
    graph.addDirectedEdgeWithKey(
      `community-link:${link.a}-${link.b}`,
      `community:${link.a}`,
      `community:${link.b}`,
      {
        size: 1 + 5 * Math.sqrt(link.count / most) + (isCut ? 1 : 0),
        color: isCut ? CUT_COLOUR : CLUSTER_COLOUR,
        opacity: isCut ? 0.9 : 0.35,
        dashSize: 0,
        gapSize: 0,
        zIndex: isCut ? 1 : 0,
        lod: 'cluster',
        label: `${link.count} channel${link.count === 1 ? '' : 's'} between groups${isCut ? ', the minimum cut among them' : ''}`,
      },
    );
  }
}

/** Which items a level of detail draws: `all` every item, else that level's and those shown at every level. */
export function atLevel(lod: NodeAttrs['lod'], level: 'all' | 'detail' | 'cluster'): boolean {
  return level === 'all' || lod === 'all' || lod === level;
}

/**
 * Makes `target` hold the items of `source` drawn at `level`: their attributes
 * updated in place when `target` holds the same items (sigma then keeps its
 * buffers' layout), else `target` rebuilt. Returns whether it was rebuilt.
 */
export function copyLevel(
  target: MultiDirectedGraph<NodeAttrs, EdgeAttrs>,
  source: MultiDirectedGraph<NodeAttrs, EdgeAttrs>,
  level: 'all' | 'detail' | 'cluster',
): boolean {
  const nodes = source.filterNodes((_k, a) => atLevel(a.lod, level));
  const edges = source.filterEdges((_k, a) => atLevel(a.lod, level));
  const same =
    target.order === nodes.length &&
    target.size === edges.length &&
    nodes.every((k) => target.hasNode(k)) &&
    edges.every((k) => target.hasEdge(k));
  if (same) {
    target.updateEachNodeAttributes((k) => source.getNodeAttributes(k));
    target.updateEachEdgeAttributes((k) => source.getEdgeAttributes(k));
    return false;
  }
  target.clear();
  for (const k of nodes) target.addNode(k, { ...source.getNodeAttributes(k) });
  for (const k of edges)
    target.addDirectedEdgeWithKey(k, source.source(k), source.target(k), { ...source.getEdgeAttributes(k) });
  return true;
}

/** The extent of every item's position: the same frame for each level of detail. */
export function graphExtent(graph: MultiDirectedGraph<NodeAttrs, EdgeAttrs>): {
  x: [number, number];
  y: [number, number];
} {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  graph.forEachNode((_k, a) => {
    if (a.x < x0) x0 = a.x;
    if (a.x > x1) x1 = a.x;
    if (a.y < y0) y0 = a.y;
    if (a.y > y1) y1 = a.y;
  });
  return graph.order ? { x: [x0, x1], y: [y0, y1] } : { x: [0, 1], y: [0, 1] };
}

/** A rectangle of the picture in graph coordinates. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * The actors of `source` drawn zoomed in whose position is inside `box`, the
 * channels that touch them and the actors at their other ends: what a zoomed-in
 * frame draws of a large network (a part of the picture, not all of it).
 */
export function detailWindow(
  source: MultiDirectedGraph<NodeAttrs, EdgeAttrs>,
  box: Box,
): MultiDirectedGraph<NodeAttrs, EdgeAttrs> {
  const out = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  source.forEachNode((k, a) => {
    if (a.lod !== 'cluster' && a.x >= box.x0 && a.x <= box.x1 && a.y >= box.y0 && a.y <= box.y1)
      out.addNode(k, a);
  });
  source.forEachEdge((k, a, from, to, fromAttrs, toAttrs) => {
    if (a.lod === 'cluster' || !(out.hasNode(from) || out.hasNode(to))) return;
    if (!out.hasNode(from)) out.addNode(from, fromAttrs);
    if (!out.hasNode(to)) out.addNode(to, toAttrs);
    out.addDirectedEdgeWithKey(k, from, to, a);
  });
  return out;
}
