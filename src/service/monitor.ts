// The monitoring use case: watches over stored networks and counterparty
// books, runs that compare each new snapshot with the last one evaluated,
// alerts with their lifecycle, decisions that persist across list versions,
// replay and backtest. The CLI, the server's scheduler and its API all call
// these functions; storage is the Store and the MonitorStore ports.

import {
  acknowledge,
  alertId,
  applyEvents,
  evaluate,
  fnv1a,
  LIFECYCLE_DEFAULTS,
  materialFingerprint,
  NETWORK_THRESHOLDS,
  resolveAlert,
  type Alert,
  type AlertEvent,
  type AlertRule,
  type BookWatch,
  type Counterparty,
  type Decision,
  type DeliveryChannel,
  type ListChange,
  type NetworkThresholds,
  type NetworkWatch,
  type Resolution,
  type Watch,
  type WatchSchedule,
  fullRescreen,
  bookIndex,
} from '../core/monitor/index.js';
import { applyMeasures } from '../core/model/measures.js';
import { NotFoundError, UsageError } from '../core/model/errors.js';
import type { Entity } from '../core/model/entity.js';
import { CandidateIndex } from '../core/match/candidate-index.js';
import type { Store } from '../core/store/store.js';
import { cronDue } from './cron.js';
import type { MonitorStore, OutboxRow } from './monitor-store.js';

export interface MonitorDeps {
  store: Store;
  monitor: MonitorStore;
  /** ISO timestamp; injectable so runs are reproducible. */
  now?: () => string;
}

const nowOf = (deps: MonitorDeps) => (deps.now ?? (() => new Date().toISOString()))();

/** Last snapshot a watch evaluated, and when it last ran. */
interface WatchState {
  watch: string;
  /** Network version, or dataset → version. */
  network?: number;
  datasets?: Record<string, number>;
  lastRun?: string;
}

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
}

export interface NetworkWatchSpec {
  kind: 'network';
  network: string;
  plan: string[];
  budget?: number;
  pairs?: NetworkWatch['pairs'];
  thresholds?: Partial<NetworkThresholds>;
  schedule?: WatchSchedule;
  channels?: DeliveryChannel[];
  name?: string;
}

export interface BookWatchSpec {
  kind: 'book';
  datasets: string[];
  counterparties: Counterparty[];
  threshold?: number;
  scoreDelta?: number;
  schedule?: WatchSchedule;
  channels?: DeliveryChannel[];
  name?: string;
}

export const MONITOR_DEFAULTS = { threshold: 0.7, scoreDelta: 0.05 };

function newId(prefix: string, seed: string): string {
  return `${prefix}_${fnv1a(seed)}${fnv1a(seed + '#')}`.slice(0, prefix.length + 13);
}

export async function addWatch(deps: MonitorDeps, spec: NetworkWatchSpec | BookWatchSpec): Promise<Watch> {
  const at = nowOf(deps);
  const schedule = spec.schedule ?? { type: 'on-new-version' };
  if (schedule.type === 'cron') cronDue(schedule.expression, at, at); // validates the expression
  let watch: Watch;
  let state: WatchState;
  if (spec.kind === 'network') {
    const { network, info } = await deps.store.getNetwork(spec.network);
    applyMeasures(network, spec.plan); // every plan action must exist
    const cost = spec.plan.length ? applyMeasures(network, spec.plan).cost : 0;
    watch = {
      kind: 'network',
      id: newId('wn', `${spec.network}|${spec.plan.join(',')}|${at}`),
      ...(spec.name ? { name: spec.name } : {}),
      network: spec.network,
      ...(spec.pairs?.length ? { pairs: spec.pairs } : {}),
      plan: [...spec.plan],
      budget: spec.budget ?? cost,
      thresholds: { ...NETWORK_THRESHOLDS, ...spec.thresholds },
      schedule,
      channels: spec.channels ?? [],
      createdAt: at,
    };
    state = { watch: watch.id, network: info.version };
  } else {
    if (!spec.counterparties.length)
      throw new UsageError('the book has no counterparties', 'give a file with one party per row');
    if (!spec.datasets.length)
      throw new UsageError('a book watch needs datasets to watch', 'name at least one dataset');
    const datasets: Record<string, number> = {};
    for (const d of spec.datasets) datasets[d] = (await deps.store.datasetInfo(d)).version;
    watch = {
      kind: 'book',
      id: newId('wb', `${spec.datasets.join(',')}|${spec.counterparties.length}|${at}`),
      ...(spec.name ? { name: spec.name } : {}),
      datasets: [...spec.datasets],
      threshold: spec.threshold ?? MONITOR_DEFAULTS.threshold,
      scoreDelta: spec.scoreDelta ?? MONITOR_DEFAULTS.scoreDelta,
      counterparties: spec.counterparties,
      schedule,
      channels: spec.channels ?? [],
      createdAt: at,
    };
    state = { watch: watch.id, datasets };
  }
  if (watch.kind === 'book')
    await deps.monitor.putBlob(indexBlob(watch.id), bookIndex(watch.counterparties).toBytes());
  await deps.monitor.commit({
    put: [
      { kind: 'watch', id: watch.id, body: watch },
      { kind: 'watch-state', id: watch.id, body: state },
    ],
  });
  return watch;
}

