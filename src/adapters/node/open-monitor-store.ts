// Opens the monitor's state beside the Store: the same SQLite file or PostgreSQL database.

import type { MonitorStore } from '../../service/monitor-store.js';

export async function openMonitorStore(location: string): Promise<MonitorStore> {
  if (/^postgres(ql)?:\/\//.test(location))
    return (await import('./monitor-store-pg.js')).PgMonitorStore.open(location);
  const { SqliteMonitorStore } = await import('./monitor-store-sqlite.js');
  return new SqliteMonitorStore(location);
}
