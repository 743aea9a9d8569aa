// Network rules between two snapshots of a watched network under its adopted
// plan: reconnection, residual breach, plan drift, restored capacity (or a
// bypass), new fronts and retracted provenance. Each event carries evidence:
// the flow paths through what changed, each change's own contribution, and
// the cheapest patch to the plan.
//
// The flow under the plan is in network-flow, the changes and their
// contributions in network-changes, the patch in network-patch, and each
// rule family in its own rule-* module.

import type { Network } from '../model/network.js';
import { contributions, networkChanges } from './network-changes.js';
import type { RuleContext } from './network-event.js';
import { flowUnderPlan, NETWORK_RULE_DEFAULTS, pairsIn, planTargets } from './network-flow.js';
import { cheapestPatch } from './network-patch.js';
import { newFronts } from './rule-new-front.js';
import { planDrift } from './rule-plan-drift.js';
import { provenanceRetracted } from './rule-provenance.js';
import { residualRules } from './rule-residual.js';
import { restoredCapacity } from './rule-restored-capacity.js';
import type { AlertEvent, EvidencePath, NetworkEvidence, NetworkWatch, SnapshotRef } from './types.js';

export { NETWORK_RULE_DEFAULTS, flowUnderPlan, planTargets, type PlanFlow } from './network-flow.js';
export { networkChanges, type NetworkChanges } from './network-changes.js';
export { cheapestPatch, withNewActorDesignations } from './network-patch.js';

export interface NetworkSnapshot {
  network: Network;
  version: number;
}

export interface NetworkRuleOptions {
  /** Node ids of confirmed screening hits (decided true matches), for `new-front`. */
  confirmedHits?: readonly string[];
  /** Skip the planner-based parts (drift and patch): for very large networks or quick checks. */
  skipPlanner?: boolean;
  /** Most changed elements whose contribution is measured one by one. */
  maxContributions?: number;
  /** Most evidence paths kept per event. */
  maxPaths?: number;
  /**
   * The best plan for the budget found by the previous evaluation (action
   * ids): drift starts from it, re-evaluated on the current network and
   * improved by a short search, instead of searching from nothing.
   */
  bestPlanHint?: readonly string[];
  /** Receives the best plan for the budget this evaluation found (the next one's hint). */
  onBestPlan?: (actions: string[], residual: number) => void;
}

function touches(path: EvidencePath, channels: Set<string>, nodes: Set<string>): boolean {
  return path.channels.some((c) => channels.has(c)) || path.nodes.some((n) => nodes.has(n));
}

/** Every network rule for one watch between two snapshots. */
export async function evaluateNetworkRules(
  watch: NetworkWatch,
  previous: NetworkSnapshot,
  current: NetworkSnapshot,
  options: NetworkRuleOptions = {},
): Promise<AlertEvent[]> {
  const o = { ...NETWORK_RULE_DEFAULTS, ...options };
  const t = watch.thresholds;
  const snapshot: SnapshotRef = {
    kind: 'network',
    name: watch.network,
    from: previous.version,
    to: current.version,
  };
  // Of the previous snapshot only the residual is used: no flow paths.
  const before = flowUnderPlan(previous.network, watch.plan, pairsIn(previous.network, watch.pairs), 0);
  const after = flowUnderPlan(current.network, watch.plan, pairsIn(current.network, watch.pairs), o.maxPaths);
  const changes = networkChanges(previous.network, current.network);
  const changedChannels = new Set([
    ...changes.addedChannels.map((c) => c.id),
    ...changes.capacityChanged.map((c) => c.after.id),
  ]);
  const changedNodes = new Set(changes.addedNodes.map((n) => n.id));
  const paths = after.paths.filter((p) => touches(p, changedChannels, changedNodes));
  const contrib = contributions(watch, previous.network, current.network, changes, after, o.maxContributions);
  const ctx: RuleContext = {
    watch,
    thresholds: t,
    snapshot,
    previous: previous.network,
    current: current.network,
    before,
    after,
    changes,
    changedChannels,
    contributions: contrib,
    targets: planTargets(current.network, watch.plan),
    base: () => ({
      residualBefore: before.residual,
      residualAfter: after.residual,
      paths: paths.length ? paths : after.paths,
      contributions: contrib,
    }),
  };
  const events: AlertEvent[] = [
    ...residualRules(ctx),
    ...restoredCapacity(ctx),
    ...newFronts(ctx, o.confirmedHits ?? []),
    ...provenanceRetracted(ctx),
  ];

  if (!o.skipPlanner) {
    const drift = await planDrift(ctx, o.bestPlanHint);
    o.onBestPlan?.(drift.best.actions, drift.best.residual);
    events.push(...drift.events);
    // The cheapest patch, for every event that lets flow through.
    if (
      events.some(
        (e) => e.rule !== 'plan-drift' && e.rule !== 'provenance-retracted' && after.residual > t.epsilon,
      )
    ) {
      // The region: what changed, and the actors and channels on the flow paths through it.
      const region = { nodes: new Set(changedNodes), channels: new Set(changedChannels) };
      for (const c of current.network.channels)
        if (changedChannels.has(c.id)) region.nodes.add(c.from).add(c.to);
      for (const p of ctx.base().paths) {
        for (const n of p.nodes) region.nodes.add(n);
        for (const c of p.channels) region.channels.add(c);
      }
      const patch = cheapestPatch(
        current.network,
        watch,
        Math.max(t.epsilon, before.residual),
        changes.addedNodes,
        region,
      );
      if (patch) for (const e of events) (e.evidence as NetworkEvidence).patch = patch;
    }
  }
  return events;
}
