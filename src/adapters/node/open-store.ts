// Opens the configured Store backend: SQLite for a file path; PostgreSQL for
// a postgres:// URL once that adapter exists.

import type { Store } from '../../core/store/store.js';
import { UsageError } from '../../core/model/errors.js';
import { SqliteStore } from './sqlite-store.js';

export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new UsageError(
      'PostgreSQL storage is not available in this build',
      'use a SQLite file path with --db',
    );
  }
  return new SqliteStore(location);
}
