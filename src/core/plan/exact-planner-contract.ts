// The contract every exact planner passes: on random small problems (arc,
// multi-arc and partial actions, weighted pairs) it matches brute force over all affordable plans.

import { describe, expect, it } from 'vitest';
import { bruteForce } from './brute-force.js';
import { residualFlow } from './evaluate-plan.js';
import { planCost, type InterdictionProblem } from './problem.js';
import { randomProblem } from './random-problems.js';

export type ExactPlanner = (
  problem: InterdictionProblem,
) => Promise<{ plan: number[]; value: number; bound: number }>;

export function exactPlannerContract(name: string, planner: ExactPlanner, instances: number): void {
  describe(`${name} (exact planner contract)`, () => {
    it(`matches brute force on ${instances} random small problems`, async () => {
      for (let seed = 1; seed <= instances; seed++) {
        const problem = randomProblem({
          seed,
          nodes: 5 + (seed % 3),
          arcs: 8 + (seed % 5),
          budget: 1 + (seed % 5),
          mixed: seed % 2 === 0,
          scenarios: seed % 3 === 0 ? 2 : 1,
        });
        const truth = bruteForce(problem, (p) => residualFlow(problem, p));
        const got = await planner(problem);
        const ctx = `seed ${seed}`;
        expect(planCost(problem, got.plan), ctx).toBeLessThanOrEqual(problem.budget + 1e-9);
        expect(residualFlow(problem, got.plan), ctx).toBeCloseTo(got.value, 6);
        if (truth.value === Infinity) expect(got.value, ctx).toBe(Infinity);
        else expect(got.value, ctx).toBeCloseTo(truth.value, 6);
        expect(got.bound, ctx).toBeLessThanOrEqual(truth.value + 1e-6);
      }
    });
  });
}
