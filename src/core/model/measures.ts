// The one rule for measures: which channels an action acts on, and how several
// actions on one channel combine (each keeps a share of what the others leave).
//
// - A channel action acts on that channel; a jurisdiction action on every
//   channel whose `jurisdiction` is that id; an actor action on every channel
//   from or to the actor (removing an actor stops every channel it touches).
// - An action that removes keeps nothing (share 0); one that reduces by f keeps 1 − f.
// - Independent reductions multiply: the capacity left is capacity × Π(1 − fᵢ),
//   whatever the order. Two 50 % measures leave 25 %, never less than nothing.
// - A channel with a finite `cost` can be cut on its own: it gets an implicit
//   `cut-<channel id>` action (kind inspect, remove) next to the network's actions.

import { InputError, UsageError } from './errors.js';
import type { Action, Channel, Network } from './network.js';

/** Share of a channel's capacity the action removes: 1 for remove. */
export function actionFraction(action: Action): number {
  return action.effect.type === 'remove' ? 1 : action.effect.fraction;
}

/** Share of capacity an action removing `fraction` of it keeps: 0 for a removal. */
export function keepOf(fraction: number): number {
  return fraction >= 1 - 1e-12 ? 0 : 1 - fraction;
}

/** Share of capacity a channel keeps once actions removing `fractions` of it act on it. */
export function keptShare(fractions: Iterable<number>): number {
  let kept = 1;
  for (const f of fractions) kept *= keepOf(f);
  return kept;
}

/** Capacity of a channel of capacity `capacity` keeping `kept` of it (unlimited stays unlimited unless removed). */
export function capacityAfter(capacity: number, kept: number): number {
  if (kept <= 1e-12) return 0;
  if (kept >= 1 || capacity === Infinity) return capacity;
  return capacity * kept;
}

/** The id of the implicit action that cuts a channel with a finite cost. */
export function channelCutId(channelId: string): string {
  return `cut-${channelId}`;
}

/** The network's actions plus one `cut-<id>` action per channel with a finite cut cost. */
export function networkActions(network: Network): Action[] {
  const fromCosts: Action[] = [];
  for (const c of network.channels) {
    if (typeof c.cost === 'number' && Number.isFinite(c.cost)) {
      fromCosts.push({
        id: channelCutId(c.id),
        kind: 'inspect',
        target: { type: 'channel', id: c.id },
        cost: c.cost,
        effect: { type: 'remove' },
      });
    }
  }
  return fromCosts.length ? [...network.actions, ...fromCosts] : network.actions;
}

/** Actions by what they target, so matching them to channels is one look-up per channel. */
export interface ActionIndex {
  channel: Map<string, number[]>;
  node: Map<string, number[]>;
  jurisdiction: Map<string, number[]>;
}

/** Indexes actions (by position in `actions`) by target. */
export function indexActions(actions: readonly Action[]): ActionIndex {
  const index: ActionIndex = { channel: new Map(), node: new Map(), jurisdiction: new Map() };
  actions.forEach((a, k) => {
    const map = index[a.target.type];
    const list = map.get(a.target.id);
    if (list) list.push(k);
    else map.set(a.target.id, [k]);
  });
  return index;
}

export interface ActionsOnChannelOptions {
  /** False for a channel the adversary opens (a rebuild): no channel action targets it. */
  own: boolean;
  /** False when actor removals are modelled apart (the planner cuts an actor's own arc). */
  nodeRemovals: boolean;
}

const NONE: readonly number[] = [];

/**
 * Positions (in the indexed list) of the actions acting on `channel`, each
 * once, in ascending order. The result may be shared with the index: do not change it.
 */
export function actionsOnChannel(
  index: ActionIndex,
  actions: readonly Action[],
  channel: Channel,
  options: ActionsOnChannelOptions,
): readonly number[] {
  const own = options.own ? index.channel.get(channel.id) : undefined;
  const jur = channel.jurisdiction !== undefined ? index.jurisdiction.get(channel.jurisdiction) : undefined;
  const from = index.node.size ? index.node.get(channel.from) : undefined;
  const to = index.node.size && channel.to !== channel.from ? index.node.get(channel.to) : undefined;
  // The common case: only the channel's own actions (or none) act on it.
  if (!jur && !from && !to) return own ?? NONE;
  const out: number[] = [];
  const add = (list: readonly number[] | undefined, skipRemovals: boolean): void => {
    if (!list) return;
    for (const k of list) if (!skipRemovals || actions[k]!.effect.type !== 'remove') out.push(k);
  };
  add(own, false);
  add(jur, false);
  add(from, !options.nodeRemovals);
  add(to, !options.nodeRemovals);
  if (out.length < 2) return out;
  out.sort((x, y) => x - y);
  let w = 1;
  for (let r = 1; r < out.length; r++) if (out[r] !== out[w - 1]) out[w++] = out[r]!;
  out.length = w;
  return out;
}

