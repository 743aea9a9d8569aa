// Maximum flow from one or many sources to one or many sinks, with unlimited
// capacities: reports 'unbounded' for a path of unlimited arcs, else flow and a minimum cut.

import { UsageError } from '../model/errors.js';
import { augmentFlow } from './augment-flow.js';
import { withCapacities, withSuperTerminals, type CompactGraph } from './compact-graph.js';
import { dinic } from './dinic.js';
import type { MaxFlowAlgorithm } from './flow-state.js';
import { pushRelabel } from './push-relabel.js';

export const MAX_FLOW_ALGORITHMS = { 'push-relabel': pushRelabel, dinic } satisfies Record<
  string,
  MaxFlowAlgorithm
>;
export type MaxFlowAlgorithmName = keyof typeof MAX_FLOW_ALGORITHMS;

export interface MaxFlowOptions {
  /** `push-relabel` (fast) or `dinic` (reference). */
  algorithm: MaxFlowAlgorithmName;
  /**
   * A warm start: a flow on the graph's arcs (conserved at every node but the sources
   * and sinks, within the capacities), e.g. the maximum flow under tighter capacities.
   * The search augments it instead of starting from zero; a start that breaks the
   * capacities is ignored. The value and the cut are the same; the flow may differ.
   */
  start?: Float64Array;
}

export const MAX_FLOW_DEFAULTS: MaxFlowOptions = { algorithm: 'push-relabel' };

export type MaxFlowResult =
  | {
      status: 'unbounded';
      value: 'unbounded';
      /** Arc indices of a source → sink path whose arcs are all unlimited. */
      path: number[];
    }
  | {
      status: 'optimal';
      value: number;
      /** Flow on each arc, by arc index. */
      flow: Float64Array;
      /** 1 for nodes on the source side of a minimum cut (those the residual graph reaches from the sources); computed when first read. */
      sourceSide: Uint8Array;
      /** Arcs from the source side to the sink side: a minimum edge cut. */
      cutArcs: number[];
    };

export function maxFlow(
  graph: CompactGraph,
  sources: number | readonly number[],
  sinks: number | readonly number[],
  options: Partial<MaxFlowOptions> = {},
): MaxFlowResult {
  const { algorithm, start } = { ...MAX_FLOW_DEFAULTS, ...options };
  const run = MAX_FLOW_ALGORITHMS[algorithm];
  if (!run) {
    throw new UsageError(
      `maxFlow: unknown algorithm "${algorithm}"`,
      `use one of ${Object.keys(MAX_FLOW_ALGORITHMS).join(', ')}`,
    );
  }
  const srcs = typeof sources === 'number' ? [sources] : [...sources];
  const snks = typeof sinks === 'number' ? [sinks] : [...sinks];
  checkTerminals(graph, srcs, snks);

  const single = srcs.length === 1 && snks.length === 1;
  const aug = single ? { graph, source: srcs[0]!, sink: snks[0]! } : withSuperTerminals(graph, srcs, snks);
  const path = unlimitedPath(aug.graph, aug.source, aug.sink);
  if (path) return { status: 'unbounded', value: 'unbounded', path: path.filter((a) => a < graph.m) };

  const finite = finiteCapacities(aug.graph);
  const warm = start && startOn(finite, graph.m, srcs, snks, start);
  const state = warm ? augmentFlow(finite, aug.source, aug.sink, warm) : run(finite, aug.source, aug.sink);
  const flow = single ? state.flow : state.flow.slice(0, graph.m);
  return optimalResult(graph, srcs, state.value, flow);
}

/**
 * The result of a maximum flow, with its minimum cut read off the residual graph on first
 * access (and kept): many callers want the value and the flow only (a plan's residual, its
 * explanation), and the cut is a search of the residual graph plus a pass over every arc.
 * The flow must not be changed before the cut is read.
 */
function optimalResult(
  graph: CompactGraph,
  sources: number[],
  value: number,
  flow: Float64Array,
): MaxFlowResult {
  let sourceSide: Uint8Array | undefined;
  let cutArcs: number[] | undefined;
  const side = () => (sourceSide ??= residualReach(graph, sources, flow, 1e-10 * Math.max(1, value)));
  const result = { status: 'optimal', value, flow } as MaxFlowResult & { status: 'optimal' };
  return Object.defineProperties(result, {
    sourceSide: { enumerable: true, get: side },
    cutArcs: {
      enumerable: true,
      get: () => {
        if (!cutArcs) {
          const reached = side();
          cutArcs = [];
          for (let i = 0; i < graph.m; i++) {
            if (reached[graph.tails[i]!] && !reached[graph.heads[i]!]) cutArcs.push(i);
          }
        }
        return cutArcs;
      },
    },
  });
}

