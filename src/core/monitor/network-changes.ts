// What changed between two snapshots of a network, and each change's own
// contribution to the residual (the residual with and without it).

import type { Channel, Network, NetworkNode } from '../model/network.js';
import { flowUnderPlan, pairsIn, residualScaled, type PlanFlow } from './network-flow.js';
import type { Contribution, NetworkWatch } from './types.js';

/** What changed between two snapshots of a network. */
export interface NetworkChanges {
  addedChannels: Channel[];
  removedChannels: Channel[];
  capacityChanged: { before: Channel; after: Channel }[];
  sourcesLost: { before: Channel; after: Channel }[];
  addedNodes: NetworkNode[];
  removedNodes: NetworkNode[];
}

export function networkChanges(previous: Network, current: Network): NetworkChanges {
  const before = new Map(previous.channels.map((c) => [c.id, c]));
  const after = new Map(current.channels.map((c) => [c.id, c]));
  const prevNodes = new Set(previous.nodes.map((n) => n.id));
  const currNodes = new Set(current.nodes.map((n) => n.id));
  const changes: NetworkChanges = {
    addedChannels: current.channels.filter((c) => !before.has(c.id)),
    removedChannels: previous.channels.filter((c) => !after.has(c.id)),
    capacityChanged: [],
    sourcesLost: [],
    addedNodes: current.nodes.filter((n) => !prevNodes.has(n.id)),
    removedNodes: previous.nodes.filter((n) => !currNodes.has(n.id)),
  };
  for (const c of current.channels) {
    const b = before.get(c.id);
    if (!b) continue;
    if (b.capacity !== c.capacity) changes.capacityChanged.push({ before: b, after: c });
    if ((b.sources?.length ?? 0) > 0 && (c.sources?.length ?? 0) === 0)
      changes.sourcesLost.push({ before: b, after: c });
  }
  return changes;
}

/** The current network with one change put back as it was in the previous snapshot. */
function revert(current: Network, change: Contribution, previous: Network): Network {
  const { element } = change;
  if (element.type === 'node') {
    return {
      ...current,
      nodes: current.nodes.filter((n) => n.id !== element.id),
      channels: current.channels.filter((c) => c.from !== element.id && c.to !== element.id),
    };
  }
  const old = previous.channels.find((c) => c.id === element.id);
  if (change.change === 'added')
    return { ...current, channels: current.channels.filter((c) => c.id !== element.id) };
  if (change.change === 'removed' && old) return { ...current, channels: [...current.channels, old] };
  if (change.change === 'capacity' && old)
    return {
      ...current,
      channels: current.channels.map((c) => (c.id === element.id ? { ...c, capacity: old.capacity } : c)),
    };
  return current;
}

/**
 * True when putting the element back as it was cannot change the residual:
 * the current maximum flow stays feasible after the reversal (an added
 * channel or actor it does not use, a capacity rise it does not use), and a
 * reversal only removes capacity, so the maximum stays where it is.
 */
function provablyNeutral(
  t: Omit<Contribution, 'residualWith' | 'residualWithout'>,
  flow: PlanFlow,
  current: Network,
  changes: NetworkChanges,
): boolean {
  const used = (id: string) => (flow.channelFlow.get(id) ?? 0) > 1e-12;
  if (t.element.type === 'node')
    return !current.channels.some((c) => (c.from === t.element.id || c.to === t.element.id) && used(c.id));
  if (t.change === 'added') return !used(t.element.id);
  if (t.change === 'capacity') {
    const c = changes.capacityChanged.find((x) => x.after.id === t.element.id)!;
    return (
      c.after.capacity > c.before.capacity &&
      (flow.channelFlow.get(c.after.id) ?? 0) <= c.before.capacity + 1e-12
    );
  }
  return false;
}

