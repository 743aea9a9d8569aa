// Minimum vertex cut by node splitting: the fewest (or cheapest) actors whose
// removal disconnects the sources from the sinks; sources and sinks are never cut.

import { graphFromArrays, type CompactGraph } from './compact-graph.js';
import { maxFlow, type MaxFlowOptions } from './max-flow.js';

export interface VertexCutOptions extends MaxFlowOptions {
  /** Cost to remove node `v`; `Infinity` makes it uncuttable. Default 1 (fewest actors). */
  cost: (v: number) => number;
}

export const VERTEX_CUT_DEFAULTS: VertexCutOptions = { algorithm: 'push-relabel', cost: () => 1 };

export type VertexCutResult =
  | {
      status: 'unbounded';
      /** Arcs of a source → sink path through uncuttable nodes only (often one direct channel). */
      path: number[];
    }
  | { status: 'optimal'; nodes: number[]; cost: number };

export function minVertexCut(
  graph: CompactGraph,
  sources: readonly number[],
  sinks: readonly number[],
  options: Partial<VertexCutOptions> = {},
): VertexCutResult {
  const { cost, algorithm } = { ...VERTEX_CUT_DEFAULTS, ...options };
  const { n, m } = graph;
  const terminal = new Uint8Array(n);
  for (const v of [...sources, ...sinks]) terminal[v] = 1;
  // Node v becomes v (in) → n + v (out); arc i becomes arc n + i from (tail out) to (head in).
  const tails = new Int32Array(n + m);
  const heads = new Int32Array(n + m);
  const caps = new Float64Array(n + m);
  for (let v = 0; v < n; v++) {
    tails[v] = v;
    heads[v] = n + v;
    caps[v] = terminal[v] ? Infinity : cost(v);
  }
  for (let i = 0; i < m; i++) {
    tails[n + i] = n + graph.tails[i]!;
    heads[n + i] = graph.heads[i]!;
    caps[n + i] = graph.caps[i]! > 0 ? Infinity : 0;
  }
  const split = graphFromArrays(2 * n, tails, heads, caps);
  const r = maxFlow(split, sources, sinks, { algorithm });
  if (r.status === 'unbounded')
    return { status: 'unbounded', path: r.path.filter((a) => a >= n).map((a) => a - n) };
  const nodes = r.cutArcs.filter((a) => a < n && caps[a]! > 0).sort((a, b) => a - b);
  return { status: 'optimal', nodes, cost: nodes.reduce((acc, v) => acc + caps[v]!, 0) };
}