/** Everything an action may name, for checking actions in one pass. */
export interface NetworkIds {
  nodes: ReadonlySet<string>;
  channels: ReadonlySet<string>;
  jurisdictions: ReadonlySet<string>;
}

export function networkIds(network: Network): NetworkIds {
  const jurisdictions = new Set(network.jurisdictions.map((j) => j.id));
  for (const c of network.channels) if (c.jurisdiction !== undefined) jurisdictions.add(c.jurisdiction);
  return {
    nodes: new Set(network.nodes.map((n) => n.id)),
    channels: new Set(network.channels.map((c) => c.id)),
    jurisdictions,
  };
}

/** Throws when an action's cost, effect or target cannot be used. `i` is its position, for the path. */
export function checkAction(ids: NetworkIds, action: Action, i: number): void {
  if (!(action.cost >= 0) || action.cost === Infinity) {
    throw new InputError(
      'E_VALUE',
      `action "${action.id}" has cost ${action.cost}`,
      { path: `actions[${i}].cost` },
      'give a finite cost ≥ 0',
    );
  }
  const fraction = actionFraction(action);
  if (!(fraction > 0 && fraction <= 1)) {
    throw new InputError(
      'E_VALUE',
      `action "${action.id}" reduces by ${fraction}`,
      { path: `actions[${i}].effect` },
      'use remove, or reduce with a fraction in (0, 1]',
    );
  }
  const t = action.target;
  const known = (t.type === 'node' ? ids.nodes : t.type === 'channel' ? ids.channels : ids.jurisdictions).has(
    t.id,
  );
  if (!known) {
    throw new InputError(
      'E_REFERENCE',
      `action "${action.id}" targets unknown ${t.type} "${t.id}"`,
      { path: `actions[${i}].target` },
      `define the ${t.type} or fix the target`,
    );
  }
}

/** A set of measures applied to a network, for a what-if. */
export interface AppliedMeasures {
  actions: Action[];
  cost: number;
  /** Actors an action removes (their channels carry nothing). */
  removedNodes: Set<string>;
  /** Capacity of a channel of the network under the measures. */
  capacity: (channel: Channel) => number;
}

/** Resolves action ids (the network's actions and `cut-<channel>`) and applies them by the one rule. */
export function applyMeasures(network: Network, ids: readonly string[]): AppliedMeasures {
  // No measure: nothing to resolve (and no need to list every channel's cut action on a large network).
  if (ids.length === 0) {
    return { actions: [], cost: 0, removedNodes: new Set(), capacity: (channel) => channel.capacity };
  }
  const all = networkActions(network);
  const byId = new Map(all.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const actions: Action[] = [];
  for (const id of ids) {
    const a = byId.get(id);
    if (!a) {
      const names = all.map((x) => x.id);
      const shown = names.slice(0, 12).join(', ') + (names.length > 12 ? `, … (${names.length} in all)` : '');
      throw new UsageError(
        `network "${network.id}" has no action "${id}"`,
        `pick from: ${shown || '(none defined)'}`,
      );
    }
    if (seen.has(id)) continue;
    seen.add(id);
    actions.push(a);
  }
  return measuresFor(network, actions);
}

/** Applies given actions (checked against the network) by the one rule. */
export function measuresFor(network: Network, actions: readonly Action[]): AppliedMeasures {
  const ids = networkIds(network);
  actions.forEach((a, i) => checkAction(ids, a, i));
  const index = indexActions(actions);
  const removedNodes = new Set(
    actions.filter((a) => a.target.type === 'node' && a.effect.type === 'remove').map((a) => a.target.id),
  );
  const capacity = (channel: Channel): number => {
    const on = actionsOnChannel(index, actions, channel, { own: true, nodeRemovals: true });
    if (on.length === 0) return channel.capacity;
    return capacityAfter(channel.capacity, keptShare(on.map((k) => actionFraction(actions[k]!))));
  };
  return {
    actions: [...actions],
    cost: actions.reduce((acc, a) => acc + a.cost, 0),
    removedNodes,
    capacity,
  };
}

/** Cost of taking each actor out: its cheapest removing action (actors without one are absent). */
export function actorRemovalCosts(actions: readonly Action[]): Map<string, number> {
  const cost = new Map<string, number>();
  for (const a of actions) {
    if (a.target.type !== 'node' || a.effect.type !== 'remove') continue;
    cost.set(a.target.id, Math.min(cost.get(a.target.id) ?? Infinity, a.cost));
  }
  return cost;
}
