// Network rules between two snapshots of a watched network under its adopted
// plan: reconnection, residual breach, plan drift, restored capacity (or a
// bypass), new fronts and retracted provenance. Each event carries evidence:
// the flow paths through what changed, each change's own contribution, and
// the cheapest patch to the plan.

import { decomposeFlow } from '../graph/flow-decomposition.js';
import type { Channel, Network, NetworkNode } from '../model/network.js';
import { scenarioFlow } from '../plan/evaluate-plan.js';
import { networkProblem, type NetworkProblem } from '../plan/network-problem.js';
import { planInterdiction } from '../plan/plan-interdiction.js';
import { keptShares } from '../plan/problem.js';
import type {
  AlertEvent,
  Contribution,
  EvidencePath,
  NetworkEvidence,
  NetworkWatch,
  PlanPatch,
  SnapshotRef,
} from './types.js';
import { fnv1a } from './types.js';

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
}

export const NETWORK_RULE_DEFAULTS = { maxContributions: 50, maxPaths: 10 };

/** The residual flow of a network under a set of action ids, with its flow paths. */
export interface PlanFlow {
  residual: number;
  paths: EvidencePath[];
  /** Plan actions the network no longer defines. */
  missingActions: string[];
  /** Largest flow any one pair's maximum flow sends over each channel (Infinity on an unlimited path). */
  channelFlow: Map<string, number>;
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
  return { residual, paths: paths.slice(0, maxPaths), missingActions, channelFlow };
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

function contributions(
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
  for (const t of todo) {
    const c: Contribution = { ...t, residualWith, residualWithout: residualWith };
    if (provablyNeutral(t, after, current, changes)) {
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

/** Pairs restricted to nodes that exist (a reverted node may have been a terminal). */
function pairsIn(network: Network, pairs: NetworkWatch['pairs']): NetworkWatch['pairs'] {
  if (!pairs?.length) return pairs;
  const ids = new Set(network.nodes.map((n) => n.id));
  return pairs.map((p) => ({
    ...p,
    from: p.from.filter((x) => ids.has(x)),
    to: p.to.filter((x) => ids.has(x)),
  }));
}

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

/** The cheapest set of extra actions that brings the residual back to `target` (or the best found). */
export async function cheapestPatch(
  network: Network,
  watch: NetworkWatch,
  target: number,
  added: readonly NetworkNode[] = [],
): Promise<PlanPatch | undefined> {
  const free = withPlanFree(withNewActorDesignations(network, added), watch.plan);
  const adopted = new Set(watch.plan);
  let best: PlanPatch | undefined;
  for (let budget = 1; budget <= watch.thresholds.patchBudget; budget++) {
    const plan = await planInterdiction(free, {
      budget,
      ...(watch.pairs?.length ? { pairs: watch.pairs } : {}),
      timeLimitMs: 5_000,
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

function event(
  watch: NetworkWatch,
  snapshot: SnapshotRef,
  rule: AlertEvent['rule'],
  subject: AlertEvent['subject'],
  fields: Pick<AlertEvent, 'severity' | 'title' | 'value'> & { facts: string },
  evidence: NetworkEvidence,
): AlertEvent {
  return {
    key: `${watch.id}:${rule}:${subject.type}:${subject.id}`,
    watch: watch.id,
    rule,
    severity: fields.severity,
    title: fields.title,
    value: fields.value,
    fingerprint: fnv1a(fields.facts),
    snapshot,
    subject,
    evidence,
  };
}

function touches(path: EvidencePath, channels: Set<string>, nodes: Set<string>): boolean {
  return path.channels.some((c) => channels.has(c)) || path.nodes.some((n) => nodes.has(n));
}

const fmt = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 1000) / 1000) : '∞');

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
  const before = flowUnderPlan(
    previous.network,
    watch.plan,
    pairsIn(previous.network, watch.pairs),
    o.maxPaths,
  );
  const after = flowUnderPlan(current.network, watch.plan, pairsIn(current.network, watch.pairs), o.maxPaths);
  const changes = networkChanges(previous.network, current.network);
  const changedChannels = new Set([
    ...changes.addedChannels.map((c) => c.id),
    ...changes.capacityChanged.map((c) => c.after.id),
  ]);
  const changedNodes = new Set(changes.addedNodes.map((n) => n.id));
  const paths = after.paths.filter((p) => touches(p, changedChannels, changedNodes));
  const contrib = contributions(watch, previous.network, current.network, changes, after, o.maxContributions);
  const base = (): NetworkEvidence => ({
    residualBefore: before.residual,
    residualAfter: after.residual,
    paths: paths.length ? paths : after.paths,
    contributions: contrib,
  });
  const events: AlertEvent[] = [];
  const net = { type: 'network' as const, id: watch.network };

  if (before.residual <= t.epsilon && after.residual > t.epsilon) {
    events.push(
      event(
        watch,
        snapshot,
        'reconnection',
        net,
        {
          severity: 'high',
          title: `support reaches the recipients again under the adopted plan: ${fmt(after.residual)} (was ${fmt(before.residual)})`,
          value: after.residual,
          facts: `reconnected:${[...changedChannels].sort().join(',')}`,
        },
        base(),
      ),
    );
  }
  if (after.residual > Math.max(t.breachAbove, t.epsilon)) {
    events.push(
      event(
        watch,
        snapshot,
        'residual-breach',
        net,
        {
          severity: after.residual > before.residual ? 'high' : 'medium',
          title: `residual flow under the plan is ${fmt(after.residual)}, above ${fmt(t.breachAbove)}`,
          value: after.residual,
          facts: 'breach',
        },
        base(),
      ),
    );
  }

  // Restored capacity on what the plan interdicts, or a new channel carrying flow around it.
  const targets = planTargets(current.network, watch.plan);
  for (const { before: b, after: a } of changes.capacityChanged) {
    const hit = targets.channels.has(a.id) || targets.nodes.has(a.from) || targets.nodes.has(a.to);
    if (hit && a.capacity > b.capacity) {
      events.push(
        event(
          watch,
          snapshot,
          'restored-capacity',
          { type: 'channel', id: a.id },
          {
            severity: 'medium',
            title: `interdicted channel ${a.label ?? a.id} regained capacity: ${fmt(b.capacity)} → ${fmt(a.capacity)}`,
            value: a.capacity,
            facts: `cap:${a.capacity}`,
          },
          base(),
        ),
      );
    }
  }
  for (const c of changes.addedChannels) {
    const carrying = after.paths.filter((p) => p.channels.includes(c.id));
    const intoTarget = targets.nodes.has(c.from) || targets.nodes.has(c.to);
    if (!carrying.length && !intoTarget) continue;
    const amount = carrying.reduce((s, p) => s + p.amount, 0);
    events.push(
      event(
        watch,
        snapshot,
        'restored-capacity',
        { type: 'channel', id: c.id },
        {
          severity: amount > t.epsilon ? 'high' : 'low',
          title: carrying.length
            ? `new channel ${c.label ?? c.id} (${c.from} → ${c.to}) bypasses the plan, carrying ${fmt(amount)}`
            : `new channel ${c.label ?? c.id} opens on interdicted actor ${targets.nodes.has(c.from) ? c.from : c.to}`,
          value: amount,
          facts: `bypass:${c.from}>${c.to}:${c.capacity}`,
        },
        { ...base(), paths: carrying.length ? carrying : base().paths },
      ),
    );
  }

  // New fronts: new actors linked to a known operator, front or confirmed hit.
  const known = knownActors(previous.network, o.confirmedHits ?? []);
  for (const n of changes.addedNodes) {
    const links = linksToKnown(n, current.network, known);
    if (!links.length) continue;
    const own = contrib.find((c) => c.element.type === 'node' && c.element.id === n.id);
    events.push(
      event(
        watch,
        snapshot,
        'new-front',
        { type: 'node', id: n.id },
        {
          severity: own && own.residualWith > own.residualWithout + t.epsilon ? 'high' : 'medium',
          title: `new actor ${String(n.properties.name?.[0] ?? n.id)} linked to ${links.map((l) => `${l.to} (${l.how})`).join(', ')}`,
          value: own ? own.residualWith - own.residualWithout : 0,
          facts: `front:${links
            .map((l) => `${l.to}/${l.how}`)
            .sort()
            .join(',')}`,
        },
        { ...base(), paths: after.paths.filter((p) => p.nodes.includes(n.id)) },
      ),
    );
  }

  // Provenance retracted on a channel the plan's case rests on.
  for (const { after: a } of changes.sourcesLost) {
    if (!targets.channels.has(a.id) && !targets.nodes.has(a.from) && !targets.nodes.has(a.to)) continue;
    events.push(
      event(
        watch,
        snapshot,
        'provenance-retracted',
        { type: 'channel', id: a.id },
        {
          severity: 'medium',
          title: `channel ${a.label ?? a.id} on the cut has lost its only source`,
          value: 0,
          facts: 'unsourced',
        },
        base(),
      ),
    );
  }

  if (!o.skipPlanner) {
    // Plan drift: the best plan for the same budget now does better by more than the margin.
    const best = await planInterdiction(current.network, {
      budget: watch.budget,
      ...(watch.pairs?.length ? { pairs: pairsIn(current.network, watch.pairs) } : {}),
      timeLimitMs: 10_000,
    });
    if (best.residualFlow < after.residual - t.driftMargin) {
      events.push(
        event(
          watch,
          snapshot,
          'plan-drift',
          net,
          {
            severity: 'medium',
            title: `the adopted plan leaves ${fmt(after.residual)}; the best plan for budget ${watch.budget} leaves ${fmt(best.residualFlow)}`,
            value: after.residual - best.residualFlow,
            facts: `drift:${best.actions
              .map((a) => a.id)
              .sort()
              .join(',')}`,
          },
          { ...base(), bestPlan: { actions: best.actions.map((a) => a.id), residual: best.residualFlow } },
        ),
      );
    }
    // The cheapest patch, for every event that lets flow through.
    if (
      events.some(
        (e) => e.rule !== 'plan-drift' && e.rule !== 'provenance-retracted' && after.residual > t.epsilon,
      )
    ) {
      const patch = await cheapestPatch(
        current.network,
        watch,
        Math.max(t.epsilon, before.residual),
        changes.addedNodes,
      );
      if (patch) for (const e of events) (e.evidence as NetworkEvidence).patch = patch;
    }
  }
  return events;
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

function knownActors(previous: Network, confirmed: readonly string[]): Map<string, NetworkNode> {
  const hits = new Set(confirmed);
  return new Map(
    previous.nodes
      .filter((n) => n.role === 'operator' || n.role === 'front' || n.designated || hits.has(n.id))
      .map((n) => [n.id, n]),
  );
}

const IDENTIFYING = ['address', 'idNumber', 'registrationNumber', 'taxNumber', 'imoNumber', 'phone', 'email'];
const norm = (v: string) => v.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** How a new actor is tied to known ones: a channel, or a shared address or identifier. */
function linksToKnown(
  node: NetworkNode,
  network: Network,
  known: Map<string, NetworkNode>,
): { to: string; how: string }[] {
  const out: { to: string; how: string }[] = [];
  for (const c of network.channels) {
    const other = c.from === node.id ? c.to : c.to === node.id ? c.from : undefined;
    if (other && known.has(other)) out.push({ to: other, how: c.kind === 'unknown' ? 'channel' : c.kind });
  }
  for (const prop of IDENTIFYING) {
    const mine = new Set((node.properties[prop] ?? []).map(norm).filter((v) => v.length >= 4));
    if (!mine.size) continue;
    for (const k of known.values()) {
      if ((k.properties[prop] ?? []).some((v) => mine.has(norm(v))))
        out.push({ to: k.id, how: `shared ${prop}` });
    }
  }
  const seen = new Set<string>();
  return out.filter((l) => {
    const key = `${l.to}/${l.how}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
