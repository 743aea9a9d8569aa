// The largest flow paths against a plain reference: the searches as first written (one
// widest-path search per path over the arcs by arc index, its bounds by a backward search
// with the same heap), on random flows with and without cycles and with many ties.
// Every path, its arcs and their order must be the same.

import { describe, expect, it } from 'vitest';
import { graphFromArrays, type CompactGraph } from './compact-graph.js';
import type { FlowPath } from './flow-decomposition.js';
import { largestFlowPaths } from './largest-paths.js';
import { MinHeap } from './min-heap.js';
import { maxFlow } from './max-flow.js';
import { mulberry32 } from './prng.js';

/** The binary max-heap of the reference: a min-heap on negated keys (the same sift rules as the production heap). */
/**
 * The plain sift-down max-heap on JS arrays, as the widest-path searches used before they ran
 * on the project's typed-array MinHeap (negated keys): an independent reference for its order.
 */
class RefHeap {
  private readonly nodes: number[] = [];
  private readonly keys: number[] = [];
  get size(): number {
    return this.nodes.length;
  }
  push(node: number, key: number): void {
    const { nodes, keys } = this;
    let i = nodes.length;
    nodes.push(node);
    keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! >= key) break;
      nodes[i] = nodes[parent]!;
      keys[i] = keys[parent]!;
      i = parent;
    }
    nodes[i] = node;
    keys[i] = key;
  }
  pop(): number {
    const { nodes, keys } = this;
    const top = nodes[0]!;
    const lastNode = nodes.pop()!;
    const lastKey = keys.pop()!;
    const size = nodes.length;
    if (size === 0) return top;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && keys[c + 1]! > keys[c]!) c++;
      if (keys[c]! <= lastKey) break;
      nodes[i] = nodes[c]!;
      keys[i] = keys[c]!;
      i = c;
    }
    nodes[i] = lastNode;
    keys[i] = lastKey;
    return top;
  }
}

function referencePaths(
  g: CompactGraph,
  flow: Float64Array,
  sources: number[],
  sinks: number[],
  limit: number,
): FlowPath[] {
  const { n, m, tails, heads } = g;
  const left = Float64Array.from(flow);
  let total = 0;
  for (const f of flow) total += f;
  const tol = 1e-12 * Math.max(1, total);
  const out: number[][] = Array.from({ length: n }, () => []);
  const into: number[][] = Array.from({ length: n }, () => []);
  for (let a = 0; a < m; a++) {
    if (left[a]! > tol) {
      out[tails[a]!]!.push(a);
      into[heads[a]!]!.push(a);
    }
  }
  const isSink = new Uint8Array(n);
  for (const t of sinks) isSink[t] = 1;
  // Bounds: widest path to a sink, backward search.
  const h = new Float64Array(n);
  let done = new Uint8Array(n);
  let heap = new RefHeap();
  for (const t of sinks) {
    h[t] = Infinity;
    heap.push(t, Infinity);
  }
  while (heap.size > 0) {
    const v = heap.pop();
    if (done[v]) continue;
    done[v] = 1;
    for (const a of into[v]!) {
      const u = tails[a]!;
      if (done[u]) continue;
      const nh = Math.min(left[a]!, h[v]!);
      if (nh > h[u]!) {
        h[u] = nh;
        heap.push(u, nh);
      }
    }
  }
  const paths: FlowPath[] = [];
  const width = new Float64Array(n);
  const via = new Int32Array(n);
  while (paths.length < limit) {
    width.fill(0);
    done = new Uint8Array(n);
    heap = new RefHeap();
    for (const s of sources) {
      width[s] = Infinity;
      via[s] = -1;
      if (h[s]! > 0) heap.push(s, h[s]!);
    }
    let reached = -1;
    while (heap.size > 0) {
      const v = heap.pop();
      if (done[v]) continue;
      done[v] = 1;
      if (isSink[v] && width[v] !== Infinity) {
        reached = v;
        break;
      }
      for (const a of out[v]!) {
        const f = left[a]!;
        const w = heads[a]!;
        if (f <= tol || done[w]) continue;
        const nw = Math.min(f, width[v]!);
        if (nw > width[w]!) {
          width[w] = nw;
          via[w] = a;
          if (h[w]! > 0) heap.push(w, Math.min(nw, h[w]!));
        }
      }
    }
    if (reached < 0) break;
    const amount = width[reached]!;
    const arcs: number[] = [];
    for (let x = reached; via[x]! >= 0 && width[x] !== Infinity; x = tails[via[x]!]!) arcs.push(via[x]!);
    arcs.reverse();
    for (const a of arcs) left[a] = left[a]! - amount <= tol ? 0 : left[a]! - amount;
    paths.push({ nodes: [tails[arcs[0]!]!, ...arcs.map((a) => heads[a]!)], arcs, amount });
  }
  return paths;
}

