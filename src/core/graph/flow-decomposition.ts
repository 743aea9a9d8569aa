// Flow decomposition: splits a flow into source → sink paths with amounts,
// cancelling any flow cycles met on the way.

import type { CompactGraph } from './compact-graph.js';

export interface FlowPath {
  /** Node indices from a source to a sink. */
  nodes: number[];
  /** Arc indices along the path. */
  arcs: number[];
  amount: number;
}

export function decomposeFlow(
  graph: CompactGraph,
  flow: Float64Array,
  sources: readonly number[],
  sinks: readonly number[],
): FlowPath[] {
  const { n, first, resArc, arcPos, heads } = graph;
  const left = Float64Array.from(flow);
  let total = 0;
  for (const f of flow) total += f;
  const tol = 1e-12 * Math.max(1, total);
  const isSink = new Uint8Array(n);
  for (const t of sinks) isSink[t] = 1;
  const cur = first.slice(0, n);
  const onPath = new Int32Array(n).fill(-1);
  const paths: FlowPath[] = [];

  /** Next arc out of v that still carries flow, or -1. */
  const nextArc = (v: number): number => {
    for (let p = cur[v]!, end = first[v + 1]!; p < end; p++) {
      const a = resArc[p]!;
      if (arcPos[a] === p && left[a]! > tol) {
        cur[v] = p;
        return a;
      }
    }
    cur[v] = first[v + 1]!;
    return -1;
  };

  for (const s of sources) {
    for (;;) {
      if (nextArc(s) < 0) break;
      const nodes = [s];
      const arcs: number[] = [];
      onPath[s] = 0;
      let v = s;
      while (!(isSink[v] && v !== s)) {
        const a = nextArc(v);
        if (a < 0) {
          // Float residue with nowhere to go: drop it and step back.
          if (arcs.length === 0) break;
          const back = arcs.pop()!;
          left[back] = 0;
          onPath[nodes.pop()!] = -1;
          v = nodes[nodes.length - 1]!;
          continue;
        }
        const w = heads[a]!;
        arcs.push(a);
        if (onPath[w]! >= 0) {
          // A cycle: cancel its smallest flow and cut the path back to w.
          const at = onPath[w]!;
          let min = Infinity;
          for (let k = at; k < arcs.length; k++) min = Math.min(min, left[arcs[k]!]!);
          for (let k = at; k < arcs.length; k++) left[arcs[k]!]! -= min;
          for (let k = at + 1; k < nodes.length; k++) onPath[nodes[k]!] = -1;
          nodes.length = at + 1;
          arcs.length = at;
          v = w;
          continue;
        }
        onPath[w] = nodes.length;
        nodes.push(w);
        v = w;
      }
      for (const x of nodes) onPath[x] = -1;
      if (arcs.length === 0) continue;
      let amount = Infinity;
      for (const a of arcs) amount = Math.min(amount, left[a]!);
      for (const a of arcs) left[a]! -= amount;
      paths.push({ nodes, arcs, amount });
    }
  }
  return paths.sort((a, b) => b.amount - a.amount);
}