/** Arcs of each channel in a flow's problem. */
function channelArcs(flow: PlanFlow): Map<string, number[]> {
  const byChannel = new Map<string, number[]>();
  flow.problem.arcChannel.forEach((c, a) => {
    if (!c) return;
    const list = byChannel.get(c.id);
    if (list) list.push(a);
    else byChannel.set(c.id, [a]);
  });
  return byChannel;
}

/**
 * A change put back as capacity factors on the current problem's arcs, when
 * it can be: an added channel or actor (not a pair's terminal) removed, a
 * capacity change scaled back (both capacities finite and above 0).
 * Undefined: the network has to be rebuilt.
 */
function revertAsScale(
  t: Omit<Contribution, 'residualWith' | 'residualWithout'>,
  flow: PlanFlow,
  arcs: () => Map<string, number[]>,
  current: Network,
  changes: NetworkChanges,
): Map<number, number> | undefined {
  const arcsOf = (flow: PlanFlow, id: string) => arcs().get(id) ?? [];
  const scale = new Map<number, number>();
  const { element } = t;
  if (element.type === 'node') {
    if (t.change !== 'added') return undefined;
    const np = flow.problem;
    for (const s of np.problem.scenarios)
      for (const v of [...s.sources, ...s.sinks]) if (np.nodeIds[v] === element.id) return undefined;
    for (const c of current.channels)
      if (c.from === element.id || c.to === element.id) for (const a of arcsOf(flow, c.id)) scale.set(a, 0);
    return scale;
  }
  if (t.change === 'added') {
    for (const a of arcsOf(flow, element.id)) scale.set(a, 0);
    return scale;
  }
  if (t.change === 'capacity') {
    const c = changes.capacityChanged.find((x) => x.after.id === element.id);
    if (!c) return undefined;
    const [was, now] = [c.before.capacity, c.after.capacity];
    if (!(was > 0 && now > 0 && Number.isFinite(was) && Number.isFinite(now))) return undefined;
    for (const a of arcsOf(flow, element.id)) scale.set(a, was / now);
    return scale;
  }
  return undefined;
}

export function contributions(
  watch: NetworkWatch,
  previous: Network,
  current: Network,
  changes: NetworkChanges,
  after: PlanFlow,
  limit: number,
): Contribution[] {
  const residualWith = after.residual;
  const todo: Omit<Contribution, 'residualWith' | 'residualWithout'>[] = [
    ...changes.addedChannels.map((c) => ({
      element: { type: 'channel' as const, id: c.id },
      change: 'added' as const,
    })),
    ...changes.capacityChanged.map((c) => ({
      element: { type: 'channel' as const, id: c.after.id },
      change: 'capacity' as const,
    })),
    ...changes.removedChannels.map((c) => ({
      element: { type: 'channel' as const, id: c.id },
      change: 'removed' as const,
    })),
    ...changes.addedNodes.map((n) => ({
      element: { type: 'node' as const, id: n.id },
      change: 'added' as const,
    })),
  ].slice(0, limit);
  const out: Contribution[] = [];
  let byChannel: Map<string, number[]> | undefined;
  const arcs = () => (byChannel ??= channelArcs(after));
  for (const t of todo) {
    const c: Contribution = { ...t, residualWith, residualWithout: residualWith };
    if (provablyNeutral(t, after, current, changes)) {
      out.push(c);
      continue;
    }
    const scale = revertAsScale(t, after, arcs, current, changes);
    if (scale) {
      c.residualWithout = residualScaled(after, scale);
      out.push(c);
      continue;
    }
    const reverted = revert(current, c, previous);
    try {
      c.residualWithout = flowUnderPlan(reverted, watch.plan, pairsIn(reverted, watch.pairs), 0).residual;
    } catch {
      // A pair whose terminal was the reverted node: the element is the whole path.
      c.residualWithout = 0;
    }
    out.push(c);
  }
  out.sort((a, b) => b.residualWith - b.residualWithout - (a.residualWith - a.residualWithout));
  return out;
}
