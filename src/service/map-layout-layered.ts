// The layered picture of a support network for the web map: sponsors left,
// recipients right, columns by flow distance, rows ordered to cut crossings,
// tall columns folded into sub-columns, and the tiles of its columns that the
// zoomed-out map draws as groups.

import type { Network } from '../core/model/network.js';
import { assignLayers } from './report/layout.js';

/** Graph units between rows, sub-columns and columns of the layered picture (labels sit right of actors). */
const ROW = 1.6;
const SUB_COLUMN = 9;
const COLUMN = 14;
/** Widest picture, as a multiple of its height, before columns fold. */
const ASPECT = 1.6;

/** The network's links as the layout reads them (map-layout.ts simplifies them once). */
export interface LayerLinks {
  /** Undirected neighbour lists with multiplicity folded into weights. */
  adj: Map<number, number>[];
  /** Directed simple edges (u → v, u ≠ v). */
  directed: { u: number; v: number }[];
}

/**
 * Groups of the layered picture, the map's super-nodes when zoomed out: each
 * column cut into tiles of about √n actors (a few sub-columns by enough rows
 * to look square), so a group is one place of the picture; when there are no
 * more than √n sponsors and recipients, each of them is a group of its own.
 * `subs[l]` is how many sub-columns column `l` has (its actors are dealt out
 * row by row). Numbered largest first, like the communities of a force picture.
 */
function tiles(network: Network, layers: readonly number[][], subs: readonly number[]): number[] {
  const n = network.nodes.length;
  const size = Math.max(1, Math.ceil(Math.sqrt(n)));
  const isTerminal = (v: number) => {
    const role = network.nodes[v]!.role;
    return role === 'sponsor' || role === 'recipient';
  };
  let terminals = 0;
  for (let v = 0; v < n; v++) if (isTerminal(v)) terminals++;
  const alone = terminals <= size;
  const raw = new Array<number>(n).fill(0);
  const sizes: number[] = [];
  layers.forEach((items, l) => {
    const across = subs[l]!;
    const wide = Math.min(across, Math.max(1, Math.round(Math.sqrt((size * ROW) / SUB_COLUMN))));
    const tall = Math.max(1, Math.ceil(size / wide));
    const tileOf = new Map<number, number>();
    items.forEach((v, k) => {
      if (alone && isTerminal(v)) {
        raw[v] = sizes.push(1) - 1;
        return;
      }
      const key = Math.floor(Math.floor(k / across) / tall) * across + Math.floor((k % across) / wide);
      let g = tileOf.get(key);
      if (g === undefined) tileOf.set(key, (g = sizes.push(0) - 1));
      raw[v] = g;
      sizes[g]!++;
    });
  });
  const order = sizes.map((_s, g) => g).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const renumber = new Array<number>(sizes.length);
  order.forEach((g, k) => (renumber[g] = k));
  return raw.map((g) => renumber[g]!);
}

export function layered(network: Network, s: LayerLinks): { x: number[]; y: number[]; groups: number[] } {
  const n = network.nodes.length;
  const layer = assignLayers(network.nodes, s.directed);
  let nLayers = 0;
  for (const l of layer) nLayers = Math.max(nLayers, l + 1);
  const layers: number[][] = Array.from({ length: nLayers }, () => []);
  for (let i = 0; i < n; i++) layers[layer[i]!]!.push(i);
  // Order within columns: barycentre sweeps over the neighbours in other columns.
  const rel = new Float64Array(n);
  const setRel = () => {
    for (const items of layers)
      items.forEach((v, k) => (rel[v] = items.length > 1 ? k / (items.length - 1) : 0.5));
  };
  setRel();
  for (let sweep = 0; sweep < 8; sweep++) {
    const range = sweep % 2 === 0 ? layers.map((_l, i) => i) : layers.map((_l, i) => nLayers - 1 - i);
    for (const l of range) {
      const items = layers[l]!;
      const key = new Map<number, number>();
      for (const v of items) {
        let sum = 0;
        let count = 0;
        for (const [w, m] of s.adj[v]!) {
          if (layer[w] === l) continue;
          // Neighbours on the side being swept from count double.
          const weight = (sweep % 2 === 0 ? layer[w]! < l : layer[w]! > l) ? 2 * m : m;
          sum += rel[w]! * weight;
          count += weight;
        }
        key.set(v, count ? sum / count : rel[v]!);
      }
      items.sort((a, b) => key.get(a)! - key.get(b)! || rel[a]! - rel[b]! || a - b);
      items.forEach((v, k) => (rel[v] = items.length > 1 ? k / (items.length - 1) : 0.5));
    }
  }
  // Tall columns fold row by row into sub-columns: the fewest rows that keep
  // the picture no wider than ASPECT times its height.
  const widthFor = (rows: number) => {
    let w = 0;
    for (const items of layers) w += (Math.max(1, Math.ceil(items.length / rows)) - 1) * SUB_COLUMN + COLUMN;
    return w;
  };
  let rowsMax = 8;
  while (rowsMax < n && widthFor(rowsMax) > ASPECT * rowsMax * ROW) rowsMax = Math.ceil(rowsMax * 1.15);
  const x = new Array<number>(n).fill(0);
  const y = new Array<number>(n).fill(0);
  let left = 0;
  const across = layers.map((items) => Math.max(1, Math.ceil(items.length / rowsMax)));
  for (const [l, items] of layers.entries()) {
    const subs = across[l]!;
    const rows = Math.ceil(items.length / subs);
    items.forEach((v, k) => {
      const row = Math.floor(k / subs);
      const sub = k % subs;
      x[v] = left + sub * SUB_COLUMN;
      // Alternate sub-columns sit half a row apart, so labels of one row do not line up edge to edge.
      y[v] = -((row - (rows - 1) / 2) * ROW + (sub % 2 ? ROW / 2 : 0));
    });
    left += (subs - 1) * SUB_COLUMN + COLUMN;
  }
  return { x, y, groups: tiles(network, layers, across) };
}
