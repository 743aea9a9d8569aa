// The flow paths through chosen arcs, without decomposing the whole flow: from each
// chosen arc, walk back to a source and on to a sink along arcs still carrying flow
// (each step takes the arc carrying the most), take the path's bottleneck off the flow,
// and repeat until the chosen arcs carry nothing. Cycles met are cancelled. Every path
// found is a path of some decomposition of the flow, and the walk costs the length of
// the paths it finds, not the size of the network.

import type { CompactGraph } from './compact-graph.js';
import { flowSum } from './flow-state.js';

/**
 * Called once per path: `nodes[0..length]` and `arcs[0..length-1]` (reused buffers, valid
 * during the call) carrying `amount`; `left` is the flow on each arc not yet taken by a
 * path, so a visitor can tell what any later path may still carry. Returning true stops.
 */
export type ThroughPathVisitor = (
  nodes: Int32Array,
  arcs: Int32Array,
  length: number,
  amount: number,
  left: Float64Array,
) => boolean | void;

/**
 * Visits the paths through the arcs `through` in the order found, until each of them
 * carries no flow left or a visit returns true.
 */
export function forEachPathThrough(
  graph: CompactGraph,
  flow: Float64Array,
  sources: readonly number[],
  sinks: readonly number[],
  through: readonly number[],
  visit: ThroughPathVisitor,
): void {
  const { n } = graph;
  const left = flow.slice();
  const tol = 1e-12 * Math.max(1, flowSum(flow));
  const isSource = new Uint8Array(n);
  for (const s of sources) isSource[s] = 1;
  const isSink = new Uint8Array(n);
  for (const t of sinks) isSink[t] = 1;
  const w: Walk = {
    onBack: new Int32Array(n).fill(-1),
    onFwd: new Int32Array(n).fill(-1),
    backNodes: new Int32Array(n + 1),
    backArcs: new Int32Array(n),
    fwdNodes: new Int32Array(n + 1),
    fwdArcs: new Int32Array(n),
    backLen: 0,
    fwdLen: 0,
  };
  const nodes = new Int32Array(2 * n + 2);
  const arcs = new Int32Array(2 * n + 1);
  for (const a of through) {
    while (left[a]! > tol) {
      const found = walkPath(graph, a, left, tol, isSource, isSink, w);
      if (!found) continue;
      // nodes: the backward part reversed, then the forward part; arcs likewise, with `a` between.
      let len = 0;
      let amount = left[a]!;
      for (let k = w.backLen - 1; k >= 0; k--) {
        nodes[len] = w.backNodes[k + 1]!;
        arcs[len++] = w.backArcs[k]!;
      }
      nodes[len] = w.backNodes[0]!;
      arcs[len++] = a;
      for (let k = 0; k < w.fwdLen; k++) {
        nodes[len] = w.fwdNodes[k]!;
        arcs[len++] = w.fwdArcs[k]!;
      }
      nodes[len] = w.fwdNodes[w.fwdLen]!;
      for (let k = 0; k < len; k++) amount = Math.min(amount, left[arcs[k]!]!);
      for (let k = 0; k < len; k++) left[arcs[k]!]! -= amount;
      clearMarks(w);
      if (visit(nodes, arcs, len, amount, left) === true) return;
    }
  }
}

interface Walk {
  /** Position of a node on the backward part (from the chosen arc's tail), or -1. */
  onBack: Int32Array;
  onFwd: Int32Array;
  backNodes: Int32Array;
  backArcs: Int32Array;
  fwdNodes: Int32Array;
  fwdArcs: Int32Array;
  backLen: number;
  fwdLen: number;
}

function clearMarks(w: Walk): void {
  for (let k = 0; k <= w.backLen; k++) w.onBack[w.backNodes[k]!] = -1;
  for (let k = 0; k <= w.fwdLen; k++) w.onFwd[w.fwdNodes[k]!] = -1;
  w.backLen = 0;
  w.fwdLen = 0;
}

/**
 * One attempt at a path through arc `a`: true with the two parts in `w`, or false after
 * cancelling a cycle or dropping float residue (the caller tries again while `a` carries flow).
 */
