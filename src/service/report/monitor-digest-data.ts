// What a monitoring digest shows, gathered through the monitor's public
// functions: the alerts of a period (one watch or all), the networks each
// network alert compared (both versions, laid out once on their union so the
// pictures line up), the decisions taken and every alert transition in the
// period (the audit trail), and the runs that raised them.

import { caption } from '../../core/model/entity.js';
import { UsageError } from '../../core/model/errors.js';
import type { Network } from '../../core/model/network.js';
import {
  ALERT_RULES,
  type Alert,
  type Decision,
  type Severity,
  type Watch,
} from '../../core/monitor/types.js';
import {
  listAlerts,
  listDecisions,
  listRuns,
  listWatches,
  type MonitorDeps,
  type RunRecord,
} from '../monitor.js';
import { layeredLayout, type Layout } from './layout.js';

export interface DigestRequest {
  /** One watch's id; all watches when absent. */
  watch?: string;
  /** Start of the period: `YYYY-MM-DD` (from midnight UTC) or an ISO date-time. */
  since?: string;
  /** End of the period: `YYYY-MM-DD` (through the end of that day) or an ISO date-time. */
  until?: string;
  /** ISO date-time the digest is made (injectable for tests). */
  date?: string;
}

/** The two versions of a network an alert compared, laid out once on their union. */
export interface DigestSnapshot {
  name: string;
  from: number;
  to: number;
  before: Network;
  after: Network;
  /** Every actor's name, from either version. */
  names: Map<string, string>;
  layout: Layout;
}

export interface DigestData {
  date: string;
  period: { since?: string; until?: string };
  /** The period as half-open ISO bounds [from, to). */
  bounds: { from?: string; to?: string };
  /** The watches the digest covers (a removed watch's alerts keep their id only). */
  watches: Watch[];
  /** Watch ids asked for that are no longer configured but still have alerts. */
  removedWatches: string[];
  /** Alerts with a transition in the period, oldest first. */
  alerts: Alert[];
  /** Decisions taken in the period on pairs these watches raised. */
  decisions: Decision[];
  runs: RunRecord[];
  /** Keyed by `snapshotKey`. */
  snapshots: Map<string, DigestSnapshot>;
}

export const snapshotKey = (s: { name: string; from: number; to: number }) => `${s.name}@${s.from}..${s.to}`;

const DAY_MS = 86_400_000;
const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

function bound(value: string | undefined, name: 'since' | 'until'): string | undefined {
  if (value === undefined || value === '') return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const t = Date.parse(dateOnly ? `${value}T00:00:00Z` : value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(t))
    throw new UsageError(
      `--${name} "${value}" is not a date`,
      `give YYYY-MM-DD or an ISO date-time, for example --${name} 2026-11-01`,
    );
  return new Date(dateOnly && name === 'until' ? t + DAY_MS : t).toISOString();
}

/** The period as half-open ISO bounds [from, to). */
export function digestPeriod(since?: string, until?: string): { from?: string; to?: string } {
  const from = bound(since, 'since');
  const to = bound(until, 'until');
  if (from && to && from >= to)
    throw new UsageError(
      `the period starts (${since}) after it ends (${until})`,
      'give {since} before {until}',
      'since',
    );
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

const within = (at: string, p: { from?: string; to?: string }) => {
  const t = new Date(at).toISOString();
  return (!p.from || t >= p.from) && (!p.to || t < p.to);
};

/** The union of two versions of a network: everything in `after`, plus what `before` had and lost. */
function union(before: Network, after: Network): Network {
  const nodes = new Set(after.nodes.map((n) => n.id));
  const channels = new Set(after.channels.map((c) => c.id));
  return {
    ...after,
    nodes: [...after.nodes, ...before.nodes.filter((n) => !nodes.has(n.id))],
    channels: [...after.channels, ...before.channels.filter((c) => !channels.has(c.id))],
  };
}

export async function monitorDigestData(deps: MonitorDeps, request: DigestRequest = {}): Promise<DigestData> {
  const period = digestPeriod(request.since, request.until);
  const configured = await listWatches(deps);
  const alertsAll = await listAlerts(deps, request.watch ? { watch: request.watch } : {});
  const watches = configured.filter((w) => !request.watch || w.id === request.watch);
  if (request.watch && !watches.length && !alertsAll.length)
    throw new UsageError(
      `no watch "${request.watch}"`,
      `list the watches with: interdict watch list${configured.length ? ` (ids: ${configured.map((w) => w.id).join(', ')})` : ''}`,
    );
  const alerts = alertsAll
    .filter((a) => a.history.some((h) => within(h.at, period)) || within(a.openedAt, period))
    .sort(
      (a, b) =>
        a.openedAt.localeCompare(b.openedAt) ||
        SEVERITY_ORDER[a.event.severity] - SEVERITY_ORDER[b.event.severity] ||
        ALERT_RULES.indexOf(a.rule) - ALERT_RULES.indexOf(b.rule) ||
        a.id.localeCompare(b.id),
    );
  const known = new Set(configured.map((w) => w.id));
  const removedWatches = [...new Set(alerts.map((a) => a.watch))].filter((id) => !known.has(id)).sort();
  // Decisions are taken on (counterparty, list entity) pairs, the subjects of list alerts.
  const pairs = new Set(alertsAll.map((a) => a.event.subject.id));
  const decisions = (await listDecisions(deps))
    .filter((d) => within(d.at, period) && pairs.has(`${d.counterparty}|${d.entity}`))
    .sort((a, b) => a.at.localeCompare(b.at));
  const runs = (await listRuns(deps, request.watch)).filter((r) => within(r.at, period));

  const snapshots = new Map<string, DigestSnapshot>();
  for (const a of alerts) {
    const s = a.event.snapshot;
    if (s.kind !== 'network' || snapshots.has(snapshotKey(s))) continue;
    let before: Network;
    let after: Network;
    try {
      before = (await deps.store.getNetwork(s.name, s.from)).network;
      after = (await deps.store.getNetwork(s.name, s.to)).network;
    } catch {
      continue; // a version no longer stored: the alert is shown without its pictures
    }
    const all = union(before, after);
    const names = new Map(all.nodes.map((n) => [n.id, caption(n)]));
    const layout = layeredLayout(
      all.nodes.map((n) => ({ id: n.id, role: n.role, label: names.get(n.id)! })),
      all.channels,
    );
    snapshots.set(snapshotKey(s), { name: s.name, from: s.from, to: s.to, before, after, names, layout });
  }
  return {
    date: request.date ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    period: {
      ...(request.since ? { since: request.since } : {}),
      ...(request.until ? { until: request.until } : {}),
    },
    bounds: period,
    watches,
    removedWatches,
    alerts,
    decisions,
    runs,
    snapshots,
  };
}

/** The counts a digest opens with (what the CLI prints and the cover shows). */
export function digestCounts(data: DigestData) {
  const by = (state: Alert['state']) => data.alerts.filter((a) => a.state === state).length;
  return {
    alerts: data.alerts.length,
    open: by('open'),
    acknowledged: by('acknowledged'),
    resolved: by('resolved'),
    decisions: data.decisions.length,
    runs: data.runs.length,
  };
}
