// Opens the configured Store backend: PostgreSQL for a postgres:// URL (a
// team server), SQLite for anything else (a file path).

import type { Store } from '../../core/store/store.js';

/** The backend's driver (pg or better-sqlite3) is loaded only when a store is opened. */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) return (await import('./pg-store.js')).PgStore.open(location);
  const { SqliteStore } = await import('./sqlite-store.js');
  return new SqliteStore(location);
}
