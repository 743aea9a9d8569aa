// The flow of a watched network under its adopted plan: the residual, the
// flow paths that carry it, the channels it uses, and what the plan acts on.

import { decomposeFlow } from '../graph/flow-decomposition.js';
import type { Network } from '../model/network.js';
import { withCapacities } from '../graph/compact-graph.js';
import { maxFlow } from '../graph/max-flow.js';
import { scenarioCapacities, scenarioFlow } from '../plan/evaluate-plan.js';
import { networkProblem, type NetworkProblem } from '../plan/network-problem.js';
import { keptShares } from '../plan/problem.js';
import type { EvidencePath, NetworkWatch } from './types.js';

export const NETWORK_RULE_DEFAULTS = { maxContributions: 50, maxPaths: 10 };

/** The residual flow of a network under a set of action ids, with its flow paths. */
export interface PlanFlow {
  residual: number;
  paths: EvidencePath[];
  /** Plan actions the network no longer defines. */
  missingActions: string[];
  /** Largest flow any one pair's maximum flow sends over each channel (Infinity on an unlimited path). */
  channelFlow: Map<string, number>;
  /** The planning problem the flow was computed on, and the share of each arc's capacity the plan keeps. */
  problem: NetworkProblem;
  kept: Float64Array;
}

/** Residual flow under the named actions (ids of the network's actions, or `cut-<channel>`). */
export function flowUnderPlan(
  network: Network,
  plan: readonly string[],
  pairs: NetworkWatch['pairs'],
  maxPaths = NETWORK_RULE_DEFAULTS.maxPaths,
): PlanFlow {
  const np = networkProblem(network, { budget: 0, ...(pairs?.length ? { pairs } : {}) });
  const byId = new Map(np.problem.actions.map((a, i) => [a.id, i]));
  const chosen: number[] = [];
  const missingActions: string[] = [];
  for (const id of plan) {
    const k = byId.get(id);
    if (k === undefined) missingActions.push(id);
    else chosen.push(k);
  }
  const kept = keptShares(np.problem, chosen);
  let residual = 0;
  const paths: EvidencePath[] = [];
  const channelFlow = new Map<string, number>();
  const note = (id: string | undefined, f: number) => {
    if (id !== undefined && f > (channelFlow.get(id) ?? 0)) channelFlow.set(id, f);
  };
  for (const s of np.problem.scenarios) {
    if (s.weight === 0) continue;
    const { value, result } = scenarioFlow(s, kept);
    residual += s.weight * value;
    if (result.status === 'unbounded') {
      paths.push({ ...pathIds(np, result.path), amount: Infinity });
      for (const a of result.path) note(np.arcChannel[a]?.id, Infinity);
      continue;
    }
    for (let a = 0; a < result.flow.length; a++)
      if (result.flow[a]! > 0) note(np.arcChannel[a]?.id, result.flow[a]!);
    if (value <= 0 || maxPaths === 0) continue;
    for (const p of decomposeFlow(s.graph, result.flow, s.sources, s.sinks)) {
      const nodes: string[] = [];
      for (const v of p.nodes) {
        const id = np.nodeIds[v]!;
        if (nodes[nodes.length - 1] !== id) nodes.push(id);
      }
      const channels = p.arcs.map((a) => np.arcChannel[a]?.id).filter((c): c is string => !!c);
      paths.push({ nodes, channels, amount: p.amount * s.weight });
    }
  }
  paths.sort((a, b) => b.amount - a.amount);
  return { residual, paths: paths.slice(0, maxPaths), missingActions, channelFlow, problem: np, kept };
}

/**
 * The residual of `flow`'s network under its plan with some arcs' capacities
 * scaled (arc index → factor; 0 removes the arc): one max flow per pair, no
 * new planning problem.
 */
export function residualScaled(flow: PlanFlow, scale: ReadonlyMap<number, number>): number {
  let residual = 0;
  for (const s of flow.problem.problem.scenarios) {
    if (s.weight === 0) continue;
    const caps = scenarioCapacities(s, flow.kept);
    for (const [a, f] of scale) caps[a] = f === 0 ? 0 : caps[a]! * f;
    const r = maxFlow(withCapacities(s.graph, caps), s.sources, s.sinks);
    residual += s.weight * (r.status === 'unbounded' ? Infinity : r.value);
  }
  return residual;
}

function pathIds(np: NetworkProblem, arcs: number[]): { nodes: string[]; channels: string[] } {
  const g = np.problem.scenarios[0]!.graph;
  const nodes: string[] = [];
  for (const a of arcs) {
    for (const v of [g.tails[a]!, g.heads[a]!]) {
      const id = np.nodeIds[v]!;
      if (nodes[nodes.length - 1] !== id) nodes.push(id);
    }
  }
  return { nodes, channels: arcs.map((a) => np.arcChannel[a]?.id).filter((c): c is string => !!c) };
}

/** Pairs restricted to nodes that exist (a reverted node may have been a terminal). */
export function pairsIn(network: Network, pairs: NetworkWatch['pairs']): NetworkWatch['pairs'] {
  if (!pairs?.length) return pairs;
  const ids = new Set(network.nodes.map((n) => n.id));
  return pairs.map((p) => ({
    ...p,
    from: p.from.filter((x) => ids.has(x)),
    to: p.to.filter((x) => ids.has(x)),
  }));
}

/** Channels and actors the plan acts on (a jurisdiction action acts on its channels). */
export function planTargets(
  network: Network,
  plan: readonly string[],
): { channels: Set<string>; nodes: Set<string> } {
  const ids = new Set(plan);
  const channels = new Set<string>();
  const nodes = new Set<string>();
  for (const a of network.actions) {
    if (!ids.has(a.id)) continue;
    if (a.target.type === 'channel') channels.add(a.target.id);
    else if (a.target.type === 'node') nodes.add(a.target.id);
    else for (const c of network.channels) if (c.jurisdiction === a.target.id) channels.add(c.id);
  }
  for (const c of network.channels) if (ids.has(`cut-${c.id}`)) channels.add(c.id);
  return { channels, nodes };
}
