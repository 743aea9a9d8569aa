// The planner's part of the network rules: the cheapest patch to the adopted
// plan (the planner with the adopted actions fixed).

import type { Network, NetworkNode } from '../model/network.js';
import { withCapacities } from '../graph/compact-graph.js';
import { branchAndBound } from '../plan/branch-and-bound.js';
import { scenarioCapacities } from '../plan/evaluate-plan.js';
import { networkProblem } from '../plan/network-problem.js';
import { keptShares } from '../plan/problem.js';
import type { NetworkWatch, PlanPatch } from './types.js';

/**
 * New actors that no action can reach yet get a candidate designation, at the
 * median cost of the network's own designations (1 when it has none), so the
 * patch can propose acting on a new front.
 */
export function withNewActorDesignations(network: Network, added: readonly NetworkNode[]): Network {
  const acted = new Set(network.actions.filter((a) => a.target.type === 'node').map((a) => a.target.id));
  const costs = network.actions
    .filter((a) => a.kind === 'designate')
    .map((a) => a.cost)
    .sort((a, b) => a - b);
  const cost = costs.length ? costs[Math.floor((costs.length - 1) / 2)]! : 1;
  const extra = added
    .filter((n) => !acted.has(n.id))
    .map((n) => ({
      id: `designate-${n.id}`,
      kind: 'designate' as const,
      label: `Designate ${String(n.properties.name?.[0] ?? n.id)} (proposed by the monitor)`,
      target: { type: 'node' as const, id: n.id },
      cost,
      effect: { type: 'remove' as const },
    }));
  return extra.length ? { ...network, actions: [...network.actions, ...extra] } : network;
}

/** Limits of the patch search: the planner's time limit per extra budget. */
export const PATCH_SEARCH = { perBudgetMs: 5_000 };

/** Actors and channels a patch may act on: what changed and the flow paths through it. */
export interface PatchRegion {
  nodes: ReadonlySet<string>;
  channels: ReadonlySet<string>;
}

/**
 * The network with only the actions on the region left to the planner
 * (besides the adopted ones): designations of its actors, cuts of its
 * channels, jurisdiction actions over them.
 */
export function restrictToRegion(network: Network, region: PatchRegion, plan: readonly string[]): Network {
  const adopted = new Set(plan);
  const jurisdictions = new Set<string>();
  for (const c of network.channels)
    if (region.channels.has(c.id) && c.jurisdiction !== undefined) jurisdictions.add(c.jurisdiction);
  const inRegion = (t: Network['actions'][number]['target']) =>
    t.type === 'node'
      ? region.nodes.has(t.id)
      : t.type === 'channel'
        ? region.channels.has(t.id)
        : jurisdictions.has(t.id);
  return {
    ...network,
    actions: network.actions.filter((a) => adopted.has(a.id) || inRegion(a.target)),
    channels: network.channels.map((c) => {
      if (c.cost === undefined || region.channels.has(c.id) || adopted.has(`cut-${c.id}`)) return c;
      const { cost: _cost, ...rest } = c;
      return rest;
    }),
  };
}

/**
 * The cheapest set of extra actions that brings the residual back to
 * `target` (or the best found): the planner with the adopted actions fixed
 * (applied to the capacities before the search, so it only decides on the
 * others), over the region when one is given. The problem is built once and
 * searched for each extra budget in turn.
 */
export function cheapestPatch(
  network: Network,
  watch: NetworkWatch,
  target: number,
  added: readonly NetworkNode[] = [],
  region?: PatchRegion,
): PlanPatch | undefined {
  const designated = withNewActorDesignations(network, added);
  const scoped = region ? restrictToRegion(designated, region, watch.plan) : designated;
  const { problem } = networkProblem(scoped, {
    budget: watch.thresholds.patchBudget,
    ...(watch.pairs?.length ? { pairs: watch.pairs } : {}),
  });
  const adopted = new Set(watch.plan);
  const fixed: number[] = [];
  problem.actions.forEach((a, k) => {
    if (adopted.has(a.id)) fixed.push(k);
  });
  const kept = keptShares(problem, fixed);
  const scenarios = problem.scenarios.map((s) => ({
    ...s,
    graph: withCapacities(s.graph, scenarioCapacities(s, kept)),
  }));
  const actions = problem.actions.filter((a) => !adopted.has(a.id));
  let best: PlanPatch | undefined;
  let start: number[] | undefined;
  for (let budget = 1; budget <= watch.thresholds.patchBudget; budget++) {
    const r = branchAndBound(
      { scenarios, actions, budget },
      { timeLimitMs: PATCH_SEARCH.perBudgetMs, target, ...(start ? { start } : {}) },
    );
    start = r.plan;
    const extra = r.plan.map((k) => actions[k]!);
    const patch: PlanPatch = {
      actions: extra.map((a) => a.id),
      cost: extra.reduce((sum, a) => sum + a.cost, 0),
      residual: r.value,
    };
    if (!best || patch.residual < best.residual - 1e-9) best = patch;
    if (patch.residual <= target + 1e-9) return patch;
  }
  return best;
}
