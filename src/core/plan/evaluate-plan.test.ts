import { describe, expect, it } from 'vitest';
import { maxFlow } from '../graph/max-flow.js';
import { withCapacities } from '../graph/compact-graph.js';
import { evaluatePlan, planCapacities, residualFlow, scenarioCapacities } from './evaluate-plan.js';
import { keptShares } from './problem.js';
import { randomProblem } from './random-problems.js';

describe('capacities under a plan', () => {
  it('are those of every arc under its kept share, computed only on the arcs the actions touch', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const problem = randomProblem({ nodes: 8, arcs: 18, seed, mixed: true, scenarios: 2 });
      // Every action, with overlapping multi-arc and partial ones among them, and smaller plans.
      const all = problem.actions.map((_a, k) => k);
      for (const plan of [all, all.filter((k) => k % 2 === 0), all.slice(-3), []]) {
        const kept = keptShares(problem, plan);
        for (const s of problem.scenarios)
          expect(planCapacities(problem, s, plan, kept)).toEqual(scenarioCapacities(s, kept));
      }
    }
  });

  it('give the residual flows of the capacities computed over every arc', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const problem = randomProblem({ nodes: 8, arcs: 18, seed, mixed: true, scenarios: 2 });
      const plan = problem.actions.map((_a, k) => k).filter((k) => k % 3 === 1);
      const kept = keptShares(problem, plan);
      const expected = problem.scenarios.map((s) => {
        const r = maxFlow(withCapacities(s.graph, scenarioCapacities(s, kept)), s.sources, s.sinks);
        return r.status === 'optimal' ? r : undefined;
      });
      const value = expected.reduce(
        (sum, r, i) => sum + problem.scenarios[i]!.weight * (r ? r.value : Infinity),
        0,
      );
      const e = evaluatePlan(problem, plan);
      expect(e.value).toBe(value);
      expect(e.flows).toEqual(expected.map((r) => r?.flow));
      expect(residualFlow(problem, new Set(plan))).toBe(value);
    }
  });
});