const indexBlob = (watch: string) => `book-index:${watch}`;

/** The book's candidate index: built once when the watch is added, loaded from its bytes on each run. */
export async function loadBookIndex(deps: MonitorDeps, w: BookWatch): Promise<CandidateIndex> {
  const bytes = await deps.monitor.getBlob(indexBlob(w.id));
  return bytes ? CandidateIndex.fromBytes(bytes) : bookIndex(w.counterparties);
}

export async function listWatches(deps: MonitorDeps): Promise<Watch[]> {
  return deps.monitor.list<Watch>('watch');
}

export async function getWatch(deps: MonitorDeps, id: string): Promise<Watch> {
  const w = await deps.monitor.get<Watch>('watch', id);
  if (!w) throw new NotFoundError(`no watch "${id}"`, 'list the watches to see their ids');
  return w;
}

/** Removes a watch; its alerts, decisions and runs are kept for the audit trail. */
export async function removeWatch(deps: MonitorDeps, id: string): Promise<void> {
  await getWatch(deps, id);
  await deps.monitor.commit({
    delete: [
      { kind: 'watch', id },
      { kind: 'watch-state', id },
    ],
  });
}

export interface RunOptions {
  /** Only this watch. */
  watch?: string;
  /** Run cron watches even when not due. */
  force?: boolean;
}

export interface RunReport {
  watch: string;
  runs: RunRecord[];
  /** Alerts opened, reopened or escalated by these runs. */
  raised: Alert[];
  cleared: Alert[];
}

function isDue(w: Watch, state: WatchState, now: string, force: boolean): boolean {
  if (force || w.schedule.type === 'on-new-version') return true;
  return cronDue(w.schedule.expression, state.lastRun ?? w.createdAt, now);
}

/** Runs every due watch over the snapshots it has not seen yet. */
export async function runMonitor(deps: MonitorDeps, options: RunOptions = {}): Promise<RunReport[]> {
  const watches = options.watch ? [await getWatch(deps, options.watch)] : await listWatches(deps);
  const reports: RunReport[] = [];
  for (const w of watches) {
    const state = (await deps.monitor.get<WatchState>('watch-state', w.id)) ?? { watch: w.id };
    const now = nowOf(deps);
    if (!isDue(w, state, now, options.force ?? false)) continue;
    reports.push(
      w.kind === 'network'
        ? await runNetworkWatch(deps, w, state, now)
        : await runBookWatch(deps, w, state, now),
    );
  }
  return reports;
}

async function decisions(deps: MonitorDeps): Promise<Decision[]> {
  return deps.monitor.list<Decision>('decision');
}

async function watchAlerts(deps: MonitorDeps, watch: string): Promise<Alert[]> {
  return (await deps.monitor.list<Alert>('alert')).filter((a) => a.watch === watch);
}

