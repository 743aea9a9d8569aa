// Replay and backtest: every run re-derived from its snapshots and recorded
// configuration; a watch's rules run over stored versions per threshold.

import { evaluate, type AlertEvent, type BookWatch, type NetworkWatch } from '../../core/monitor/index.js';
import { NotFoundError } from '../../core/model/errors.js';
import type { Entity } from '../../core/model/entity.js';
import { decisions, fullRescreenOf, type MonitorDeps } from './context.js';
import { listChange } from './list-change.js';
import { evaluateNetworkRun } from './network-watch.js';
import type { RunRecord } from './record.js';
import { getWatch, loadBookIndex } from './watches.js';

export interface ReplayResult {
  run: string;
  same: boolean;
  recorded: RunRecord['events'];
  replayed: RunRecord['events'];
}

/** Derives a run's events again from its snapshots and recorded configuration. */
export async function replayRun(deps: MonitorDeps, runId: string): Promise<ReplayResult> {
  const run = await deps.monitor.get<RunRecord>('run', runId);
  if (!run) throw new NotFoundError(`no run "${runId}"`, 'each alert names the run that raised it');
  const w = run.config;
  let events: AlertEvent[];
  if (w.kind === 'network') {
    events = (await evaluateNetworkRun(deps, w, run.snapshot.from, run.snapshot.to, run.hint)).events;
  } else {
    // Decisions taken after the run would suppress what it raised: replay with those in force then.
    const ds = (await decisions(deps)).filter((d) => d.at <= run.at);
    if (run.snapshot.from === run.snapshot.to) {
      // The baseline screen of a new book watch.
      const entities: Entity[] = [];
      for await (const e of deps.store.datasetEntities(run.snapshot.name, run.snapshot.to)) entities.push(e);
      events = [...(await fullRescreenOf(deps)(w, entities, ds, run.snapshot)).values()];
    } else {
      const change = await listChange(deps.store, run.snapshot.name, run.snapshot.from, run.snapshot.to);
      events = (
        await evaluate({
          watch: w,
          change,
          decisions: ds,
          ...(deps.rescreen ? { rescreen: deps.rescreen } : {}),
        })
      ).events;
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
          count(
            (
              await evaluate({
                watch: tw,
                change,
                decisions: await decisions(deps),
                index,
                ...(deps.rescreen ? { rescreen: deps.rescreen } : {}),
              })
            ).events,
          );
        }
      }
    }
    rows.push({ threshold, alerts: Object.values(byRule).reduce((s, n) => s + n, 0), byRule });
  }
  return rows;
}
