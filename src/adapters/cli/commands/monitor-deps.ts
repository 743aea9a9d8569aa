// The stores a watch or monitor command works on: the list store and the
// monitoring store beside it, with the re-screen threads of this machine.

import type { MonitorDeps } from '../../../service/monitor.js';
import { openMonitorStore } from '../../node/open-monitor-store.js';
import { resolveDbPath } from '../../node/paths.js';
import { reverseRescreenThreads } from '../../node/reverse-threads.js';
import { stringOpt, withStore, type Io, type ParsedArgs } from '../command.js';

export async function withMonitor<T>(
  args: ParsedArgs,
  io: Io,
  fn: (deps: MonitorDeps) => Promise<T>,
): Promise<T> {
  return withStore(args, io, async (store) => {
    const monitor = await openMonitorStore(resolveDbPath(stringOpt(args, 'db'), io.env));
    try {
      return await fn({ store, monitor, rescreen: reverseRescreenThreads() });
    } finally {
      await monitor.close();
    }
  });
}
