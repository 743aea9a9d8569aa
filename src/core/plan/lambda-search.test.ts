import { describe, expect, it } from 'vitest';
import { withCapacities } from '../graph/compact-graph.js';
import { maxFlow } from '../graph/max-flow.js';
import { LagrangianBounder } from './lagrangian-bound.js';
import { searchBound } from './lambda-search.js';
import { gridProblem, randomProblem } from './random-problems.js';
import type { InterdictionProblem } from './problem.js';

/** The best bound over every breakpoint, probed one by one. */
function exhaustiveBound(problem: InterdictionProblem): number {
  const bounder = new LagrangianBounder(problem);
  const status = new Int8Array(problem.actions.length);
  bounder.setStatus(status);
  let best = -Infinity;
  for (const lambda of [0, ...bounder.breakpoints(status)])
    best = Math.max(best, bounder.probe(status, problem.budget, lambda).value);
  return best;
}

function searched(problem: InterdictionProblem): { value: number; probes: number } {
  const bounder = new LagrangianBounder(problem);
  let probes = 0;
  const r = searchBound(bounder, new Int8Array(problem.actions.length), problem.budget, {
    stopAt: Infinity,
    converge: true,
    onProbe: () => probes++,
  });
  return { value: r.best.value, probes };
}

describe('the cutting-plane search for λ', () => {
  it('finds the best bound over all breakpoints on random problems', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const problem = randomProblem({
        seed,
        nodes: 8,
        arcs: 18,
        budget: 1 + (seed % 4),
        mixed: seed % 2 === 0,
        scenarios: seed % 3 === 0 ? 2 : 1,
      });
      const want = exhaustiveBound(problem);
      const got = searched(problem).value;
      if (want === Infinity) expect(got, `seed ${seed}`).toBe(Infinity);
      else expect(got, `seed ${seed}`).toBeCloseTo(want, 6);
    }
  });

  it('needs a handful of max flows on a grid, not one per breakpoint', () => {
    const problem = gridProblem(20, 20, 6, 7);
    const { value, probes } = searched(problem);
    expect(value).toBeCloseTo(exhaustiveBound(problem), 6);
    expect(probes).toBeLessThanOrEqual(8);
  });

  it('starts no probe after the first once its deadline has passed, and its bound stays valid', () => {
    const problem = gridProblem(12, 12, 4, 3);
    const bounder = new LagrangianBounder(problem);
    let probes = 0;
    const r = searchBound(bounder, new Int8Array(problem.actions.length), problem.budget, {
      stopAt: Infinity,
      converge: true,
      onProbe: () => probes++,
      deadline: { at: 0, now: () => 1 },
    });
    expect(probes).toBe(1);
    expect(r.best.value).toBeLessThanOrEqual(exhaustiveBound(problem) + 1e-9);
  });
});

describe('probes', () => {
  it('price every arc as arcPrice does, on arcs with no, one and several actions', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const problem = randomProblem({ nodes: 7, arcs: 16, seed, mixed: true });
      const bounder = new LagrangianBounder(problem);
      const status = new Int8Array(problem.actions.length);
      status.forEach((_s, k) => {
        status[k] = k % 5 === 0 ? 1 : k % 7 === 0 ? -1 : 0;
      });
      bounder.setStatus(status);
      const sc = problem.scenarios[0]!;
      for (const lambda of [0, 0.5, 3, 40]) {
        const probe = bounder.probe(status, 2, lambda);
        const caps = new Float64Array(bounder.m);
        for (let a = 0; a < bounder.m; a++) caps[a] = bounder.arcPrice(status, sc.graph.caps[a]!, a, lambda);
        const r = maxFlow(withCapacities(sc.graph, caps), sc.sources, sc.sinks);
        if (r.status !== 'optimal') expect(probe.value).toBe(Infinity);
        else {
          expect(probe.value).toBe(-lambda * 2 + r.value);
          expect(probe.cuts[0]).toEqual(r.cutArcs);
        }
      }
    }
  });
});
