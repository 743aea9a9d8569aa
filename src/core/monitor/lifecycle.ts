// The alert lifecycle: one alert per deduplication key; open → acknowledged →
// resolved; auto-clear with hysteresis (a finding must stay absent for
// several runs); reopened only on a material change (a changed fingerprint,
// or a value risen by the watch's delta).

import type { Alert, AlertEvent, AlertRule, AlertState, Resolution } from './types.js';

export interface LifecycleOptions {
  now: string;
  /** Runs a finding must stay absent before its alert clears itself. */
  clearAfterRuns: number;
  /** Rise of the event's value that counts as material (residual, score). */
  delta: number;
}

export const LIFECYCLE_DEFAULTS = { clearAfterRuns: 2 };

export type TransitionKind = 'opened' | 'reopened' | 'escalated' | 'updated' | 'cleared';

export interface Transition {
  kind: TransitionKind;
  alert: Alert;
}

/** Stable alert id from its key (FNV-1a 64-bit over two lanes, hex). */
export function alertId(key: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `al_${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}`;
}

function material(previous: AlertEvent, next: AlertEvent, reference: number, delta: number): boolean {
  return previous.fingerprint !== next.fingerprint || next.value >= reference + delta;
}

function moved(alert: Alert, state: AlertState, at: string, by: string, note?: string): Alert {
  return {
    ...alert,
    state,
    updatedAt: at,
    history: [...alert.history, { at, state, by, ...(note ? { note } : {}), value: alert.event.value }],
  };
}

/**
 * Applies one run's events to a watch's alerts. `evaluated` names the rules
 * that ran (an alert of a rule that did not run is neither refreshed nor
 * counted as quiet). Returns every alert of the watch and the transitions to
 * deliver.
 */
export function applyEvents(
  alerts: readonly Alert[],
  events: readonly AlertEvent[],
  evaluated: ReadonlySet<AlertRule>,
  options: LifecycleOptions,
): { alerts: Alert[]; transitions: Transition[] } {
  const { now } = options;
  const byKey = new Map(alerts.map((a) => [a.key, a]));
  const transitions: Transition[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    const old = byKey.get(e.key);
    if (!old) {
      const alert: Alert = {
        id: alertId(e.key),
        key: e.key,
        watch: e.watch,
        rule: e.rule,
        state: 'open',
        openedAt: now,
        updatedAt: now,
        event: e,
        quietRuns: 0,
        history: [{ at: now, state: 'open', by: 'monitor', value: e.value }],
      };
      byKey.set(e.key, alert);
      transitions.push({ kind: 'opened', alert });
      continue;
    }
    if (old.state === 'open') {
      const changed = material(old.event, e, old.event.value, options.delta);
      const alert = { ...old, event: e, quietRuns: 0, ...(changed ? { updatedAt: now } : {}) };
      byKey.set(e.key, alert);
      if (changed) transitions.push({ kind: 'updated', alert });
    } else if (old.state === 'acknowledged') {
      if (material(old.event, e, old.ackValue ?? old.event.value, options.delta)) {
        const alert = moved(
          { ...old, event: e, quietRuns: 0 },
          'open',
          now,
          'monitor',
          'material change since acknowledged',
        );
        byKey.set(e.key, alert);
        transitions.push({ kind: 'escalated', alert });
      } else {
        byKey.set(e.key, { ...old, event: e, quietRuns: 0 });
      }
    } else {
      const reopen =
        old.resolution === 'auto-cleared' || material(old.event, e, old.event.value, options.delta);
      if (reopen) {
        const { resolution: _r, ...rest } = old;
        const alert = moved({ ...rest, event: e, quietRuns: 0 }, 'open', now, 'monitor', 'found again');
        byKey.set(e.key, alert);
        transitions.push({ kind: 'reopened', alert });
      }
    }
  }
  for (const a of byKey.values()) {
    if (seen.has(a.key) || a.state === 'resolved' || !evaluated.has(a.rule)) continue;
    const quiet = a.quietRuns + 1;
    if (quiet >= options.clearAfterRuns) {
      const alert = moved(
        { ...a, quietRuns: quiet, resolution: 'auto-cleared' },
        'resolved',
        now,
        'monitor',
        'no longer found',
      );
      byKey.set(a.key, alert);
      transitions.push({ kind: 'cleared', alert });
    } else {
      byKey.set(a.key, { ...a, quietRuns: quiet });
    }
  }
  return { alerts: [...byKey.values()], transitions };
}

export function acknowledge(alert: Alert, by: string, now: string, note?: string): Alert {
  if (alert.state !== 'open') return alert;
  return { ...moved(alert, 'acknowledged', now, by, note), ackValue: alert.event.value };
}

export function resolveAlert(
  alert: Alert,
  resolution: Resolution,
  by: string,
  now: string,
  note?: string,
): Alert {
  return { ...moved(alert, 'resolved', now, by, note), resolution };
}
