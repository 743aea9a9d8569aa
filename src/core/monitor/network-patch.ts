// The planner's part of the network rules: the cheapest patch to the adopted
// plan (the planner with the adopted actions fixed).

import type { Network, NetworkNode } from '../model/network.js';
import { planInterdiction } from '../plan/plan-interdiction.js';
import type { NetworkWatch, PlanPatch } from './types.js';

/** The adopted plan's actions made free, so the planner keeps them and spends only on extras. */
function withPlanFree(network: Network, plan: readonly string[]): Network {
  const adopted = new Set(plan);
  return {
    ...network,
    actions: network.actions.map((a) => (adopted.has(a.id) ? { ...a, cost: 0 } : a)),
    channels: network.channels.map((c) =>
      adopted.has(`cut-${c.id}`) && typeof c.cost === 'number' ? { ...c, cost: 0 } : c,
    ),
  };
}

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
 * (free), over the region when one is given.
 */
export async function cheapestPatch(
  network: Network,
  watch: NetworkWatch,
  target: number,
  added: readonly NetworkNode[] = [],
  region?: PatchRegion,
): Promise<PlanPatch | undefined> {
  const designated = withNewActorDesignations(network, added);
  const free = withPlanFree(
    region ? restrictToRegion(designated, region, watch.plan) : designated,
    watch.plan,
  );
  const adopted = new Set(watch.plan);
  let best: PlanPatch | undefined;
  for (let budget = 1; budget <= watch.thresholds.patchBudget; budget++) {
    const plan = await planInterdiction(free, {
      budget,
      ...(watch.pairs?.length ? { pairs: watch.pairs } : {}),
      timeLimitMs: PATCH_SEARCH.perBudgetMs,
    });
    const extra = plan.actions.filter((a) => !adopted.has(a.id));
    const patch: PlanPatch = {
      actions: extra.map((a) => a.id),
      cost: extra.reduce((s, a) => s + a.cost, 0),
      residual: plan.residualFlow,
    };
    if (!best || patch.residual < best.residual - 1e-9) best = patch;
    if (patch.residual <= target + 1e-9) return patch;
  }
  return best;
}
