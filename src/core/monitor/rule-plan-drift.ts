// The plan-drift rule: the best plan for the adopted plan's budget now
// leaves less than the adopted plan by more than the watch's margin.
//
// The best plan is searched in full only when nothing is known yet (a watch
// does it when it is added: searchBestPlan). After
// that, each evaluation starts from the best plan the previous one found (and
// from the adopted plan): both are re-evaluated on the current network, and a
// short branch and bound from the better of them, bounded in time and nodes,
// improves on it. An alert is raised only with a plan that beats the adopted
// plan by the margin, so every drift alert carries its witness.

import { branchAndBound } from '../plan/branch-and-bound.js';
import { residualFlow } from '../plan/evaluate-plan.js';
import { planInterdiction } from '../plan/plan-interdiction.js';
import { event, fmt, type RuleContext } from './network-event.js';
import { pairsIn } from './network-flow.js';
import type { Network } from '../model/network.js';
import type { AlertEvent, NetworkWatch } from './types.js';

export const DRIFT_SEARCH = {
  /** Without a previous best plan: the full search's time limit. */
  fullMs: 10_000,
  /** From a previous best plan: the improving search's limits. */
  incrementalMs: 500,
  incrementalNodes: 4,
};

export interface DriftResult {
  events: AlertEvent[];
  /** The best plan for the budget found (action ids) and its residual. */
  best: { actions: string[]; residual: number };
}

/**
 * The best plan for the watch's budget on `network`, searched in full (within
 * DRIFT_SEARCH.fullMs). A watch runs it once, when it is added, so that every
 * evaluation after starts from a known best plan.
 */
export async function searchBestPlan(
  network: Network,
  watch: Pick<NetworkWatch, 'budget' | 'pairs'>,
): Promise<{ actions: string[]; residual: number }> {
  const pairs = watch.pairs?.length ? { pairs: pairsIn(network, watch.pairs) } : {};
  const best = await planInterdiction(network, {
    budget: watch.budget,
    ...pairs,
    timeLimitMs: DRIFT_SEARCH.fullMs,
  });
  return { actions: best.actions.map((a) => a.id), residual: best.residualFlow };
}

async function bestForBudget(
  ctx: RuleContext,
  hint: readonly string[] | undefined,
): Promise<{ actions: string[]; residual: number }> {
  const { watch, current } = ctx;
  if (!hint) return searchBestPlan(current, watch);
  // The problem the flow under the plan was computed on, with the watch's budget.
  const problem = { ...ctx.after.problem.problem, budget: watch.budget };
  const byId = new Map(problem.actions.map((a, k) => [a.id, k]));
  const affordable = (ids: readonly string[]) => {
    const ks = ids.map((id) => byId.get(id)).filter((k): k is number => k !== undefined);
    const cost = ks.reduce((s, k) => s + problem.actions[k]!.cost, 0);
    return cost <= watch.budget + 1e-9 ? ks : undefined;
  };
  const starts = [affordable(hint), affordable(watch.plan)].filter((k): k is number[] => !!k);
  let start: number[] | undefined;
  let startValue = Infinity;
  for (const s of starts) {
    const v = residualFlow(problem, s);
    if (v < startValue) [start, startValue] = [s, v];
  }
  const r = branchAndBound(problem, {
    ...(start ? { start } : {}),
    timeLimitMs: DRIFT_SEARCH.incrementalMs,
    maxNodes: DRIFT_SEARCH.incrementalNodes,
  });
  return { actions: r.plan.map((k) => problem.actions[k]!.id), residual: r.value };
}

export async function planDrift(ctx: RuleContext, hint?: readonly string[]): Promise<DriftResult> {
  const { watch, after, thresholds: t } = ctx;
  const best = await bestForBudget(ctx, hint);
  if (best.residual >= after.residual - t.driftMargin) return { events: [], best };
  return {
    best,
    events: [
      event(
        ctx,
        'plan-drift',
        { type: 'network', id: watch.network },
        {
          severity: 'medium',
          title: `the adopted plan leaves ${fmt(after.residual)}; the best plan for budget ${watch.budget} leaves ${fmt(best.residual)}`,
          value: after.residual - best.residual,
          facts: `drift:${[...best.actions].sort().join(',')}`,
        },
        { ...ctx.base(), bestPlan: { actions: best.actions, residual: best.residual } },
      ),
    ],
  };
}
