// The demo network under watch, as the monitoring tests need it: a store and
// a monitor in one new SQLite file, the demo's plan watched, the demo then
// rebuilt (version 2) and the monitor run once, so the rebuild's alerts are open.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addWatch, runMonitor } from '../../../service/monitor.js';
import { articleRebuild } from '../../cli/commands/demo-monitor.js';
import { readDemoNetwork } from '../../node/demo-data.js';
import { SqliteMonitorStore } from '../../node/monitor-store-sqlite.js';
import { SqliteStore } from '../../node/sqlite-store.js';

/** Watches the demo's plan (designate Unit 190, budget 4) under `name`, stores the rebuild and runs the monitor. */
export async function monitoredDemo(
  name?: string,
): Promise<{ store: SqliteStore; monitor: SqliteMonitorStore }> {
  const file = join(mkdtempSync(join(tmpdir(), 'interdict-monitored-')), 'db.sqlite');
  const store = new SqliteStore(file);
  const monitor = new SqliteMonitorStore(file);
  const { network } = readDemoNetwork();
  await store.saveNetwork(network, { contentHash: 'v1', format: 'scenario' });
  await addWatch(
    { store, monitor },
    {
      kind: 'network',
      network: network.id,
      plan: ['designate-unit-190'],
      budget: 4,
      ...(name ? { name } : {}),
    },
  );
  await store.saveNetwork(articleRebuild(network), { contentHash: 'v2', format: 'scenario' });
  await runMonitor({ store, monitor });
  return { store, monitor };
}
