// Turns a Network and its actions into an InterdictionProblem: actors with a
// designation get an in→out arc to cut; channel, actor and jurisdiction actions map to arcs.

import { graphFromArrays } from '../graph/compact-graph.js';
import { flowTerminals } from '../graph/terminals.js';
import { InputError, UsageError } from '../model/errors.js';
import { channelActiveOn, type Action, type Channel, type Network } from '../model/network.js';
import type { InterdictionProblem, ProblemAction } from './problem.js';

/** Sponsors → recipients to cut, with the weight of their residual flow in the objective. */
export interface FlowPair {
  from: string[];
  to: string[];
  weight: number;
}

export interface NetworkProblemOptions {
  budget: number;
  /** Sources of the single pair (default: every sponsor). Ignored when `pairs` is given. */
  from?: readonly string[];
  /** Sinks of the single pair (default: every recipient). */
  to?: readonly string[];
  /** Several pairs at once; the objective is the weighted sum of their flows. */
  pairs?: readonly { from: readonly string[]; to: readonly string[]; weight?: number }[];
  /** Keep only channels in force on this date. */
  asOf?: string;
  /** Channels added to the network (an adversary's rebuild); they get no cut action of their own. */
  extraChannels?: readonly Channel[];
}

export const NETWORK_PROBLEM_DEFAULTS: Omit<NetworkProblemOptions, 'budget'> = {};

export interface NetworkProblem {
  problem: InterdictionProblem;
  network: Network;
  pairs: FlowPair[];
  /** The network action behind each problem action (channel costs become `inspect` actions). */
  actions: Action[];
  /** Channel behind each arc; undefined for an actor's in→out arc. */
  arcChannel: (Channel | undefined)[];
  /** Actor of each in→out arc. */
  arcActor: (string | undefined)[];
  /** Node id of each graph node (an actor's out-node carries the actor's id). */
  nodeIds: string[];
}

export function networkProblem(network: Network, options: NetworkProblemOptions): NetworkProblem {
  if (!(options.budget >= 0)) {
    throw new UsageError(
      `plan: budget ${options.budget} is not a number ≥ 0`,
      'pass --budget 5 (the total cost you can spend)',
    );
  }
  const actions = collectActions(network);
  const nodeIds = network.nodes.map((n) => n.id);
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  const split = new Map<string, number>();
  for (const a of actions) {
    if (
      a.target.type === 'node' &&
      a.effect.type === 'remove' &&
      index.has(a.target.id) &&
      !split.has(a.target.id)
    ) {
      split.set(a.target.id, nodeIds.length);
      nodeIds.push(a.target.id);
    }
  }
  const outOf = (id: string) => split.get(id) ?? index.get(id)!;
  const tails: number[] = [];
  const heads: number[] = [];
  const caps: number[] = [];
  const arcChannel: (Channel | undefined)[] = [];
  const arcActor: (string | undefined)[] = [];
  const channels = [...network.channels, ...(options.extraChannels ?? [])];
  channels.forEach((c, i) => {
    if (!index.has(c.from) || !index.has(c.to)) {
      const missing = index.has(c.from) ? c.to : c.from;
      throw new InputError(
        'E_REFERENCE',
        `channel "${c.id}" names unknown node "${missing}"`,
        { path: `channels[${i}]` },
        `add node "${missing}" or fix the channel`,
      );
    }
    if (!channelActiveOn(c, options.asOf)) return;
    tails.push(outOf(c.from));
    heads.push(index.get(c.to)!);
    caps.push(c.capacity);
    arcChannel.push(c);
    arcActor.push(undefined);
  });
  for (const [id, out] of split) {
    tails.push(index.get(id)!);
    heads.push(out);
    caps.push(Infinity);
    arcChannel.push(undefined);
    arcActor.push(id);
  }
  const graph = graphFromArrays(nodeIds.length, tails, heads, caps);
  const pairs = resolvePairs(network, options);
  const scenarios = pairs.map((p) => ({
    graph,
    sources: p.from.map((id) => index.get(id)!),
    sinks: p.to.map(outOf),
    weight: p.weight,
  }));
  const problemActions = actions.map((a, i) => actionEffects(network, a, i, arcChannel, arcActor));
  return {
    problem: { scenarios, actions: problemActions, budget: options.budget },
    network,
    pairs,
    actions,
    arcChannel,
    arcActor,
    nodeIds,
  };
}

