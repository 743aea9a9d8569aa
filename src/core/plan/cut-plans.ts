// Plans read off minimum cuts: buy the actions that take the most capacity out
// of the cut per unit of cost, within the budget (a greedy knapsack).

import type { ActionStatus, BoundProbe, LagrangianBounder } from './lagrangian-bound.js';
import { capacityAfter, keepOf } from '../model/measures.js';

export interface CutPlan {
  /** Free actions to buy on top of the bought ones. */
  actions: number[];
  /** Capacity the cuts keep under the plan: an upper bound on its residual flow. */
  estimate: number;
}

export function planFromCuts(
  bounder: LagrangianBounder,
  status: ActionStatus,
  budgetLeft: number,
  probe: BoundProbe,
): CutPlan {
  const { problem } = bounder;
  const gain = new Map<number, number>();
  problem.scenarios.forEach((sc, s) => {
    for (const a of probe.cuts[s] ?? []) {
      const cap = sc.graph.caps[a]!;
      const base = capacityAfter(cap, bounder.keptIn[a]!);
      for (const f of bounder.freeOn(status, a)) {
        const drop =
          base === Infinity
            ? f.keep === 0
              ? 1e15
              : 0
            : base - capacityAfter(cap, bounder.keptIn[a]! * f.keep);
        gain.set(f.action, (gain.get(f.action) ?? 0) + sc.weight * drop);
      }
    }
  });
  const ranked = [...gain.entries()]
    .filter(([k, g]) => g > 0 && problem.actions[k]!.cost <= budgetLeft)
    .sort(
      (x, y) =>
        y[1] / Math.max(problem.actions[y[0]]!.cost, 1e-12) -
        x[1] / Math.max(problem.actions[x[0]]!.cost, 1e-12),
    );
  const actions: number[] = [];
  let left = budgetLeft;
  for (const [k] of ranked) {
    const c = problem.actions[k]!.cost;
    if (c <= left + 1e-9) {
      actions.push(k);
      left -= c;
    }
  }
  return { actions, estimate: cutEstimate(bounder, probe, actions) };
}

/** Capacity of the probe's cuts once `extra` actions are added to the bought ones. */
function cutEstimate(bounder: LagrangianBounder, probe: BoundProbe, extra: number[]): number {
  const { problem } = bounder;
  const added = new Map<number, number>();
  for (const k of extra) {
    const act = problem.actions[k]!;
    for (let i = 0; i < act.arcs.length; i++)
      added.set(act.arcs[i]!, (added.get(act.arcs[i]!) ?? 1) * keepOf(act.fractions[i]!));
  }
  let total = 0;
  problem.scenarios.forEach((sc, s) => {
    if (sc.weight === 0) return;
    const cut = probe.cuts[s];
    if (!cut || probe.value === Infinity) {
      total = Infinity;
      return;
    }
    for (const a of cut)
      total += sc.weight * capacityAfter(sc.graph.caps[a]!, bounder.keptIn[a]! * (added.get(a) ?? 1));
  });
  return total;
}