/**
 * The start flow on the graph the search runs on (with the super terminals' arcs, each
 * carrying its terminal's net flow), or undefined when it exceeds a capacity or has a
 * source taking in more than it sends.
 */
function startOn(
  g: CompactGraph,
  m: number,
  sources: number[],
  sinks: number[],
  start: Float64Array,
): Float64Array | undefined {
  if (start.length !== m) return undefined;
  for (let a = 0; a < m; a++) {
    const f = start[a]!;
    if (!(f >= 0) || f > g.caps[a]! * (1 + 1e-12)) return undefined;
  }
  if (g.m === m) return start;
  const net = new Float64Array(g.n);
  for (let a = 0; a < m; a++) {
    net[g.tails[a]!]! += start[a]!;
    net[g.heads[a]!]! -= start[a]!;
  }
  const out = new Float64Array(g.m);
  out.set(start);
  let i = m;
  for (const s of sources) out[i++] = net[s]!;
  for (const t of sinks) out[i++] = -net[t]!;
  for (let a = m; a < g.m; a++) if (out[a]! < 0) return undefined;
  return out;
}

function checkTerminals(graph: CompactGraph, sources: number[], sinks: number[]): void {
  if (sources.length === 0 || sinks.length === 0) {
    throw new UsageError(
      'maxFlow: needs at least one source and one sink',
      'name them, or give nodes the roles sponsor and recipient',
    );
  }
  for (const v of [...sources, ...sinks]) {
    if (!Number.isInteger(v) || v < 0 || v >= graph.n) {
      throw new UsageError(
        `maxFlow: node index ${v} is outside 0..${graph.n - 1}`,
        'pass node indices of the graph',
      );
    }
  }
  const sinkSet = new Set(sinks);
  const both = sources.find((v) => sinkSet.has(v));
  if (both !== undefined) {
    throw new UsageError(
      `maxFlow: node ${both} is both a source and a sink`,
      'remove it from one of the two lists',
    );
  }
}

/** Arc indices of a source → sink path of unlimited arcs, found by BFS, or undefined. */
export function unlimitedPath(graph: CompactGraph, source: number, sink: number): number[] | undefined {
  const { n, first, resHead, resArc, arcPos, caps } = graph;
  const via = new Int32Array(n).fill(-1);
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  seen[source] = 1;
  while (head < tail) {
    const v = queue[head++]!;
    for (let p = first[v]!, end = first[v + 1]!; p < end; p++) {
      const a = resArc[p]!;
      const w = resHead[p]!;
      if (arcPos[a] !== p || caps[a] !== Infinity || seen[w]) continue;
      seen[w] = 1;
      via[w] = a;
      if (w === sink) {
        const path: number[] = [];
        for (let x = sink; x !== source; x = graph.tails[via[x]!]!) path.push(via[x]!);
        return path.reverse();
      }
      queue[tail++] = w;
    }
  }
  return undefined;
}

/**
 * Unlimited arcs get a capacity above the sum of all finite ones. With no
 * unlimited path some cut is finite, so this changes neither the value nor the cut.
 */
function finiteCapacities(graph: CompactGraph): CompactGraph {
  const caps = graph.caps;
  if (caps.indexOf(Infinity) < 0) return graph;
  return withCapacities(graph, withFinite(caps, 2 * finiteSum(caps) + 1));
}

/**
 * The sum of the finite capacities. This loop and the next have no branch and are functions
 * of their own: a branch first taken late in a loop (the terminals' unlimited arcs come last in
 * an edge list), or code after it, would throw away the code V8 compiled while the loop ran.
 */
function finiteSum(caps: Float64Array): number {
  let total = 0;
  for (let a = 0; a < caps.length; a++) {
    const c = caps[a]!;
    total += c === Infinity ? 0 : c;
  }
  return total;
}

/** The capacities with `big` for every unlimited one. */
function withFinite(caps: Float64Array, big: number): Float64Array {
  const out = new Float64Array(caps.length);
  for (let a = 0; a < caps.length; a++) {
    const c = caps[a]!;
    out[a] = c === Infinity ? big : c;
  }
  return out;
}

/** Nodes reachable from the sources in the residual graph of `flow`. */
export function residualReach(
  graph: CompactGraph,
  sources: readonly number[],
  flow: Float64Array,
  tol: number,
): Uint8Array {
  const { n, first, resHead, resArc, arcPos, caps } = graph;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (const s of sources) {
    if (!seen[s]) {
      seen[s] = 1;
      queue[tail++] = s;
    }
  }
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    for (let p = first[v]!, end = first[v + 1]!; p < end; p++) {
      const w = resHead[p]!;
      if (seen[w]) continue;
      const a = resArc[p]!;
      const residual = arcPos[a] === p ? caps[a]! - flow[a]! : flow[a]!;
      if (residual > tol) {
        seen[w] = 1;
        queue[tail++] = w;
      }
    }
  }
  return seen;
}
