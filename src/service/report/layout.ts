// A layered (Sugiyama-style) left-to-right layout of a support network:
// columns follow the flow from the sponsors to the recipients (the last
// column), long channels pass through placeholder points, crossings are
// reduced by barycentre sweeps, rows are placed by isotonic regression, and
// each actor's label sits right of its shape in a column wide enough for the
// widest label, so no two labels can meet. Deterministic: same input, same picture.

import type { Role } from '../../core/model/network.js';
import { textWidth, wrapText } from './font-metrics.js';
import type { Box, LabelBox } from './labels.js';

export interface LayoutNode {
  id: string;
  role: Role;
  label: string;
}

export interface LayoutEdge {
  id: string;
  from: string;
  to: string;
}

export interface LayoutOptions {
  fontSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** Half the size of an actor's shape. */
  nodeRadius: number;
  /** Labels wrap at this width. */
  maxLabelWidth: number;
  /** Space between shape and label. */
  labelGap: number;
  /** Vertical space between rows. */
  rowGap: number;
  /** Horizontal space between columns, where channels curve. */
  columnGap: number;
  /** Height kept for a channel passing through a column. */
  passHeight: number;
  /** Space between two channels passing through a column side by side. */
  passGap: number;
  margin: number;
  /** Room left for the arrowhead at the end of a channel. */
  arrowLength: number;
  /** Barycentre sweeps (down and up) for crossing reduction. */
  sweeps: number;
  /** Row placement passes. */
  passes: number;
  /**
   * Width over height the picture aims for: columns taller than this allows
   * fold into side-by-side sub-columns (0: never fold).
   */
  aspect: number;
}

export const LAYOUT_DEFAULTS: LayoutOptions = {
  fontSize: 11,
  lineHeight: 1.25,
  nodeRadius: 8,
  maxLabelWidth: 150,
  labelGap: 5,
  rowGap: 12,
  columnGap: 64,
  passHeight: 4,
  passGap: 1,
  margin: 16,
  arrowLength: 6,
  sweeps: 12,
  passes: 8,
  aspect: 1.4,
};

/** Most sub-columns one column folds into. */
const MAX_FOLDS = 12;

export interface PlacedNode {
  id: string;
  role: Role;
  layer: number;
  /** Centre of the shape. */
  x: number;
  y: number;
  r: number;
  label: LabelBox;
}

export interface Point {
  x: number;
  y: number;
}

export interface RoutedEdge {
  id: string;
  from: string;
  to: string;
  /** SVG path data from the source's label end to the target's shape. */
  d: string;
  /** Where the channel ends (arrow tip). */
  end: Point;
  /** A point on the channel between two columns, for marks. */
  mid: Point;
  /** True when the channel runs against the reading direction. */
  backward: boolean;
}

export interface Layout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  nodes: PlacedNode[];
  edges: RoutedEdge[];
  /** Left x of each column. */
  columns: number[];
  /** Every actor's label box (what tests check for overlaps). */
  labels: LabelBox[];
  /** Every actor's shape box. */
  shapes: Box[];
}

interface Item {
  kind: 'node' | 'pass';
  /** Node index, or edge index for a pass-through point. */
  ref: number;
  layer: number;
  height: number;
  pos: number;
  y: number;
  up: Item[];
  down: Item[];
}

export function layeredLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  options: Partial<LayoutOptions> = {},
): Layout {
  const o = { ...LAYOUT_DEFAULTS, ...options };
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const valid = edges
    .map((e, i) => ({ e, i, u: index.get(e.from), v: index.get(e.to) }))
    .filter(
      (x): x is { e: LayoutEdge; i: number; u: number; v: number } =>
        x.u !== undefined && x.v !== undefined && x.u !== x.v,
    );
  const base = assignLayers(nodes, valid);
  const first = layoutWithLayers(nodes, valid, base, o);
  if (!(o.aspect > 0) || first.width / Math.max(first.height, 1) >= o.aspect / 1.5) return first;
  // Too tall: fold the tallest columns into sub-columns, keeping the fold whose shape is nearest the aim.
  const rank = new Map(first.nodes.map((n, i) => [i, n.y]));
  const counts = new Map<number, number>();
  for (const l of base) counts.set(l, (counts.get(l) ?? 0) + 1);
  const tallest = Math.max(...counts.values());
  const off = (l: Layout) => Math.abs(Math.log(l.width / Math.max(l.height, 1) / o.aspect));
  let best = first;
  for (let folds = 2; folds <= MAX_FOLDS; folds++) {
    const cap = Math.ceil(tallest / folds);
    const next = layoutWithLayers(nodes, valid, foldLayers(base, rank, cap), o);
    if (off(next) < off(best)) best = next;
    if (next.width / Math.max(next.height, 1) >= o.aspect) break;
  }
  return best;
}

