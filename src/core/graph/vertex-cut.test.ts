// The minimum vertex cut against brute force: every set of non-terminal
// actors is tried on random small graphs, by count and by cost.

import { describe, expect, it } from 'vitest';
import { graphFromArrays, type CompactGraph } from './compact-graph.js';
import { mulberry32 } from './prng.js';
import { minVertexCut } from './vertex-cut.js';

function connected(g: CompactGraph, s: number, t: number, removed: Set<number>): boolean {
  const seen = new Set([s]);
  const stack = [s];
  while (stack.length) {
    const v = stack.pop()!;
    if (v === t) return true;
    for (let i = 0; i < g.m; i++) {
      const w = g.heads[i]!;
      if (g.tails[i] === v && g.caps[i]! > 0 && !removed.has(w) && !seen.has(w)) {
        seen.add(w);
        stack.push(w);
      }
    }
  }
  return false;
}

describe('minimum vertex cut', () => {
  it('matches brute force over all actor sets on 1500 random graphs', () => {
    const rand = mulberry32(11);
    for (let k = 0; k < 1500; k++) {
      const n = 3 + Math.floor(rand() * 6);
      const m = Math.floor(rand() * 3 * n);
      const tails: number[] = [];
      const heads: number[] = [];
      const caps: number[] = [];
      for (let i = 0; i < m; i++) {
        tails.push(Math.floor(rand() * n));
        heads.push(Math.floor(rand() * n));
        caps.push(rand() < 0.1 ? 0 : 1 + Math.floor(rand() * 5));
      }
      const g = graphFromArrays(n, tails, heads, caps);
      const cost = Array.from({ length: n }, () => 1 + Math.floor(rand() * 4));
      const byCount = minVertexCut(g, [0], [n - 1]);
      const byCost = minVertexCut(g, [0], [n - 1], { cost: (v) => cost[v]! });
      let bestCount = Infinity;
      let bestCost = Infinity;
      const free = n - 2;
      for (let mask = 0; mask < 1 << free; mask++) {
        const removed = new Set<number>();
        for (let b = 0; b < free; b++) if (mask & (1 << b)) removed.add(b + 1);
        if (connected(g, 0, n - 1, removed)) continue;
        bestCount = Math.min(bestCount, removed.size);
        bestCost = Math.min(
          bestCost,
          [...removed].reduce((acc, v) => acc + cost[v]!, 0),
        );
      }
      if (bestCount === Infinity) {
        expect(byCount.status, `graph ${k}`).toBe('unbounded');
        continue;
      }
      if (byCount.status !== 'optimal' || byCost.status !== 'optimal')
        throw new Error(`graph ${k}: expected a cut`);
      expect(byCount.nodes.length, `graph ${k}`).toBe(bestCount);
      expect(byCost.cost, `graph ${k}`).toBe(bestCost);
      expect(connected(g, 0, n - 1, new Set(byCost.nodes))).toBe(false);
    }
  });
});
