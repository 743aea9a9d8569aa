// The scheduler inside `interdict serve`: every interval, run the due watches
// over new snapshots and deliver pending webhooks. One pass at a time; a
// failing pass is logged and the next one tries again.

import type { Store } from '../../core/store/store.js';
import type { MonitorStore } from '../../service/monitor-store.js';
import { runMonitor } from '../../service/monitor.js';
import { reverseRescreenThreads } from './reverse-threads.js';
import { deliverWebhooks } from './webhooks.js';

export interface Scheduler {
  /** Runs one pass now (waits for a pass in progress first). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export function startMonitorScheduler(
  store: Store,
  monitor: MonitorStore,
  everyMs: number,
  log: (msg: string, detail?: unknown) => void,
): Scheduler {
  const rescreen = reverseRescreenThreads();
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const pass = async () => {
    try {
      const reports = await runMonitor({ store, monitor, rescreen });
      const raised = reports.reduce((n, r) => n + r.raised.length, 0);
      const delivery = await deliverWebhooks(monitor);
      if (raised || delivery.delivered || delivery.failed) log('monitor pass', { raised, ...delivery });
    } catch (e) {
      log('monitor pass failed', { error: (e as Error).message });
    }
  };
  const tick = () => {
    running = running.then(() => (stopped ? undefined : pass()));
    return running;
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
