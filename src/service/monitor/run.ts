// Running the monitor: every due watch over the snapshots it has not seen yet.

import type { Watch } from '../../core/monitor/index.js';
import { cronDue } from '../cron.js';
import { nowOf, type MonitorDeps, type WatchState } from './context.js';
import { runBookWatch } from './book-watch.js';
import { runNetworkWatch } from './network-watch.js';
import type { RunReport } from './record.js';
import { getWatch, listWatches } from './watches.js';

export interface RunOptions {
  /** Only this watch. */
  watch?: string;
  /** Run cron watches even when not due. */
  force?: boolean;
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