/** The network's actions plus one `inspect` action per channel with a finite cut cost. */
function collectActions(network: Network): Action[] {
  const fromCosts: Action[] = network.channels
    .filter((c) => typeof c.cost === 'number' && Number.isFinite(c.cost))
    .map((c) => ({
      id: `cut-${c.id}`,
      kind: 'inspect',
      target: { type: 'channel', id: c.id },
      cost: c.cost as number,
      effect: { type: 'remove' },
    }));
  return [...network.actions, ...fromCosts];
}

function resolvePairs(network: Network, options: NetworkProblemOptions): FlowPair[] {
  const ids = new Set(network.nodes.map((n) => n.id));
  const raw = options.pairs?.length
    ? options.pairs
    : [{ ...flowTerminals(network, options.from, options.to), weight: 1 }];
  return raw.map((p, i) => {
    for (const id of [...p.from, ...p.to]) {
      if (!ids.has(id))
        throw new UsageError(
          `plan: pair ${i + 1} names unknown node "${id}"`,
          `use node ids of network "${network.id}"`,
        );
    }
    if (!p.from.length || !p.to.length)
      throw new UsageError(`plan: pair ${i + 1} needs sources and sinks`, 'give from and to ids');
    const weight = p.weight ?? 1;
    if (!(weight >= 0))
      throw new UsageError(`plan: pair ${i + 1} has weight ${weight}`, 'weights must be ≥ 0');
    return { from: [...p.from], to: [...p.to], weight };
  });
}

function actionEffects(
  network: Network,
  action: Action,
  i: number,
  arcChannel: (Channel | undefined)[],
  arcActor: (string | undefined)[],
): ProblemAction {
  if (!(action.cost >= 0) || action.cost === Infinity) {
    throw new InputError(
      'E_VALUE',
      `action "${action.id}" has cost ${action.cost}`,
      { path: `actions[${i}].cost` },
      'give a finite cost ≥ 0',
    );
  }
  const fraction = action.effect.type === 'remove' ? 1 : action.effect.fraction;
  if (!(fraction > 0 && fraction <= 1)) {
    throw new InputError(
      'E_VALUE',
      `action "${action.id}" reduces by ${fraction}`,
      { path: `actions[${i}].effect` },
      'use remove, or reduce with a fraction in (0, 1]',
    );
  }
  const t = action.target;
  const known =
    t.type === 'node'
      ? network.nodes.some((n) => n.id === t.id)
      : t.type === 'channel'
        ? network.channels.some((c) => c.id === t.id)
        : network.jurisdictions.some((j) => j.id === t.id) ||
          network.channels.some((c) => c.jurisdiction === t.id);
  if (!known) {
    throw new InputError(
      'E_REFERENCE',
      `action "${action.id}" targets unknown ${t.type} "${t.id}"`,
      { path: `actions[${i}].target` },
      `define the ${t.type} or fix the target`,
    );
  }
  const arcs: number[] = [];
  arcChannel.forEach((c, a) => {
    const hit =
      t.type === 'node'
        ? c
          ? fraction < 1 && (c.from === t.id || c.to === t.id)
          : arcActor[a] === t.id
        : t.type === 'channel'
          ? c?.id === t.id && !isExtra(network, c)
          : c?.jurisdiction === t.id;
    if (hit) arcs.push(a);
  });
  return {
    id: action.id,
    cost: action.cost,
    arcs: Int32Array.from(arcs),
    fractions: new Float64Array(arcs.length).fill(fraction),
  };
}

function isExtra(network: Network, c: Channel): boolean {
  return !network.channels.includes(c);
}
