// The adversary's answer (attacker–defender): which candidate channels it opens,
// within its rebuild budget, to restore the most flow against a plan. Exact, by pruned enumeration.

import { withCapacities } from '../graph/compact-graph.js';
import { InputError, UsageError } from '../model/errors.js';
import type { Channel, Network } from '../model/network.js';
import { residualFlow } from './evaluate-plan.js';
import { networkProblem, type NetworkProblem, type NetworkProblemOptions } from './network-problem.js';
import type { InterdictionProblem } from './problem.js';

export interface RebuildOptions extends Omit<NetworkProblemOptions, 'budget' | 'extraChannels'> {
  /** What the adversary can spend on opening candidates. */
  rebuildBudget: number;
  /** Channels it could open (cost = cost to open); default: the network's own candidates. */
  candidates?: readonly Channel[];
}

export interface RebuildResult {
  /** Candidates opened, in the order given. */
  opened: { id: string; from: string; to: string; capacity: number; cost: number }[];
  cost: number;
  /** Residual flow under the plan before and after the rebuild. */
  residualBefore: number;
  residualAfter: number;
  /** Plans (subsets) scored. */
  evaluated: number;
}

/** The network with every candidate as a channel, and the arc of each candidate. */
export interface RebuildSetting {
  np: NetworkProblem;
  candidates: Channel[];
  candidateArcs: number[];
}

export function rebuildSetting(
  network: Network,
  options: Omit<RebuildOptions, 'rebuildBudget'>,
  budget = 0,
): RebuildSetting {
  const candidates = [...(options.candidates ?? network.candidates ?? [])];
  candidates.forEach((c, i) => {
    if (typeof c.cost !== 'number' || !(c.cost >= 0)) {
      throw new InputError(
        'E_VALUE',
        `candidate "${c.id}" has no cost to open`,
        { path: `candidates[${i}].cost` },
        'give each candidate a cost ≥ 0',
      );
    }
  });
  const np = networkProblem(network, { ...options, budget, extraChannels: candidates });
  const arcOf = new Map<Channel, number>();
  np.arcChannel.forEach((c, a) => {
    if (c) arcOf.set(c, a);
  });
  const candidateArcs = candidates.map((c) => arcOf.get(c) ?? -1);
  return { np, candidates, candidateArcs };
}

/** The problem with only the opened candidates present. */
export function withOpened(setting: RebuildSetting, opened: readonly number[]): InterdictionProblem {
  const closed = new Set(setting.candidateArcs.filter((_a, i) => !opened.includes(i)));
  const base = setting.np.problem;
  return {
    ...base,
    scenarios: base.scenarios.map((sc) => ({
      ...sc,
      graph: withCapacities(
        sc.graph,
        sc.graph.caps.map((u, a) => (closed.has(a) ? 0 : u)),
      ),
    })),
  };
}

export function planIndices(setting: RebuildSetting, actionIds: readonly string[]): number[] {
  const byId = new Map(setting.np.actions.map((a, k) => [a.id, k]));
  return actionIds.map((id) => {
    const k = byId.get(id);
    if (k === undefined) {
      const ids = setting.np.actions.map((a) => a.id);
      throw new UsageError(
        `plan names unknown action "${id}"`,
        `use action ids of network "${setting.np.network.id}": ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''}`,
      );
    }
    return k;
  });
}

/** Best response to a plan: the affordable set of candidates that maximises the residual flow. */
export function bestResponse(
  setting: RebuildSetting,
  plan: readonly number[],
  rebuildBudget: number,
): { opened: number[]; value: number; evaluated: number } {
  const costs = setting.candidates.map((c) => c.cost as number);
  let evaluated = 0;
  const score = (opened: number[]) => {
    evaluated++;
    return residualFlow(withOpened(setting, opened), plan);
  };
  let best = { opened: [] as number[], value: score([]) };
  const rec = (k: number, opened: number[], left: number): void => {
    if (k === costs.length) return;
    // Opening every remaining affordable candidate bounds what this branch can reach.
    const rest = [...opened];
    for (let j = k; j < costs.length; j++) if (costs[j]! <= left + 1e-9) rest.push(j);
    if (rest.length === opened.length || score(rest) <= best.value + 1e-9) return;
    if (costs[k]! <= left + 1e-9) {
      const next = [...opened, k];
      const v = score(next);
      if (v > best.value + 1e-9) best = { opened: next, value: v };
      rec(k + 1, next, left - costs[k]!);
    }
    rec(k + 1, opened, left);
  };
  rec(0, [], rebuildBudget);
  return { ...best, evaluated };
}

export function bestRebuild(
  network: Network,
  planActionIds: readonly string[],
  options: RebuildOptions,
): RebuildResult {
  if (!(options.rebuildBudget >= 0)) {
    throw new UsageError(
      `rebuild: budget ${options.rebuildBudget} is not a number ≥ 0`,
      'give a rebuild budget ≥ 0, such as 3',
    );
  }
  const setting = rebuildSetting(network, options);
  const plan = planIndices(setting, planActionIds);
  const r = bestResponse(setting, plan, options.rebuildBudget);
  const opened = r.opened.map((i) => {
    const c = setting.candidates[i]!;
    return { id: c.id, from: c.from, to: c.to, capacity: c.capacity, cost: c.cost as number };
  });
  return {
    opened,
    cost: opened.reduce((s, c) => s + c.cost, 0),
    residualBefore: residualFlow(withOpened(setting, []), plan),
    residualAfter: r.value,
    evaluated: r.evaluated,
  };
}