/**
 * Splits every column of more than `cap` actors into side-by-side
 * sub-columns, dealing the actors out in their row order (first to the first
 * sub-column, second to the second …) so each keeps its height among its
 * neighbours; later columns move right to make room.
 */
function foldLayers(layer: readonly number[], rowOf: ReadonlyMap<number, number>, cap: number): number[] {
  const byLayer = new Map<number, number[]>();
  layer.forEach((l, i) => byLayer.set(l, [...(byLayer.get(l) ?? []), i]));
  const out = new Array<number>(layer.length).fill(0);
  let next = 0;
  for (const l of [...byLayer.keys()].sort((a, b) => a - b)) {
    const members = byLayer.get(l)!.sort((a, b) => rowOf.get(a)! - rowOf.get(b)! || a - b);
    const folds = Math.ceil(members.length / cap);
    members.forEach((v, k) => (out[v] = next + (k % folds)));
    next += folds;
  }
  return out;
}

function layoutWithLayers(
  nodes: readonly LayoutNode[],
  valid: readonly { e: LayoutEdge; i: number; u: number; v: number }[],
  layer: readonly number[],
  o: LayoutOptions,
): Layout {
  const lineH = o.fontSize * o.lineHeight;

  const labelLines = nodes.map((n) => wrapText(n.label, o.maxLabelWidth, o.fontSize));
  const labelW = labelLines.map((lines) => Math.max(...lines.map((l) => textWidth(l, o.fontSize))));
  const nLayers = Math.max(0, ...layer) + 1;
  const layers: Item[][] = Array.from({ length: nLayers }, () => []);
  const nodeItem: Item[] = nodes.map((_n, i) => {
    const it: Item = {
      kind: 'node',
      ref: i,
      layer: layer[i]!,
      height: Math.max(2 * o.nodeRadius, labelLines[i]!.length * lineH),
      pos: 0,
      y: 0,
      up: [],
      down: [],
    };
    layers[layer[i]!]!.push(it);
    return it;
  });
  // Each forward channel as a chain of items, one per column it crosses.
  const chains = new Map<number, Item[]>();
  for (const { i, u, v } of valid) {
    if (layer[v]! <= layer[u]!) continue;
    const chain = [nodeItem[u]!];
    for (let l = layer[u]! + 1; l < layer[v]!; l++) {
      const it: Item = {
        kind: 'pass',
        ref: i,
        layer: l,
        height: o.passHeight,
        pos: 0,
        y: 0,
        up: [],
        down: [],
      };
      layers[l]!.push(it);
      chain.push(it);
    }
    chain.push(nodeItem[v]!);
    for (let k = 0; k + 1 < chain.length; k++) {
      chain[k]!.down.push(chain[k + 1]!);
      chain[k + 1]!.up.push(chain[k]!);
    }
    chains.set(i, chain);
  }
  orderLayers(layers, o.sweeps);
  placeRows(layers, o);

  // Columns: each as wide as its widest label.
  const columns: number[] = [];
  const columnRight: number[] = [];
  let x = o.margin;
  for (let l = 0; l < nLayers; l++) {
    columns.push(x);
    const widest = Math.max(0, ...layers[l]!.filter((it) => it.kind === 'node').map((it) => labelW[it.ref]!));
    const right = x + 2 * o.nodeRadius + (widest > 0 ? o.labelGap + widest : 0);
    columnRight.push(right);
    x = right + o.columnGap;
  }
  const width = (columnRight[nLayers - 1] ?? o.margin) + o.margin;
  const top = Math.min(0, ...layers.flat().map((it) => it.y - it.height / 2));
  const shift = o.margin - top;
  for (const it of layers.flat()) it.y += shift;
  const height = Math.max(0, ...layers.flat().map((it) => it.y + it.height / 2)) + o.margin;

  const placed: PlacedNode[] = nodes.map((n, i) => {
    const it = nodeItem[i]!;
    const cx = columns[it.layer]! + o.nodeRadius;
    const lines = labelLines[i]!;
    const h = lines.length * lineH;
    return {
      id: n.id,
      role: n.role,
      layer: it.layer,
      x: cx,
      y: it.y,
      r: o.nodeRadius,
      label: {
        id: n.id,
        kind: 'actor',
        lines,
        box: { x: cx + o.nodeRadius + o.labelGap, y: it.y - h / 2, width: labelW[i]!, height: h },
      },
    };
  });

  const routed = routeEdges(valid, chains, placed, columns, columnRight, o);
  return {
    width,
    height,
    fontSize: o.fontSize,
    lineHeight: o.lineHeight,
    nodes: placed,
    edges: routed,
    columns,
    labels: placed.map((p) => p.label),
    shapes: placed.map((p) => ({ x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r })),
  };
}

