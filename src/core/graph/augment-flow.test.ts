import { describe, expect, it } from 'vitest';
import { augmentFlow } from './augment-flow.js';
import { graphFromArrays, withCapacities, type CompactGraph } from './compact-graph.js';
import { dinicPhases } from './dinic.js';
import { flowFromResidual } from './flow-state.js';
import { maxFlow } from './max-flow.js';
import { forEachPathThrough } from './paths-through.js';
import { mulberry32 } from './prng.js';

/** A random digraph with several sources and sinks; some arcs unlimited. */
function randomCase(seed: number) {
  const rand = mulberry32(seed);
  const n = 4 + Math.floor(rand() * 12);
  const m = Math.floor(rand() * 5 * n);
  const tails: number[] = [];
  const heads: number[] = [];
  const caps: number[] = [];
  for (let i = 0; i < m; i++) {
    tails.push(Math.floor(rand() * n));
    heads.push(Math.floor(rand() * n));
    caps.push(rand() < 0.05 ? Infinity : Math.round(rand() * 500) / 10);
  }
  const sources = rand() < 0.5 ? [0] : [0, 1];
  const sinks = rand() < 0.5 ? [n - 1] : [n - 1, n - 2];
  return { graph: graphFromArrays(n, tails, heads, caps), sources, sinks, rand };
}

describe('max flow from a warm start', () => {
  it('reaches the cold value and cut from the flow of tighter capacities', () => {
    let warmed = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const { graph, sources, sinks, rand } = randomCase(seed);
      // Tighter capacities: some arcs cut or halved, as a plan would.
      const tight = graph.caps.map((c) => (rand() < 0.2 ? 0 : rand() < 0.2 ? c / 2 : c));
      const before = maxFlow(withCapacities(graph, tight), sources, sinks);
      const cold = maxFlow(graph, sources, sinks);
      if (before.status !== 'optimal' || cold.status !== 'optimal') continue;
      const warm = maxFlow(graph, sources, sinks, { start: before.flow });
      expect(warm.status).toBe('optimal');
      if (warm.status !== 'optimal') continue;
      warmed++;
      expect(warm.value).toBeCloseTo(cold.value, 9);
      const cutOf = (sourceSide: Uint8Array) =>
        warm.cutArcs.reduce((sum, a) => sum + (sourceSide[graph.tails[a]!] ? graph.caps[a]! : 0), 0);
      expect(cutOf(warm.sourceSide)).toBeCloseTo(cold.value, 9);
      // The flow is feasible and conserved away from the terminals.
      const net = new Float64Array(graph.n);
      warm.flow.forEach((f, a) => {
        expect(f).toBeGreaterThanOrEqual(-1e-9);
        expect(f).toBeLessThanOrEqual(graph.caps[a]! + 1e-9);
        net[graph.tails[a]!]! += f;
        net[graph.heads[a]!]! -= f;
      });
      net.forEach((x, v) => {
        if (!sources.includes(v) && !sinks.includes(v)) expect(Math.abs(x)).toBeLessThan(1e-6);
      });
    }
    expect(warmed).toBeGreaterThan(100);
  });

  it('ignores a start that breaks the capacities', () => {
    const graph = graphFromArrays(3, [0, 1], [1, 2], [4, 3]);
    const r = maxFlow(graph, 0, 2, { start: Float64Array.of(5, 5) });
    expect(r.status === 'optimal' && r.value).toBe(3);
  });
});

describe('paths through chosen arcs', () => {
  it('walks to a source and a sink and cancels a cycle through the arc', () => {
    // s=0 → a=1 → b=2 → t=3, and the cycle a → b → c=4 → a also through the chosen arc a → b.
    const graph = graphFromArrays(5, [0, 1, 2, 2, 4], [1, 2, 3, 4, 1], [9, 9, 9, 9, 9]);
    const flow = Float64Array.of(5, 8, 5, 3, 3);
    const found: { nodes: number[]; arcs: number[]; amount: number }[] = [];
    forEachPathThrough(graph, flow, [0], [3], [1], (nodes, arcs, length, amount) => {
      found.push({ nodes: [...nodes.subarray(0, length + 1)], arcs: [...arcs.subarray(0, length)], amount });
    });
    expect(found).toEqual([{ nodes: [0, 1, 2, 3], arcs: [0, 1, 2], amount: 5 }]);
  });

  it('finds only source-to-sink paths through the arc, carrying no more than its flow', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const { graph, sources, sinks } = randomCase(seed);
      const r = maxFlow(graph, sources, sinks);
      if (r.status !== 'optimal') continue;
      // Arcs into a source or out of a sink may carry flow that is on no source-to-sink path of interest.
      const arc = r.flow.findIndex(
        (f, a) => f > 0 && !sources.includes(graph.heads[a]!) && !sinks.includes(graph.tails[a]!),
      );
      if (arc < 0) continue;
      let carried = 0;
      forEachPathThrough(graph, r.flow, sources, sinks, [arc], (nodes, arcs, length, amount) => {
        expect(sources).toContain(nodes[0]);
        expect(sinks).toContain(nodes[length]);
        expect([...arcs.subarray(0, length)]).toContain(arc);
        for (let i = 0; i < length; i++) {
          expect(graph.tails[arcs[i]!]).toBe(nodes[i]);
          expect(graph.heads[arcs[i]!]).toBe(nodes[i + 1]);
        }
        carried += amount;
      });
      // Less when some of the arc's flow runs on cycles, which are cancelled rather than listed.
      expect(carried).toBeLessThanOrEqual(r.flow[arc]! + 1e-9);
    }
  });
});

describe('augmenting a start flow', () => {
  /** The flow's residual and value read arc by arc, as a reference for augmentFlow's own. */
  function reference(graph: CompactGraph, source: number, sink: number, start: Float64Array) {
    const { m, arcPos, resPair, caps, tails, heads } = graph;
    const res = new Float64Array(2 * m);
    let value = 0;
    for (let i = 0; i < m; i++) {
      const p = arcPos[i]!;
      const f = start[i]!;
      res[p] = caps[i]! - f;
      res[resPair[p]!] = f;
      if (tails[i] === source) value += f;
      if (heads[i] === source) value -= f;
    }
    value += dinicPhases(graph, source, sink, res);
    return { value, flow: flowFromResidual(graph, res) };
  }

  it('gives the same value and flow, to the bit, as reading the start arc by arc (loops and fractions too)', () => {
    let checked = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const rand = mulberry32(seed);
      const n = 3 + Math.floor(rand() * 10);
      const m = Math.floor(rand() * 5 * n);
      const tails: number[] = [];
      const heads: number[] = [];
      const caps: number[] = [];
      for (let i = 0; i < m; i++) {
        const u = Math.floor(rand() * n);
        tails.push(u);
        heads.push(rand() < 0.1 ? u : Math.floor(rand() * n));
        caps.push(Math.round(rand() * 1000) / 7);
      }
      const graph = graphFromArrays(n, tails, heads, caps);
      // A feasible start: the max flow under halved capacities, loops carrying some flow too.
      const half = withCapacities(
        graph,
        graph.caps.map((c) => c / 2),
      );
      const r = maxFlow(half, 0, n - 1);
      if (r.status !== 'optimal') continue;
      const start = r.flow.slice();
      for (let i = 0; i < m; i++) if (tails[i] === heads[i]) start[i] = graph.caps[i]! / 3;
      expect(augmentFlow(graph, 0, n - 1, start)).toEqual(reference(graph, 0, n - 1, start));
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });
});