function walkPath(
  g: CompactGraph,
  a: number,
  left: Float64Array,
  tol: number,
  isSource: Uint8Array,
  isSink: Uint8Array,
  w: Walk,
): boolean {
  const { first, resArc, arcPos } = g;
  const u = g.tails[a]!;
  const v0 = g.heads[a]!;
  if (u === v0) {
    left[a] = 0; // a loop is a cycle of its own
    return false;
  }
  w.backNodes[0] = u;
  w.onBack[u] = 0;
  w.backLen = 0;
  w.fwdNodes[0] = v0;
  w.fwdLen = 0;
  // Backward, from the tail to a source, along arcs into the current node.
  let v = u;
  while (!isSource[v]) {
    let best = -1;
    let bestLeft = tol;
    for (let p = first[v]!, end = first[v + 1]!; p < end; p++) {
      const b = resArc[p]!;
      if (arcPos[b] !== p && left[b]! > bestLeft) {
        bestLeft = left[b]!;
        best = b;
      }
    }
    if (best < 0) {
      // Nothing flows in: the flow out of v along the walk is float residue.
      left[w.backLen === 0 ? a : w.backArcs[w.backLen - 1]!] = 0;
      clearMarks(w);
      return false;
    }
    const x = g.tails[best]!;
    if (x === v0 || w.onBack[x]! >= 0) {
      // A cycle: through `a` (x is its head) or within the backward part.
      const at = x === v0 ? -1 : w.onBack[x]!;
      let min = left[best]!;
      const from = at < 0 ? 0 : at;
      for (let k = from; k < w.backLen; k++) min = Math.min(min, left[w.backArcs[k]!]!);
      if (at < 0) min = Math.min(min, left[a]!);
      left[best]! -= min;
      for (let k = from; k < w.backLen; k++) left[w.backArcs[k]!]! -= min;
      if (at < 0) left[a]! -= min;
      clearMarks(w);
      return false;
    }
    w.backArcs[w.backLen++] = best;
    w.backNodes[w.backLen] = x;
    w.onBack[x] = w.backLen;
    v = x;
  }
  // Forward, from the head to a sink.
  w.onFwd[v0] = 0;
  v = v0;
  while (!isSink[v]) {
    let best = -1;
    let bestLeft = tol;
    for (let p = first[v]!, end = first[v + 1]!; p < end; p++) {
      const b = resArc[p]!;
      if (arcPos[b] === p && left[b]! > bestLeft) {
        bestLeft = left[b]!;
        best = b;
      }
    }
    if (best < 0) {
      left[w.fwdLen === 0 ? a : w.fwdArcs[w.fwdLen - 1]!] = 0;
      clearMarks(w);
      return false;
    }
    const x = g.heads[best]!;
    const atBack = w.onBack[x]!;
    const atFwd = w.onFwd[x]!;
    if (atBack >= 0 || atFwd >= 0) {
      // A cycle: back into the backward part (through `a`), or within the forward part.
      let min = left[best]!;
      if (atBack >= 0) {
        for (let k = 0; k < atBack; k++) min = Math.min(min, left[w.backArcs[k]!]!);
        for (let k = 0; k < w.fwdLen; k++) min = Math.min(min, left[w.fwdArcs[k]!]!);
        min = Math.min(min, left[a]!);
        for (let k = 0; k < atBack; k++) left[w.backArcs[k]!]! -= min;
        for (let k = 0; k < w.fwdLen; k++) left[w.fwdArcs[k]!]! -= min;
        left[a]! -= min;
      } else {
        for (let k = atFwd; k < w.fwdLen; k++) min = Math.min(min, left[w.fwdArcs[k]!]!);
        for (let k = atFwd; k < w.fwdLen; k++) left[w.fwdArcs[k]!]! -= min;
      }
      left[best]! -= min;
      clearMarks(w);
      return false;
    }
    w.fwdArcs[w.fwdLen++] = best;
    w.fwdNodes[w.fwdLen] = x;
    w.onFwd[x] = w.fwdLen;
    v = x;
  }
  return true;
}