/** Applies a run's events, stores alerts, the run and the outbox rows in one commit. */
async function record(
  deps: MonitorDeps,
  w: Watch,
  state: WatchState,
  now: string,
  snapshot: RunRecord['snapshot'],
  result: { events: AlertEvent[]; evaluated: AlertRule[]; stats: Record<string, number> },
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

/** What a delivery carries of an alert (the full evidence stays behind the API). */
export function summary(a: Alert) {
  return {
    id: a.id,
    key: a.key,
    watch: a.watch,
    rule: a.rule,
    state: a.state,
    ...(a.resolution ? { resolution: a.resolution } : {}),
    severity: a.event.severity,
    title: a.event.title,
    value: a.event.value,
    snapshot: a.event.snapshot,
    subject: a.event.subject,
    evidence: a.event.evidence,
  };
}

async function runNetworkWatch(
  deps: MonitorDeps,
  w: NetworkWatch,
  state: WatchState,
  now: string,
): Promise<RunReport> {
  const report: RunReport = { watch: w.id, runs: [], raised: [], cleared: [] };
  const versions = (await deps.store.networkVersions(w.network)).map((v) => v.version).sort((a, b) => a - b);
  let from = state.network ?? versions[0] ?? 0;
  for (const to of versions.filter((v) => v > from)) {
    const snapshot = { kind: 'network' as const, name: w.network, from, to };
    const result = await evaluateNetworkRun(deps, w, from, to);
    state = { ...state, network: to };
    await record(deps, w, state, now, snapshot, result, report);
    from = to;
  }
  if (!report.runs.length)
    await deps.monitor.commit({ put: [{ kind: 'watch-state', id: w.id, body: { ...state, lastRun: now } }] });
  return report;
}

async function evaluateNetworkRun(deps: MonitorDeps, w: NetworkWatch, from: number, to: number) {
  const previous = await deps.store.getNetwork(w.network, from);
  const current = await deps.store.getNetwork(w.network, to);
  const ds = await decisions(deps);
  return evaluate({
    watch: w,
    previous: { network: previous.network, version: from },
    current: { network: current.network, version: to },
    decisions: ds,
  });
}

/** Canonical text of an entity's schema and properties (order-insensitive), for equality. */
function contentKey(e: Entity): string {
  const keys = Object.keys(e.properties).sort();
  return JSON.stringify([e.schema, keys.map((k) => [k, [...(e.properties[k] ?? [])].sort()])]);
}

/**
 * What one dataset version changed against another, with the entities'
 * bodies: one pass over both versions as the store streams them (in the same
 * order on both sides, whatever the database's collation), holding only the
 * ids not yet matched on the other side, so memory stays bounded by the
 * change and the cost is linear in the list, independent of the book.
 */
export async function listChange(
  store: Store,
  dataset: string,
  from: number,
  to: number,
): Promise<ListChange> {
  const a = store.datasetEntities(dataset, from)[Symbol.asyncIterator]();
  const b = store.datasetEntities(dataset, to)[Symbol.asyncIterator]();
  const change: ListChange = { dataset, from, to, added: [], removed: [], changed: [] };
  const onlyA = new Map<string, Entity>();
  const onlyB = new Map<string, Entity>();
  const compare = (before: Entity, after: Entity) => {
    if (contentKey(before) !== contentKey(after)) change.changed.push({ before, after });
  };
  let x = await a.next();
  let y = await b.next();
  while (!x.done || !y.done) {
    if (!x.done && !y.done && x.value.id === y.value.id) {
      compare(x.value, y.value);
      [x, y] = await Promise.all([a.next(), b.next()]);
      continue;
    }
    if (!x.done) {
      const other = onlyB.get(x.value.id);
      if (other) {
        onlyB.delete(x.value.id);
        compare(x.value, other);
      } else onlyA.set(x.value.id, x.value);
      x = await a.next();
    }
    if (!y.done) {
      const other = onlyA.get(y.value.id);
      if (other) {
        onlyA.delete(y.value.id);
        compare(other, y.value);
      } else onlyB.set(y.value.id, y.value);
      y = await b.next();
    }
  }
  const byId = (p: Entity, q: Entity) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0);
  change.removed = [...onlyA.values()].sort(byId);
  change.added = [...onlyB.values()].sort(byId);
  return change;
}

