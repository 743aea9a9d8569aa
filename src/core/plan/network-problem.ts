// Turns a Network and its actions into an InterdictionProblem: actors an action
// removes get an in→out arc to cut; channel, actor and jurisdiction actions map
// to arcs by the one rule of model/measures.ts.

import { graphFromArrays } from '../graph/compact-graph.js';
import { flowTerminals } from '../graph/terminals.js';
import { channelAt, channelId, columnsOf, type ChannelColumns } from '../model/channel-columns.js';
import { InputError, UsageError } from '../model/errors.js';
import { lazyList } from '../model/lazy-list.js';
import {
  actionFraction,
  actionsOnChannel,
  channelCutId,
  checkAction,
  indexActions,
  networkActions,
  networkIds,
} from '../model/measures.js';
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
      'give a budget ≥ 0: the total cost the measures may have',
    );
  }
  const columns = columnsOf(network);
  if (columns && network.actions.length === 0 && !options.extraChannels?.length)
    return columnarProblem(network, columns, options);
  const actions = networkActions(network);
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
  const extra = new Set(options.extraChannels ?? []);
  const problemActions = actionEffects(network, actions, arcChannel, arcActor, extra);
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

/**
 * The arcs each action cuts, by the rule of model/measures.ts: one pass over
 * the arcs with actions indexed by target, so set-up is linear in the network's size.
 */
function actionEffects(
  network: Network,
  actions: readonly Action[],
  arcChannel: readonly (Channel | undefined)[],
  arcActor: readonly (string | undefined)[],
  extra: ReadonlySet<Channel>,
): ProblemAction[] {
  // The `cut-<channel>` actions are made from the channels themselves: only the listed ones need checking.
  if (network.actions.length) {
    const ids = networkIds(network);
    network.actions.forEach((a, i) => checkAction(ids, a, i));
  }
  const index = indexActions(actions);
  // Two passes over the arcs (count, then fill) into one buffer that every action views.
  const on = (a: number): readonly number[] => {
    const c = arcChannel[a];
    if (c) return actionsOnChannel(index, actions, c, { own: !extra.has(c), nodeRemovals: false });
    // An actor's in→out arc: cut by the actions that remove the actor.
    return (index.node.get(arcActor[a]!) ?? []).filter((k) => actions[k]!.effect.type === 'remove');
  };
  const start = new Int32Array(actions.length + 1);
  for (let a = 0; a < arcChannel.length; a++) for (const k of on(a)) start[k + 1]!++;
  for (let k = 0; k < actions.length; k++) start[k + 1]! += start[k]!;
  const arcs = new Int32Array(start[actions.length]!);
  const fractions = new Float64Array(arcs.length);
  const fill = start.slice(0, actions.length);
  const fractionOf = actions.map(actionFraction);
  for (let a = 0; a < arcChannel.length; a++) {
    for (const k of on(a)) {
      const p = fill[k]!++;
      arcs[p] = a;
      fractions[p] = fractionOf[k]!;
    }
  }
  return actions.map((action, k) => ({
    id: action.id,
    cost: action.cost,
    arcs: arcs.subarray(start[k]!, start[k + 1]!),
    fractions: fractions.subarray(start[k]!, start[k + 1]!),
  }));
}

/**
 * The problem of a network whose channels are still columns (a CSV edge list, a DIMACS file)
 * and whose only actions are the channels' own cuts: the same problem as the general path
 * builds, read straight off the columns. No channel or action object is made: `actions` and
 * `arcChannel` are made on first read (then kept), and `networkAction` and `arcChannelId` read
 * single ones without making the rest. Columnar channels carry no dates, so all are in force.
 */
function columnarProblem(
  network: Network,
  columns: ChannelColumns,
  options: NetworkProblemOptions,
): NetworkProblem {
  const nodeIds = network.nodes.map((n) => n.id);
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  const m = columns.count;
  const graph = graphFromArrays(nodeIds.length, columns.tails, columns.heads, columns.capacities);
  const pairs = resolvePairs(network, options);
  const scenarios = pairs.map((p) => ({
    graph,
    sources: p.from.map((id) => index.get(id)!),
    sinks: p.to.map((id) => index.get(id)!),
    weight: p.weight,
  }));
  // One cut action per channel with a finite cost, in channel order (as networkActions lists them).
  const costs = columns.costs;
  const cutChannel: number[] = [];
  for (let k = 0; k < m; k++) if (Number.isFinite(costs[k]!)) cutChannel.push(k);
  const arcs = Int32Array.from(cutChannel);
  // Every cut removes its one arc: the actions share one fractions array (nothing writes to them).
  const removes = Float64Array.of(1);
  const problemActions: ProblemAction[] = cutChannel.map((k, j) => ({
    id: channelCutId(channelId(columns, k)),
    cost: costs[k]!,
    arcs: arcs.subarray(j, j + 1),
    fractions: removes,
  }));
  const np = {
    problem: { scenarios, actions: problemActions, budget: options.budget },
    network,
    pairs,
    arcActor: new Array<string | undefined>(m).fill(undefined),
    nodeIds,
  } as NetworkProblem;
  const keep = () => undefined;
  lazyList<Action>(np, 'actions', () => networkActions(network), keep);
  lazyList<Channel>(np, 'arcChannel', () => network.channels.slice(), keep);
  lazyParts.set(np, { columns, cutChannel });
  return np;
}

/** What `networkAction` and `arcChannelId` read while a columnar problem's objects are not made. */
const lazyParts = new WeakMap<NetworkProblem, { columns: ChannelColumns; cutChannel: readonly number[] }>();

/** The parts to read straight off the columns, or undefined when the objects are to be read. */
function columnsToRead(np: NetworkProblem) {
  const lazy = lazyParts.get(np);
  // Making the actions or the channels makes the network's channel objects, which are the truth
  // from then on (they may be changed): the columns retire.
  return lazy && columnsOf(np.network) === lazy.columns ? lazy : undefined;
}

/** The network action behind problem action `k` (`np.actions[k]`, without making every action). */
export function networkAction(np: NetworkProblem, k: number): Action {
  const lazy = columnsToRead(np);
  if (!lazy) return np.actions[k]!;
  const id = channelId(lazy.columns, lazy.cutChannel[k]!);
  return {
    id: channelCutId(id),
    kind: 'inspect',
    target: { type: 'channel', id },
    cost: lazy.columns.costs[lazy.cutChannel[k]!]!,
    effect: { type: 'remove' },
  };
}

/** The channel behind arc `a` (`np.arcChannel[a]`, without making every channel). */
export function arcChannelOf(np: NetworkProblem, a: number): Channel | undefined {
  const lazy = columnsToRead(np);
  return lazy ? channelAt(np.network, lazy.columns, a) : np.arcChannel[a];
}

/** The id of the channel behind arc `a` (undefined for an actor's in→out arc). */
export function arcChannelId(np: NetworkProblem, a: number): string | undefined {
  const lazy = columnsToRead(np);
  return lazy ? channelId(lazy.columns, a) : np.arcChannel[a]?.id;
}

/** The ids of the channels behind `arcs`, in order, skipping actors' in→out arcs. */
export function arcChannelIds(np: NetworkProblem, arcs: readonly number[]): string[] {
  const lazy = columnsToRead(np);
  const out: string[] = [];
  if (lazy) {
    for (let i = 0; i < arcs.length; i++) out.push(channelId(lazy.columns, arcs[i]!));
    return out;
  }
  const channels = np.arcChannel;
  for (let i = 0; i < arcs.length; i++) {
    const c = channels[arcs[i]!];
    if (c) out.push(c.id);
  }
  return out;
}
