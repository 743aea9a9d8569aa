// Watches: adding one (a network under an adopted plan, or a book of
// counterparties with the datasets to watch), listing and removing them.

import {
  bookFingerprint,
  bookIndex,
  BookIndex,
  NETWORK_THRESHOLDS,
  searchBestPlan,
  type BookWatch,
  type Counterparty,
  type DeliveryChannel,
  type NetworkThresholds,
  type NetworkWatch,
  type Watch,
  type WatchSchedule,
} from '../../core/monitor/index.js';
import { applyMeasures } from '../../core/model/measures.js';
import { NotFoundError, UsageError } from '../../core/model/errors.js';
import { cronDue } from '../cron.js';
import { MONITOR_DEFAULTS, newId, nowOf, type MonitorDeps, type WatchState } from './context.js';

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
    // The plan-drift rule compares the adopted plan with the best plan for its budget: searched in
    // full once, now, so that each run after starts from it and stays short.
    const best = deps.searchPlan
      ? await deps.searchPlan(network, info, watch)
      : (await searchBestPlan(network, watch)).actions;
    state = { watch: watch.id, network: info.version, bestPlan: best };
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

/**
 * The book's index: built once when the watch is added, loaded from its
 * bytes on each run. An index stored in an older layout, or for another
 * book, is built again and stored in place of it.
 */
export async function loadBookIndex(deps: MonitorDeps, w: BookWatch): Promise<BookIndex> {
  const bytes = await deps.monitor.getBlob(indexBlob(w.id));
  if (bytes) {
    try {
      const index = BookIndex.fromBytes(bytes);
      if (index.size === w.counterparties.length && index.fingerprint === bookFingerprint(w.counterparties))
        return index;
    } catch {
      // Not this layout: rebuilt below.
    }
  }
  const index = bookIndex(w.counterparties);
  await deps.monitor.putBlob(indexBlob(w.id), index.toBytes());
  return index;
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
