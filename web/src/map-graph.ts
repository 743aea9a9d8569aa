// Turns a network and its flow analysis into the graphology graph the map
// draws: a left-to-right layout by role, and every visual encoding as attributes.
// What the measures do to actors and channels comes from the server's answer
// (removedActors, measuredCapacity), never from a rule of its own.

import { MultiDirectedGraph } from 'graphology';
import type { FlowResponse, NetworkDocument, WireChannel } from './types';
import {
  CUT_COLOUR,
  DASHES,
  KIND_COLOURS,
  REBUILD_COLOUR,
  REMOVED_COLOUR,
  ROLE_COLOUR_OF,
  ROLE_COLUMN,
} from './map-style';

export interface MapOptions {
  /** The what-if answer: flow per channel, cuts, weak links, and what the measures removed or reduced. */
  flow?: FlowResponse;
  /** Candidate channels the adversary opens, drawn in the rebuild colour. */
  rebuild: ReadonlySet<string>;
  selected?: string;
  /** Lay the roles out top to bottom (narrow windows). */
  vertical?: boolean;
}

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
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
  [k: string]: unknown;
}

function width(capacity: WireChannel['capacity'], max: number): number {
  if (capacity === 'unbounded') return 9;
  return 2 + (7 * capacity) / max;
}

const round = (q: WireChannel['capacity']) =>
  q === 'unbounded' ? 'unlimited' : String(Math.round(q * 10) / 10);

export function layout(network: NetworkDocument, vertical = false): Map<string, { x: number; y: number }> {
  const columns = new Map<number, string[]>();
  for (const n of network.nodes) {
    const col = ROLE_COLUMN[n.role] ?? 2;
    columns.set(col, [...(columns.get(col) ?? []), n.id]);
  }
  const out = new Map<string, { x: number; y: number }>();
  if (vertical) {
    // Narrow windows: one actor per row, sponsor at the top and recipients at
    // the bottom, zig-zagging so that neighbouring labels and channels stay apart.
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
    // Alternate columns sit half a row apart so neighbouring labels do not collide.
    const stagger = Math.round(col) % 2 ? 4 : 0;
    ids.forEach((id, i) => {
      const across = (i - (ids.length - 1) / 2) * 9 + stagger;
      out.set(id, { x: col * 10, y: -across });
    });
  }
  return out;
}

export function mapGraph(
  network: NetworkDocument,
  options: MapOptions,
): MultiDirectedGraph<NodeAttrs, EdgeAttrs> {
  const graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  const positions = layout(network, options.vertical);
  const flow = options.flow;
  const chokepoints = new Set(flow?.chokepointActors ?? []);
  const weak = new Set(
    (flow?.weakLinks ?? []).filter((w) => w.kind === 'node' && w.score >= 0.1).map((w) => w.id),
  );
  const cut = new Set((flow?.cut.edges ?? []).map((e) => e.channel));
  const removedActors = new Set(flow?.removedActors ?? []);
  const measured = flow?.measuredCapacity ?? {};
  for (const n of network.nodes) {
    const p = positions.get(n.id)!;
    const country = n.properties.country?.[0]?.toUpperCase() ?? n.jurisdiction;
    const name = n.properties.name?.[0] ?? n.id;
    const marks = `${chokepoints.has(n.id) ? ' ✂' : ''}${weak.has(n.id) ? ' ⚠' : ''}`;
    const removed = removedActors.has(n.id);
    graph.addNode(n.id, {
      ...p,
      size: (n.role === 'sponsor' || n.role === 'recipient' ? 16 : 11) + (options.selected === n.id ? 5 : 0),
      color: removed ? REMOVED_COLOUR : ROLE_COLOUR_OF(n.role),
      label: `${name}${country ? ` · ${country}` : ''}${marks}${removed ? ' ✕' : ''}`,
    });
  }
  const caps = network.channels.map((c) => (c.capacity === 'unbounded' ? 0 : c.capacity));
  const max = Math.max(1, ...caps);
  const addChannel = (c: WireChannel, rebuild: boolean) => {
    if (!graph.hasNode(c.from) || !graph.hasNode(c.to)) return;
    const carried = flow?.channelFlow[c.id] ?? 0;
    const dashes = DASHES[c.confidenceLabel] ?? DASHES.confirmed!;
    const after = rebuild ? undefined : measured[c.id];
    const dead = after === 0;
    const capacity = after ?? c.capacity;
    const colour = rebuild
      ? REBUILD_COLOUR
      : cut.has(c.id)
        ? CUT_COLOUR
        : dead
          ? REMOVED_COLOUR
          : (KIND_COLOURS[c.kind] ?? '#6b7280');
    const selected = options.selected === c.id;
    graph.addDirectedEdgeWithKey(c.id, c.from, c.to, {
      size: width(capacity, max) + (selected ? 3 : 0),
      color: colour,
      opacity: rebuild || carried > 0 || selected ? 1 : 0.35,
      dashSize: rebuild ? 8 : dashes.dash,
      gapSize: rebuild ? 5 : dashes.gap,
      zIndex: carried > 0 || rebuild ? 1 : 0,
      label: `${rebuild ? 'rebuild: ' : ''}${c.label ?? c.kind}${dead ? ' · cut' : after !== undefined ? ` · capacity ${round(c.capacity)} → ${round(after)}` : ''}${carried > 0 ? ` · flow ${round(carried)}` : ''}`,
    });
  };
  for (const c of network.channels) addChannel(c, false);
  for (const c of network.candidates ?? []) if (options.rebuild.has(c.id)) addChannel(c, true);
  return graph;
}
