// Exact interdiction by trying every affordable set of actions: the reference
// for tests and the method for tiny action lists.

import { UsageError } from '../model/errors.js';
import type { InterdictionProblem } from './problem.js';

export interface EnumerateOptions {
  /** Refuse above this many plans instead of running for ever. */
  maxPlans: number;
}

export const ENUMERATE_DEFAULTS: EnumerateOptions = { maxPlans: 1_000_000 };

/**
 * Calls `visit` with every affordable plan to which no further action fits
 * (residual flow never rises when an action is added, so these suffice).
 */
export function forEachMaximalPlan(
  problem: InterdictionProblem,
  visit: (plan: number[]) => void,
  options: Partial<EnumerateOptions> = {},
): void {
  const { maxPlans } = { ...ENUMERATE_DEFAULTS, ...options };
  const costs = problem.actions.map((a) => a.cost);
  const plan: number[] = [];
  let count = 0;
  const rec = (k: number, left: number): void => {
    if (k === costs.length) {
      // Maximal: every skipped action is unaffordable now.
      for (let j = 0; j < costs.length; j++) if (!plan.includes(j) && costs[j]! <= left + 1e-9) return;
      if (++count > maxPlans) {
        throw new UsageError(
          `too many plans to enumerate (over ${maxPlans})`,
          'use the branch-and-bound or heuristic method',
        );
      }
      visit([...plan]);
      return;
    }
    if (costs[k]! <= left + 1e-9) {
      plan.push(k);
      rec(k + 1, left - costs[k]!);
      plan.pop();
    }
    rec(k + 1, left);
  };
  rec(0, problem.budget);
}

/** The best plan by enumeration, scored by `score` (lower is better). */
export function bruteForce(
  problem: InterdictionProblem,
  score: (plan: number[]) => number,
  options: Partial<EnumerateOptions> = {},
): { plan: number[]; value: number } {
  let best = { plan: [] as number[], value: Infinity };
  let first = true;
  forEachMaximalPlan(
    problem,
    (plan) => {
      const v = score(plan);
      if (first || v < best.value) best = { plan, value: v };
      first = false;
    },
    options,
  );
  return best;
}