async function runBookWatch(
  deps: MonitorDeps,
  w: BookWatch,
  state: WatchState,
  now: string,
): Promise<RunReport> {
  const report: RunReport = { watch: w.id, runs: [], raised: [], cleared: [] };
  const seen = { ...(state.datasets ?? {}) };
  let index: CandidateIndex | undefined;
  for (const dataset of w.datasets) {
    const versions = (await deps.store.datasetVersions(dataset)).map((v) => v.version).sort((a, b) => a - b);
    let from = seen[dataset] ?? versions[0] ?? 0;
    for (const to of versions.filter((v) => v > from)) {
      index ??= await loadBookIndex(deps, w);
      const change = await listChange(deps.store, dataset, from, to);
      const ds = await decisions(deps);
      const stored = (await watchAlerts(deps, w.id))
        .filter((a) => a.rule === 'list-match' && a.state !== 'resolved')
        .map((a) => {
          const [counterparty, entity] = a.event.subject.id.split('|') as [string, string];
          return { counterparty, entity, score: a.event.value };
        });
      const result = await evaluate({ watch: w, change, decisions: ds, stored, index });
      seen[dataset] = to;
      state = { ...state, datasets: { ...seen } };
      await record(deps, w, state, now, { kind: 'dataset', name: dataset, from, to }, result, report);
      from = to;
    }
  }
  if (!report.runs.length)
    await deps.monitor.commit({ put: [{ kind: 'watch-state', id: w.id, body: { ...state, lastRun: now } }] });
  return report;
}

export interface AlertQuery {
  state?: Alert['state'];
  watch?: string;
  rule?: AlertRule;
}

export async function listAlerts(deps: MonitorDeps, q: AlertQuery = {}): Promise<Alert[]> {
  const all = await deps.monitor.list<Alert>('alert');
  return all
    .filter(
      (a) =>
        (!q.state || a.state === q.state) &&
        (!q.watch || a.watch === q.watch) &&
        (!q.rule || a.rule === q.rule),
    )
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}

export async function getAlert(deps: MonitorDeps, id: string): Promise<Alert> {
  const a = await deps.monitor.get<Alert>('alert', id);
  if (!a) throw new NotFoundError(`no alert "${id}"`, 'list the alerts to see their ids');
  return a;
}

export async function ackAlert(deps: MonitorDeps, id: string, by: string, note?: string): Promise<Alert> {
  const a = await getAlert(deps, id);
  if (a.state !== 'open')
    throw new UsageError(`alert ${id} is ${a.state}, not open`, 'only open alerts can be acknowledged');
  const now = nowOf(deps);
  const next = acknowledge(a, by, now, note);
  await deps.monitor.commit({
    put: [{ kind: 'alert', id, body: next }],
    outbox: [{ at: now, topic: 'alert.acknowledged', watch: a.watch, payload: { alert: summary(next), by } }],
  });
  return next;
}

/**
 * Resolves an alert. On a list-match pair, a true match, false positive or
 * not-material verdict becomes a decision that holds across list versions
 * until one side's material fields change.
 */
export async function resolveAlertById(
  deps: MonitorDeps,
  id: string,
  resolution: Exclude<Resolution, 'auto-cleared'>,
  by: string,
  why: string,
): Promise<{ alert: Alert; decision?: Decision }> {
  const a = await getAlert(deps, id);
  const now = nowOf(deps);
  const next = resolveAlert(a, resolution, by, now, why);
  const put: { kind: 'alert' | 'decision'; id: string; body: unknown }[] = [
    { kind: 'alert', id, body: next },
  ];
  let decision: Decision | undefined;
  if (a.rule === 'list-match' && resolution !== 'duplicate') {
    const [counterparty, entity] = a.event.subject.id.split('|') as [string, string];
    const [cpPrint, entityPrint] = a.event.fingerprint.split(':') as [string, string];
    const w = await deps.monitor.get<Watch>('watch', a.watch);
    const cp = w?.kind === 'book' ? w.counterparties.find((c) => c.id === counterparty) : undefined;
    const listed = await findListEntity(deps, a);
    decision = {
      counterparty,
      entity,
      referents: listed?.referents ?? [],
      verdict: resolution,
      by,
      at: now,
      why,
      fingerprints: {
        counterparty: cp ? materialFingerprint(cp) : cpPrint,
        entity: listed ? materialFingerprint(listed) : entityPrint,
      },
    };
    put.push({ kind: 'decision', id: `${counterparty}|${entity}`, body: decision });
  }
  await deps.monitor.commit({
    put,
    outbox: [
      { at: now, topic: 'alert.resolved', watch: a.watch, payload: { alert: summary(next), by, why } },
    ],
  });
  return { alert: next, ...(decision ? { decision } : {}) };
}

