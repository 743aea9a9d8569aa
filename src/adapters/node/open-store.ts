// Opens the configured Store backend: PostgreSQL for a postgres:// URL (a
// team server), SQLite for anything else (a file path).

import type { Store } from '../../core/store/store.js';
import { PgStore } from './pg-store.js';
import { SqliteStore } from './sqlite-store.js';

export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) return PgStore.open(location);
  return new SqliteStore(location);
}