/** A random graph: layered (every arc forward, so every flow is acyclic) or with arcs anywhere. */
function randomCase(rand: () => number, layered: boolean) {
  const n = 4 + Math.floor(rand() * 40);
  const m = Math.floor(n * (1 + rand() * 4));
  const tails: number[] = [];
  const heads: number[] = [];
  const caps: number[] = [];
  for (let i = 0; i < m; i++) {
    let u = Math.floor(rand() * n);
    let v = Math.floor(rand() * n);
    if (layered && u > v) [u, v] = [v, u];
    if (u === v) continue;
    tails.push(u);
    heads.push(v);
    caps.push(1 + Math.floor(rand() * 4)); // few distinct widths: many ties
  }
  const g = graphFromArrays(n, tails, heads, caps);
  const k = rand() < 0.5 ? 1 : 2;
  const sources = layered ? [0, 1].slice(0, k) : [0, 2].slice(0, k);
  const sinks = layered ? [n - 1, n - 2].slice(0, k) : [1, 3].slice(0, k);
  return { g, sources, sinks };
}

describe('largest flow paths against the reference search', () => {
  for (const layered of [true, false]) {
    it(`gives the same paths, in the same order, on ${layered ? 'acyclic' : 'general'} random flows`, () => {
      const rand = mulberry32(layered ? 11 : 12);
      let compared = 0;
      for (let trial = 0; trial < 400; trial++) {
        const { g, sources, sinks } = randomCase(rand, layered);
        const r = maxFlow(g, sources, sinks);
        if (r.status !== 'optimal' || r.value === 0) continue;
        for (const limit of [3, 20, Infinity]) {
          expect(largestFlowPaths(g, r.flow, sources, sinks, limit)).toEqual(
            referencePaths(g, r.flow, sources, sinks, limit),
          );
        }
        compared++;
      }
      expect(compared).toBeGreaterThan(100);
    });
  }

  it('gives the same paths on a flow with cycles', () => {
    // 0 → 1 → 4, with a cycle 1 → 2 → 3 → 1 carrying 2 and a second route 0 → 2 → 3 → 4.
    const g = graphFromArrays(5, [0, 1, 2, 3, 1, 0, 3], [1, 2, 3, 1, 4, 2, 4], [3, 2, 3, 2, 3, 1, 1]);
    const flow = Float64Array.of(3, 2, 3, 2, 3, 1, 1);
    expect(largestFlowPaths(g, flow, [0], [4], Infinity)).toEqual(
      referencePaths(g, flow, [0], [4], Infinity),
    );
    expect(largestFlowPaths(g, flow, [0], [4], Infinity).map((p) => p.amount)).toEqual([3, 1]);
  });
});

describe('the widest-path heap (the min-heap on negated widths)', () => {
  it('hands out entries in the same order as the plain sift-down, ties included', () => {
    const rand = mulberry32(7);
    for (let trial = 0; trial < 200; trial++) {
      const heap = new MinHeap(4);
      const ref = new RefHeap();
      const out: number[] = [];
      const refOut: number[] = [];
      for (let step = 0; step < 300; step++) {
        if (ref.size > 0 && rand() < 0.45) {
          out.push(heap.pop());
          refOut.push(ref.pop());
        } else {
          const key = rand() < 0.05 ? Infinity : Math.floor(rand() * 6);
          heap.push(step, -key);
          ref.push(step, key);
        }
      }
      while (ref.size > 0) {
        out.push(heap.pop());
        refOut.push(ref.pop());
      }
      expect(out).toEqual(refOut);
    }
  });
});