async function findListEntity(deps: MonitorDeps, a: Alert): Promise<Entity | undefined> {
  if (a.event.snapshot.kind !== 'dataset') return undefined;
  const [, entity] = a.event.subject.id.split('|') as [string, string];
  return deps.store.getEntity(a.event.snapshot.name, entity, a.event.snapshot.to);
}

export async function listDecisions(deps: MonitorDeps): Promise<Decision[]> {
  return decisions(deps);
}

export interface ReplayResult {
  run: string;
  same: boolean;
  recorded: RunRecord['events'];
  replayed: RunRecord['events'];
}

/** Derives a run's events again from its snapshots and recorded configuration. */
export async function replayRun(deps: MonitorDeps, runId: string): Promise<ReplayResult> {
  const run = await deps.monitor.get<RunRecord>('run', runId);
  if (!run) throw new NotFoundError(`no run "${runId}"`, 'monitor alerts --json names the run of each alert');
  const w = run.config;
  let events: AlertEvent[];
  if (w.kind === 'network') {
    events = (await evaluateNetworkRun(deps, w, run.snapshot.from, run.snapshot.to)).events;
  } else {
    // Decisions taken after the run would suppress what it raised: replay with those in force then.
    const ds = (await decisions(deps)).filter((d) => d.at <= run.at);
    if (run.snapshot.from === run.snapshot.to) {
      // The baseline screen of a new book watch.
      const entities: Entity[] = [];
      for await (const e of deps.store.datasetEntities(run.snapshot.name, run.snapshot.to)) entities.push(e);
      events = [...fullRescreen(w, entities, ds, run.snapshot).values()];
    } else {
      const change = await listChange(deps.store, run.snapshot.name, run.snapshot.from, run.snapshot.to);
      events = (await evaluate({ watch: w, change, decisions: ds })).events;
    }
  }
  const replayed = events.map((e) => ({
    key: e.key,
    rule: e.rule,
    fingerprint: e.fingerprint,
    value: e.value,
  }));
  const canon = (x: RunRecord['events']) => JSON.stringify([...x].sort((a, b) => a.key.localeCompare(b.key)));
  return { run: runId, same: canon(replayed) === canon(run.events), recorded: run.events, replayed };
}

export async function listRuns(deps: MonitorDeps, watch?: string): Promise<RunRecord[]> {
  return (await deps.monitor.list<RunRecord>('run'))
    .filter((r) => !watch || r.watch === watch)
    .sort((a, b) => a.at.localeCompare(b.at) || a.snapshot.to - b.snapshot.to);
}

export interface BacktestRow {
  threshold: number;
  alerts: number;
  byRule: Record<string, number>;
}

/**
 * Runs a watch's rules over every consecutive pair of stored versions, once
 * per threshold (breach level for a network watch, score for a book), and
 * counts the alerts each would have raised. Nothing is stored.
 */
export async function backtest(
  deps: MonitorDeps,
  watchId: string,
  thresholds: number[],
): Promise<BacktestRow[]> {
  const w = await getWatch(deps, watchId);
  const rows: BacktestRow[] = [];
  for (const threshold of thresholds) {
    const byRule: Record<string, number> = {};
    const count = (events: AlertEvent[]) => {
      for (const e of events) byRule[e.rule] = (byRule[e.rule] ?? 0) + 1;
    };
    if (w.kind === 'network') {
      const tw: NetworkWatch = { ...w, thresholds: { ...w.thresholds, breachAbove: threshold } };
      const versions = (await deps.store.networkVersions(w.network))
        .map((v) => v.version)
        .sort((a, b) => a - b);
      for (let i = 1; i < versions.length; i++)
        count((await evaluateNetworkRun(deps, tw, versions[i - 1]!, versions[i]!)).events);
    } else {
      const tw: BookWatch = { ...w, threshold };
      const index = await loadBookIndex(deps, w);
      for (const dataset of w.datasets) {
        const versions = (await deps.store.datasetVersions(dataset))
          .map((v) => v.version)
          .sort((a, b) => a - b);
        for (let i = 1; i < versions.length; i++) {
          const change = await listChange(deps.store, dataset, versions[i - 1]!, versions[i]!);
          count((await evaluate({ watch: tw, change, decisions: await decisions(deps), index })).events);
        }
      }
    }
    rows.push({ threshold, alerts: Object.values(byRule).reduce((s, n) => s + n, 0), byRule });
  }
  return rows;
}

