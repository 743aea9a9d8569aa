// One evaluation's bookkeeping: the run record kept for replay, and the
// commit that applies a run's events to the stored alerts, records the run
// and queues its deliveries in the outbox, all at once.

import {
  applyEvents,
  LIFECYCLE_DEFAULTS,
  type Alert,
  type AlertEvent,
  type AlertRule,
  type Watch,
} from '../../core/monitor/index.js';
import { newId, watchAlerts, type MonitorDeps, type WatchState } from './context.js';
import { summary } from './delivery.js';

/** One evaluation, kept so it can be replayed. */
export interface RunRecord {
  id: string;
  watch: string;
  at: string;
  /** The watch as it was configured for this run. */
  config: Watch;
  snapshot: { kind: 'network' | 'dataset'; name: string; from: number; to: number };
  events: { key: string; rule: AlertRule; fingerprint: string; value: number }[];
  transitions: { kind: string; alert: string }[];
  stats: Record<string, number>;
  /** Network watches: the best plan the drift search started from (the previous run's). */
  hint?: string[];
}

export interface RunReport {
  watch: string;
  runs: RunRecord[];
  /** Alerts opened, reopened or escalated by these runs. */
  raised: Alert[];
  cleared: Alert[];
}
/** Applies a run's events, stores alerts, the run and the outbox rows in one commit. */
export async function record(
  deps: MonitorDeps,
  w: Watch,
  state: WatchState,
  now: string,
  snapshot: RunRecord['snapshot'],
  result: { events: AlertEvent[]; evaluated: AlertRule[]; stats: Record<string, number>; hint?: string[] },
  report: RunReport,
): Promise<void> {
  const delta = w.kind === 'network' ? w.thresholds.breachDelta : w.scoreDelta;
  const before = await watchAlerts(deps, w.id);
  const { alerts, transitions } = applyEvents(before, result.events, new Set(result.evaluated), {
    now,
    clearAfterRuns: LIFECYCLE_DEFAULTS.clearAfterRuns,
    delta,
  });
  const run: RunRecord = {
    id: newId('run', `${w.id}|${snapshot.name}|${snapshot.from}|${snapshot.to}|${now}|${Math.random()}`),
    watch: w.id,
    at: now,
    config: w,
    snapshot,
    events: result.events.map((e) => ({
      key: e.key,
      rule: e.rule,
      fingerprint: e.fingerprint,
      value: e.value,
    })),
    transitions: transitions.map((t) => ({ kind: t.kind, alert: t.alert.id })),
    stats: result.stats,
    ...(result.hint ? { hint: result.hint } : {}),
  };
  const changed = new Set(transitions.map((t) => t.alert.id));
  const refreshed = alerts.filter((a) => {
    const old = before.find((b) => b.id === a.id);
    return !old || JSON.stringify(old) !== JSON.stringify(a);
  });
  await deps.monitor.commit({
    put: [
      ...refreshed.map((a) => ({ kind: 'alert' as const, id: a.id, body: a })),
      { kind: 'run', id: run.id, body: run },
      { kind: 'watch-state', id: w.id, body: { ...state, lastRun: now } },
    ],
    outbox: transitions.map((t) => ({
      at: now,
      topic: `alert.${t.kind}`,
      watch: w.id,
      payload: { alert: summary(t.alert), run: run.id },
    })),
  });
  report.runs.push(run);
  for (const t of transitions) {
    if (!changed.has(t.alert.id)) continue;
    if (t.kind === 'cleared') report.cleared.push(t.alert);
    else if (t.kind !== 'updated') report.raised.push(t.alert);
  }
}