/** Visiting order: sponsors first, then by role along the reading direction, then file order. */
const ROLE_ORDER: Record<Role, number> = {
  sponsor: 0,
  other: 1,
  operator: 2,
  front: 3,
  carrier: 4,
  transit: 5,
  recipient: 6,
};

/**
 * Column of every node: the longest path from a source over the channels
 * (cycles broken where a depth-first walk from the sponsors closes them);
 * actors nothing feeds stand one column before what they feed; every
 * recipient goes in the last column.
 */
export function assignLayers(
  nodes: readonly Pick<LayoutNode, 'role'>[],
  edges: readonly { u: number; v: number }[],
): number[] {
  const n = nodes.length;
  const out: number[][] = Array.from({ length: n }, () => []);
  for (const { u, v } of edges) out[u]!.push(v);
  const roots = nodes
    .map((_nd, i) => i)
    .sort((a, b) => ROLE_ORDER[nodes[a]!.role] - ROLE_ORDER[nodes[b]!.role] || a - b);
  // Depth-first post-order; an edge to a node still on the stack closes a cycle and is left out.
  const state = new Uint8Array(n);
  const post: number[] = [];
  const forward: number[][] = Array.from({ length: n }, () => []);
  for (const root of roots) {
    if (state[root]) continue;
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const [v, k] = top;
      if (k < out[v]!.length) {
        top[1]++;
        const w = out[v]![k]!;
        if (state[w] === 1) continue;
        forward[v]!.push(w);
        if (state[w] === 0) {
          state[w] = 1;
          stack.push([w, 0]);
        }
      } else {
        state[v] = 2;
        post.push(v);
        stack.pop();
      }
    }
  }
  const topo = post.reverse();
  const layer = new Array<number>(n).fill(0);
  const fed = new Uint8Array(n);
  for (const v of topo)
    for (const w of forward[v]!) {
      fed[w] = 1;
      layer[w] = Math.max(layer[w]!, layer[v]! + 1);
    }
  let last = 0;
  for (const l of layer) if (l > last) last = l;
  // Unfed actors (not sponsors) move right, next to what they feed; recipients go last.
  for (const v of [...topo].reverse()) {
    if (nodes[v]!.role === 'recipient') layer[v] = last;
    else if (!fed[v] && nodes[v]!.role !== 'sponsor' && forward[v]!.length)
      layer[v] = Math.min(...forward[v]!.map((w) => layer[w]!)) - 1;
  }
  return layer;
}

