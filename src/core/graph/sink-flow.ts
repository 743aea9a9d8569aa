// The max-flow value from many sources to one sink, computed on the part of
// the graph that can carry it: the nodes on some source → sink path. Asking
// for each of a thousand recipients of a large network in turn then costs the
// size of each recipient's own upstream, not a thousand whole-graph flows.

import { graphFromArrays, type CompactGraph } from './compact-graph.js';
import { maxFlow, type MaxFlowOptions } from './max-flow.js';

/** Nodes that reach `start` (reverse = true) or that `start` reaches, over arcs with capacity > 0. */
function reach(graph: CompactGraph, starts: readonly number[], reverse: boolean): Uint8Array {
  const { n, first, resHead, resArc, arcPos, caps } = graph;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (const s of starts) {
    if (!seen[s]) {
      seen[s] = 1;
      queue[tail++] = s;
    }
  }
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    for (let p = first[v]!, end = first[v + 1]!; p < end; p++) {
      const a = resArc[p]!;
      // Forward positions lead along the arc, reverse ones against it.
      if ((arcPos[a] === p) === reverse || !(caps[a]! > 0)) continue;
      const w = resHead[p]!;
      if (seen[w]) continue;
      seen[w] = 1;
      queue[tail++] = w;
    }
  }
  return seen;
}

/**
 * Max-flow value from `sources` to each sink in turn ('unbounded' when a path
 * of unlimited arcs joins them): the same values as `maxFlow(graph, sources,
 * sink).value` for each sink, each computed on the subgraph of nodes both
 * reached from the sources and reaching that sink.
 */
export function maxFlowValuesTo(
  graph: CompactGraph,
  sources: readonly number[],
  sinks: readonly number[],
  options: Partial<MaxFlowOptions> = {},
): (number | 'unbounded')[] {
  const downstream = reach(graph, sources, false);
  const index = new Int32Array(graph.n);
  return sinks.map((sink) => {
    const upstream = reach(graph, [sink], true);
    index.fill(-1);
    let n = 0;
    for (let v = 0; v < graph.n; v++) if (upstream[v] && downstream[v]) index[v] = n++;
    // Terminals keep their place (and maxFlow its checks) even when nothing joins them.
    const sub = (v: number) => (index[v]! >= 0 ? index[v]! : (index[v] = n++));
    const subSources = sources.map(sub);
    const subSink = sub(sink);
    const tails: number[] = [];
    const heads: number[] = [];
    const caps: number[] = [];
    for (let a = 0; a < graph.m; a++) {
      const u = index[graph.tails[a]!]!;
      const w = index[graph.heads[a]!]!;
      if (u < 0 || w < 0 || !(graph.caps[a]! > 0)) continue;
      tails.push(u);
      heads.push(w);
      caps.push(graph.caps[a]!);
    }
    return maxFlow(graphFromArrays(n, tails, heads, caps), subSources, subSink, options).value;
  });
}
