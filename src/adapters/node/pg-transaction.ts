// One transaction on a pooled PostgreSQL connection, and the table set-up a
// module of the team store runs when it opens: serialised by an advisory lock,
// so two processes opening the same database at once do not race on CREATE.

import type pg from 'pg';

/** Runs `work` between BEGIN and COMMIT on one connection; rolls back and rethrows when it fails. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/**
 * Runs the `CREATE … IF NOT EXISTS` script `sql` while holding the advisory lock `lock`
 * (a number, or a name PostgreSQL hashes to one).
 */
export function createTables(pool: pg.Pool, lock: number | string, sql: string): Promise<void> {
  return inTransaction(pool, async (client) => {
    await client.query(
      typeof lock === 'number'
        ? 'SELECT pg_advisory_xact_lock($1)'
        : 'SELECT pg_advisory_xact_lock(hashtext($1))',
      [lock],
    );
    await client.query(sql);
  });
}