/** Barycentre sweeps down and up; keeps the order with the fewest crossings. */
function orderLayers(layers: Item[][], sweeps: number): void {
  const setPos = () => layers.forEach((items) => items.forEach((it, i) => (it.pos = i)));
  setPos();
  let best = layers.map((items) => [...items]);
  let bestCrossings = crossings(layers);
  const sortBy = (items: Item[], neighbours: (it: Item) => Item[]) => {
    const key = new Map(
      items.map((it) => {
        const ns = neighbours(it);
        return [it, ns.length ? ns.reduce((s, w) => s + w.pos, 0) / ns.length : it.pos] as const;
      }),
    );
    items.sort((a, b) => key.get(a)! - key.get(b)! || a.pos - b.pos);
    items.forEach((it, i) => (it.pos = i));
  };
  for (let s = 0; s < sweeps && bestCrossings > 0; s++) {
    if (s % 2 === 0) for (let l = 1; l < layers.length; l++) sortBy(layers[l]!, (it) => it.up);
    else for (let l = layers.length - 2; l >= 0; l--) sortBy(layers[l]!, (it) => it.down);
    const c = crossings(layers);
    if (c < bestCrossings) {
      bestCrossings = c;
      best = layers.map((items) => [...items]);
    }
  }
  best.forEach((items, l) => (layers[l] = items));
  setPos();
}

/** Channel crossings between adjacent columns. */
function crossings(layers: readonly Item[][]): number {
  let total = 0;
  for (let l = 0; l + 1 < layers.length; l++) {
    const segs: [number, number][] = [];
    for (const it of layers[l]!) for (const w of it.down) segs.push([it.pos, w.pos]);
    segs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (let i = 0; i < segs.length; i++)
      for (let j = i + 1; j < segs.length; j++) {
        if (segs[j]![0] > segs[i]![0] && segs[j]![1] < segs[i]![1]) total++;
      }
  }
  return total;
}

/** Rows: each item pulled toward its neighbours, keeping order and spacing (isotonic regression). */
function placeRows(layers: Item[][], o: LayoutOptions): void {
  // Channels passing through a column run side by side as a bundle; actors keep the full gap.
  const gap = (a: Item, b: Item) =>
    a.kind === 'pass' && b.kind === 'pass'
      ? o.passGap
      : a.kind === 'pass' || b.kind === 'pass'
        ? o.rowGap / 2
        : o.rowGap;
  const sep = (a: Item, b: Item) => (a.height + b.height) / 2 + gap(a, b);
  for (const items of layers) {
    let y = 0;
    items.forEach((it, i) => {
      if (i > 0) y += sep(items[i - 1]!, it);
      it.y = y;
    });
  }
  // Centre the columns on each other before pulling.
  const tallest = Math.max(0, ...layers.map((items) => (items.length ? items[items.length - 1]!.y : 0)));
  for (const items of layers) {
    const h = items.length ? items[items.length - 1]!.y : 0;
    for (const it of items) it.y += (tallest - h) / 2;
  }
  for (let pass = 0; pass < o.passes; pass++) {
    const down = pass % 2 === 0;
    const range = down ? layers.map((_l, i) => i) : layers.map((_l, i) => layers.length - 1 - i);
    for (const l of range) {
      const items = layers[l]!;
      const desired = items.map((it) => {
        const ns = [...it.up, ...it.down];
        return ns.length ? ns.reduce((s, w) => s + w.y, 0) / ns.length : it.y;
      });
      const offsets = [0];
      for (let i = 1; i < items.length; i++) offsets.push(offsets[i - 1]! + sep(items[i - 1]!, items[i]!));
      const z = isotonic(desired.map((d, i) => d - offsets[i]!));
      items.forEach((it, i) => (it.y = z[i]! + offsets[i]!));
    }
  }
}

/** Pool-adjacent-violators: the non-decreasing sequence nearest `values` in least squares. */
export function isotonic(values: readonly number[]): number[] {
  const means: number[] = [];
  const sizes: number[] = [];
  for (const v of values) {
    means.push(v);
    sizes.push(1);
    while (means.length > 1 && means[means.length - 2]! > means[means.length - 1]!) {
      const m2 = means.pop()!;
      const s2 = sizes.pop()!;
      const m1 = means.pop()!;
      const s1 = sizes.pop()!;
      means.push((m1 * s1 + m2 * s2) / (s1 + s2));
      sizes.push(s1 + s2);
    }
  }
  const out: number[] = [];
  means.forEach((m, i) => {
    for (let k = 0; k < sizes[i]!; k++) out.push(m);
  });
  return out;
}