/**
 * The weekly check of the reverse path: re-screens the whole book against the
 * latest version of each watched dataset and lists the pairs at or above the
 * threshold that no alert or decision covers (it should list none).
 */
export async function fullCheck(
  deps: MonitorDeps,
  watchId: string,
): Promise<{ checked: number; missed: string[] }> {
  const w = await getWatch(deps, watchId);
  if (w.kind !== 'book')
    throw new UsageError('the full re-screen check is for book watches', 'pass a book watch id');
  const ds = await decisions(deps);
  const known = new Set((await watchAlerts(deps, w.id)).map((a) => a.key));
  const missed: string[] = [];
  let checked = 0;
  for (const dataset of w.datasets) {
    const entities: Entity[] = [];
    for await (const e of deps.store.datasetEntities(dataset)) entities.push(e);
    const found = fullRescreen(w, entities, ds);
    checked += found.size;
    for (const key of found.keys()) if (!known.has(key)) missed.push(key);
  }
  return { checked, missed };
}

/**
 * Screens the whole book once when a watch starts: the pairs found are raised
 * as alerts (a run from the version to itself), so later runs only have to
 * look at what changes.
 */
export async function baselineBook(deps: MonitorDeps, watchId: string): Promise<RunReport> {
  const w = await getWatch(deps, watchId);
  const report: RunReport = { watch: w.id, runs: [], raised: [], cleared: [] };
  if (w.kind !== 'book') return report;
  const ds = await decisions(deps);
  let state = (await deps.monitor.get<WatchState>('watch-state', w.id)) ?? { watch: w.id };
  const now = nowOf(deps);
  for (const dataset of w.datasets) {
    const info = await deps.store.datasetInfo(dataset);
    const entities: Entity[] = [];
    for await (const e of deps.store.datasetEntities(dataset, info.version)) entities.push(e);
    const snapshot = { kind: 'dataset' as const, name: dataset, from: info.version, to: info.version };
    const events = [...fullRescreen(w, entities, ds, snapshot).values()];
    // Only list-match is evaluated: nothing was confirmed yet, so nothing can be delisted.
    await record(
      deps,
      w,
      state,
      now,
      snapshot,
      { events, evaluated: ['list-match'], stats: { screened: w.counterparties.length } },
      report,
    );
    state = (await deps.monitor.get<WatchState>('watch-state', w.id)) ?? state;
  }
  return report;
}

/** A JSON Feed (version 1.1) of a watch's alert transitions, newest first. */
export async function watchFeed(deps: MonitorDeps, watchId: string, baseUrl: string, limit = 100) {
  const w = await getWatch(deps, watchId);
  const rows: OutboxRow[] = [];
  let after = 0;
  for (;;) {
    const page = await deps.monitor.outbox(after, 1000, w.id);
    if (!page.length) break;
    rows.push(...page);
    after = page[page.length - 1]!.seq;
  }
  const items = rows
    .slice(-limit)
    .reverse()
    .map((r) => {
      const alert = (r.payload as { alert: ReturnType<typeof summary> }).alert;
      return {
        id: `${w.id}/${r.seq}`,
        url: `${baseUrl}/alerts/${alert.id}`,
        title: `[${r.topic.replace('alert.', '')}] ${alert.title}`,
        content_text: `${alert.rule} (${alert.severity}) on ${alert.snapshot.name} ${alert.snapshot.from} → ${alert.snapshot.to}: ${alert.title}`,
        date_published: r.at,
        tags: [alert.rule, alert.severity, r.topic],
      };
    });
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `Interdict alerts: ${w.name ?? w.id}`,
    home_page_url: `${baseUrl}/`,
    feed_url: `${baseUrl}/watches/${w.id}/feed.json`,
    items,
  };
}

export { alertId };
