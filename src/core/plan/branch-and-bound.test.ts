import { describe, expect, it } from 'vitest';
import { branchAndBound } from './branch-and-bound.js';
import { bruteForce } from './brute-force.js';
import { residualFlow } from './evaluate-plan.js';
import { exactPlannerContract } from './exact-planner-contract.js';
import { lagrangianHeuristic } from './heuristic.js';
import { gridProblem, randomProblem } from './random-problems.js';

exactPlannerContract('branch and bound', async (p) => branchAndBound(p), 3000);

describe('the Lagrangian heuristic', () => {
  it('never claims a bound above the optimum nor a value below it', () => {
    for (let seed = 1; seed <= 800; seed++) {
      const problem = randomProblem({
        seed,
        nodes: 7,
        arcs: 13,
        budget: 1 + (seed % 4),
        mixed: seed % 3 === 0,
        scenarios: seed % 4 === 0 ? 2 : 1,
      });
      const opt = bruteForce(problem, (p) => residualFlow(problem, p)).value;
      const h = lagrangianHeuristic(problem);
      expect(h.bound, `seed ${seed}`).toBeLessThanOrEqual(opt + 1e-6);
      expect(h.value, `seed ${seed}`).toBeGreaterThanOrEqual(opt - 1e-6);
      if (h.status === 'optimal') expect(h.value, `seed ${seed}`).toBeCloseTo(opt, 6);
    }
  });

  it('out of time before the search, still returns the greedy plan on the minimum cut', () => {
    const problem = gridProblem(10, 10, 3, 5);
    let clock = 0;
    // Every reading of the clock is a second later: the time limit has passed before the root.
    const h = lagrangianHeuristic(problem, { timeLimitMs: 1, now: () => (clock += 1000) });
    const base = residualFlow(problem, []);
    expect(h.plan.length).toBe(3);
    expect(h.value).toBeLessThan(base);
    expect(residualFlow(problem, h.plan)).toBeCloseTo(h.value, 9);
    expect(h.value).toBeGreaterThanOrEqual(branchAndBound(problem).value);
  });
});

describe('branch and bound on grids', () => {
  it('proves the optimum of a 15×15 grid at budget 5 and agrees with the heuristic bound', () => {
    const problem = gridProblem(15, 15, 5, 3);
    const exact = branchAndBound(problem);
    const h = lagrangianHeuristic(problem);
    expect(exact.status).toBe('optimal');
    expect(exact.bound).toBe(exact.value);
    expect(h.bound).toBeLessThanOrEqual(exact.value);
    expect(h.value).toBeGreaterThanOrEqual(exact.value);
  });

  it('returns the best plan so far with status time-limit when the clock runs out', () => {
    let t = 0;
    const r = branchAndBound(gridProblem(10, 10, 4, 1), { now: () => (t += 1000), timeLimitMs: 1500 });
    expect(['time-limit', 'optimal']).toContain(r.status);
    expect(r.bound).toBeLessThanOrEqual(r.value);
  });
});

describe('branch and bound with a target', () => {
  it('returns a plan at or below the target when one exists, and proves none does otherwise', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const problem = randomProblem({
        seed,
        nodes: 7,
        arcs: 13,
        budget: 1 + (seed % 3),
        mixed: seed % 3 === 0,
      });
      const opt = bruteForce(problem, (p) => residualFlow(problem, p)).value;
      if (!Number.isFinite(opt)) continue;
      // A target the optimum reaches, and one just below it.
      const reachable = branchAndBound(problem, { target: opt + (seed % 2) });
      expect(reachable.value, `seed ${seed}`).toBeLessThanOrEqual(opt + (seed % 2) + 1e-6);
      expect(residualFlow(problem, reachable.plan)).toBeCloseTo(reachable.value, 6);
      const out = branchAndBound(problem, { target: opt - 0.5 });
      expect(out.value, `seed ${seed}`).toBeGreaterThan(opt - 0.5);
      expect(out.bound, `seed ${seed}`).toBeLessThanOrEqual(opt + 1e-6);
    }
  });
});