const f = (v: number) => Math.round(v * 10) / 10;

function routeEdges(
  valid: readonly { e: LayoutEdge; i: number; u: number; v: number }[],
  chains: ReadonlyMap<number, Item[]>,
  placed: readonly PlacedNode[],
  columns: readonly number[],
  columnRight: readonly number[],
  o: LayoutOptions,
): RoutedEdge[] {
  // Ports: the channels leaving (entering) an actor fan out over its height, ordered by where they go (come from).
  const outPorts = new Map<number, number>();
  const inPorts = new Map<number, number>();
  const nextY = (k: number) => {
    const chain = chains.get(valid[k]!.i);
    return chain ? chain[1]!.y : placed[valid[k]!.v]!.y;
  };
  const prevY = (k: number) => {
    const chain = chains.get(valid[k]!.i);
    return chain ? chain[chain.length - 2]!.y : placed[valid[k]!.u]!.y;
  };
  const fan = (groups: Map<number, number[]>, key: (k: number) => number, into: Map<number, number>) => {
    for (const ks of groups.values()) {
      ks.sort((a, b) => key(a) - key(b) || a - b);
      const step = ks.length > 1 ? Math.min(3, (1.6 * o.nodeRadius) / (ks.length - 1)) : 0;
      ks.forEach((k, j) => into.set(k, (j - (ks.length - 1) / 2) * step));
    }
  };
  const byFrom = new Map<number, number[]>();
  const byTo = new Map<number, number[]>();
  valid.forEach(({ u, v }, k) => {
    byFrom.set(u, [...(byFrom.get(u) ?? []), k]);
    byTo.set(v, [...(byTo.get(v) ?? []), k]);
  });
  fan(byFrom, nextY, outPorts);
  fan(byTo, prevY, inPorts);

  return valid.map(({ e, i, u, v }, k) => {
    const a = placed[u]!;
    const b = placed[v]!;
    const start: Point = { x: a.label.box.x + a.label.box.width + 3, y: a.y + outPorts.get(k)! };
    const end: Point = { x: b.x - b.r, y: b.y + inPorts.get(k)! };
    const stop = end.x - o.arrowLength;
    const chain = chains.get(i);
    if (!chain) {
      // Against the reading direction: a loop below both actors.
      const drop = Math.max(a.y, b.y) + 3 * o.nodeRadius + 20;
      const d = `M${f(start.x)},${f(start.y)} C${f(start.x + 40)},${f(drop)} ${f(stop - 40)},${f(drop)} ${f(stop)},${f(end.y)}`;
      return {
        id: e.id,
        from: e.from,
        to: e.to,
        d,
        end,
        mid: { x: (start.x + end.x) / 2, y: drop - 5 },
        backward: true,
      };
    }
    let d = `M${f(start.x)},${f(start.y)} H${f(columnRight[a.layer]!)}`;
    let px = columnRight[a.layer]!;
    let py = start.y;
    let mid: Point | undefined;
    for (let c = 1; c < chain.length; c++) {
      const it = chain[c]!;
      const last = c === chain.length - 1;
      const qx = last ? stop : columns[it.layer]!;
      const qy = last ? end.y : it.y;
      const dx = (qx - px) / 2;
      d += ` C${f(px + dx)},${f(py)} ${f(qx - dx)},${f(qy)} ${f(qx)},${f(qy)}`;
      mid ??= { x: (px + qx) / 2, y: (py + qy) / 2 };
      if (!last) {
        d += ` H${f(columnRight[it.layer]!)}`;
        px = columnRight[it.layer]!;
        py = qy;
      }
    }
    return { id: e.id, from: e.from, to: e.to, d, end, mid: mid!, backward: false };
  });
}
