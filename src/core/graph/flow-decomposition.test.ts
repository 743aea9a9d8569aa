import { describe, expect, it } from 'vitest';
import { graphFromArrays } from './compact-graph.js';
import { decomposeFlow, forEachFlowPath } from './flow-decomposition.js';
import { largestFlowPaths } from './largest-paths.js';
import { maxFlow } from './max-flow.js';

// s=0 → t=3 over three routes of widths 5 (via 1), 2 (via 2) and 1 (direct).
const three = graphFromArrays(4, [0, 1, 0, 2, 0], [1, 3, 2, 3, 3], [5, 5, 2, 2, 1]);

function solved(graph: typeof three): Float64Array {
  const r = maxFlow(graph, 0, graph.n - 1);
  if (r.status !== 'optimal') throw new Error('expected a finite flow');
  return r.flow;
}

describe('largest flow paths', () => {
  it('lists the widest route first and stops at the limit', () => {
    const paths = largestFlowPaths(three, solved(three), [0], [3], 2);
    expect(paths.map((p) => [p.nodes, p.amount])).toEqual([
      [[0, 1, 3], 5],
      [[0, 2, 3], 2],
    ]);
  });

  it('uses the whole flow up when not limited', () => {
    const paths = largestFlowPaths(three, solved(three), [0], [3], Infinity);
    expect(paths.map((p) => p.amount)).toEqual([5, 2, 1]);
    expect(paths[2]!.arcs).toEqual([4]);
  });

  it('agrees with the full decomposition on the amounts of a flow without cycles', () => {
    // A 4×4 grid, left column to right column, capacities from a fixed pattern.
    const tails: number[] = [];
    const heads: number[] = [];
    const caps: number[] = [];
    for (let r = 0; r < 4; r++)
      for (let c = 0; c < 3; c++) {
        tails.push(r * 4 + c);
        heads.push(r * 4 + c + 1);
        caps.push(1 + ((r * 7 + c * 3) % 5));
      }
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 4; c++) {
        tails.push(r * 4 + c);
        heads.push((r + 1) * 4 + c);
        caps.push(1 + ((r + c) % 3));
      }
    const grid = graphFromArrays(16, tails, heads, caps);
    const flow = maxFlow(grid, [0, 4, 8, 12], [3, 7, 11, 15]);
    if (flow.status !== 'optimal') throw new Error('expected a finite flow');
    const greedy = largestFlowPaths(grid, flow.flow, [0, 4, 8, 12], [3, 7, 11, 15], Infinity);
    const total = greedy.reduce((a, p) => a + p.amount, 0);
    expect(total).toBeCloseTo(flow.value, 9);
    for (let i = 1; i < greedy.length; i++)
      expect(greedy[i]!.amount).toBeLessThanOrEqual(greedy[i - 1]!.amount);
    const full = decomposeFlow(grid, flow.flow, [0, 4, 8, 12], [3, 7, 11, 15]);
    expect(full.reduce((a, p) => a + p.amount, 0)).toBeCloseTo(flow.value, 9);
  });
});

describe('flow decomposition', () => {
  it('hands every path to the visitor without keeping them', () => {
    const seen: [number[], number][] = [];
    forEachFlowPath(three, solved(three), [0], [3], (nodes, _arcs, length, amount) => {
      seen.push([Array.from(nodes.subarray(0, length + 1)), amount]);
    });
    expect(seen.map((s) => s[1]).reduce((a, b) => a + b, 0)).toBe(8);
    expect(seen.map((s) => s[0].join('>')).sort()).toEqual(['0>1>3', '0>2>3', '0>3']);
  });

  it('keeps only the largest paths, ties in the order found', () => {
    const all = decomposeFlow(three, solved(three), [0], [3]);
    const two = decomposeFlow(three, solved(three), [0], [3], 2);
    expect(two).toEqual(all.slice(0, 2));
    expect(two.map((p) => p.amount)).toEqual([5, 2]);
  });

  it('cancels a flow cycle instead of reporting it', () => {
    // 0→1→2→1 would loop; the flow 0→1→3 plus a cycle 1→2→1 of 4 decomposes to one path.
    const g = graphFromArrays(4, [0, 1, 2, 1], [1, 2, 1, 3], [3, 4, 4, 3]);
    const flow = Float64Array.of(3, 4, 4, 3);
    const paths = decomposeFlow(g, flow, [0], [3]);
    expect(paths).toEqual([{ nodes: [0, 1, 3], arcs: [0, 3], amount: 3 }]);
  });
});
