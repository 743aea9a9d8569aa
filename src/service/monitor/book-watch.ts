// A book watch's runs: reverse re-screening on each new dataset version, the
// baseline screen when a watch starts, and the weekly full check.

import { evaluate, type BookIndex, type BookWatch } from '../../core/monitor/index.js';
import { UsageError } from '../../core/model/errors.js';
import type { Entity } from '../../core/model/entity.js';
import {
  decisions,
  fullRescreenOf,
  nowOf,
  watchAlerts,
  type MonitorDeps,
  type WatchState,
} from './context.js';
import { listChange } from './list-change.js';
import { record, type RunReport } from './record.js';
import { getWatch, loadBookIndex } from './watches.js';

export async function runBookWatch(
  deps: MonitorDeps,
  w: BookWatch,
  state: WatchState,
  now: string,
): Promise<RunReport> {
  const report: RunReport = { watch: w.id, runs: [], raised: [], cleared: [] };
  const seen = { ...(state.datasets ?? {}) };
  let index: BookIndex | undefined;
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
      const result = await evaluate({
        watch: w,
        change,
        decisions: ds,
        stored,
        index,
        ...(deps.rescreen ? { rescreen: deps.rescreen } : {}),
      });
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
    const found = await fullRescreenOf(deps)(w, entities, ds);
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
    const events = [...(await fullRescreenOf(deps)(w, entities, ds, snapshot)).values()];
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
