// What every network rule shares: the context of one evaluation (the watch,
// both snapshots' flows, what changed, what the plan acts on) and the shape
// of the events it raises.

import type { Network } from '../model/network.js';
import type { NetworkChanges } from './network-changes.js';
import type { PlanFlow } from './network-flow.js';
import type {
  AlertEvent,
  Contribution,
  NetworkEvidence,
  NetworkThresholds,
  NetworkWatch,
  SnapshotRef,
} from './types.js';
import { fnv1a } from './types.js';

/** One evaluation of a network watch between two snapshots, as the rules see it. */
export interface RuleContext {
  watch: NetworkWatch;
  thresholds: NetworkThresholds;
  snapshot: SnapshotRef;
  previous: Network;
  current: Network;
  /** The residual flow under the plan before and after. */
  before: PlanFlow;
  after: PlanFlow;
  changes: NetworkChanges;
  /** Channels added or whose capacity changed. */
  changedChannels: Set<string>;
  contributions: Contribution[];
  /** Channels and actors the plan acts on, in the current network. */
  targets: { channels: Set<string>; nodes: Set<string> };
  /** The evidence every event starts from. */
  base: () => NetworkEvidence;
}

export function event(
  ctx: RuleContext,
  rule: AlertEvent['rule'],
  subject: AlertEvent['subject'],
  fields: Pick<AlertEvent, 'severity' | 'title' | 'value'> & { facts: string },
  evidence: NetworkEvidence,
): AlertEvent {
  return {
    key: `${ctx.watch.id}:${rule}:${subject.type}:${subject.id}`,
    watch: ctx.watch.id,
    rule,
    severity: fields.severity,
    title: fields.title,
    value: fields.value,
    fingerprint: fnv1a(fields.facts),
    snapshot: ctx.snapshot,
    subject,
    evidence,
  };
}

export const fmt = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 1000) / 1000) : '∞');
