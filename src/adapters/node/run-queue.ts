// The queue and the tables of distributed screening runs on one PostgreSQL
// server: pg-boss carries one job per chunk of a run (with retries, back-off,
// expiry of a chunk held by a dead worker and a dead-letter queue), and the
// run tables hold the copied input rows, the chunks and their results.
// queueRun copies rows in, splits them into chunks and queues the jobs.

import { randomUUID } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { queryColumns, type QueryRow } from '../../core/ingest/screening-queries.js';
import { UsageError } from '../../core/model/errors.js';
import type { BatchOptions } from '../../service/batch-screening.js';
import { createTables } from './pg-transaction.js';
import type { ChunkRow } from './screen-protocol.js';
import type { BatchFormat } from './screen-output.js';

export const SCREEN_QUEUE = 'interdict-screen';
export const DEAD_QUEUE = 'interdict-screen-dead';
/** Attempts after the first before a chunk goes to the dead-letter queue and its run fails. */
const RETRY_LIMIT = 5;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS screen_runs (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  input text NOT NULL,
  format text NOT NULL,
  columns jsonb NOT NULL,
  options jsonb NOT NULL,
  datasets jsonb NOT NULL,
  total_rows integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'loading'
);
CREATE TABLE IF NOT EXISTS screen_rows (
  run text NOT NULL REFERENCES screen_runs(id) ON DELETE CASCADE,
  row integer NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (run, row)
);
CREATE TABLE IF NOT EXISTS screen_chunks (
  run text NOT NULL REFERENCES screen_runs(id) ON DELETE CASCADE,
  chunk integer NOT NULL,
  first_row integer NOT NULL,
  last_row integer NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  worker text,
  done_at timestamptz,
  PRIMARY KEY (run, chunk)
);
CREATE TABLE IF NOT EXISTS screen_results (
  run text NOT NULL REFERENCES screen_runs(id) ON DELETE CASCADE,
  row integer NOT NULL,
  text text NOT NULL,
  matched boolean NOT NULL,
  error text,
  PRIMARY KEY (run, row)
);
ALTER TABLE screen_runs ADD COLUMN IF NOT EXISTS owner text;
ALTER TABLE screen_runs ADD COLUMN IF NOT EXISTS kind text;
ALTER TABLE screen_runs ADD COLUMN IF NOT EXISTS audit jsonb;
ALTER TABLE screen_runs ADD COLUMN IF NOT EXISTS error text;
ALTER TABLE screen_runs ADD COLUMN IF NOT EXISTS queued_at timestamptz;
ALTER TABLE screen_runs ADD COLUMN IF NOT EXISTS finished_at timestamptz;
CREATE INDEX IF NOT EXISTS screen_runs_owner ON screen_runs (owner, created_at);`;

/** Serialises schema changes between processes starting at once. */
const SCHEMA_LOCK = 7_215_015;

export interface ChunkJob {
  run: string;
  chunk: number;
}

export interface QueueTiming {
  /** Seconds a chunk may stay with one worker before it is taken back and retried (a worker that died). */
  chunkTimeout?: number;
  /** Seconds between the queue's checks for expired chunks. */
  superviseEvery?: number;
}

function bossOf(url: string, timing: QueueTiming): PgBoss {
  return new PgBoss({
    connectionString: url,
    maintenanceIntervalSeconds: timing.superviseEvery ?? 10,
    monitorStateIntervalSeconds: 60,
  });
}

async function prepare(boss: PgBoss, pool: pg.Pool, timing: QueueTiming): Promise<void> {
  await createTables(pool, SCHEMA_LOCK, SCHEMA);
  if (!(await boss.getQueue(DEAD_QUEUE))) await boss.createQueue(DEAD_QUEUE);
  if (!(await boss.getQueue(SCREEN_QUEUE)))
    await boss.createQueue(SCREEN_QUEUE, {
      name: SCREEN_QUEUE,
      retryLimit: RETRY_LIMIT,
      retryDelay: 2,
      retryBackoff: true,
      expireInSeconds: timing.chunkTimeout ?? 300,
      deadLetter: DEAD_QUEUE,
    });
}

function plainRow({ error, ...r }: QueryRow): ChunkRow {
  if (!error) return r;
  return {
    ...r,
    error: {
      code: error.code,
      message: error.message,
      ...(error.location ? { location: { ...error.location } } : {}),
      ...(error.hint ? { hint: error.hint } : {}),
    },
  };
}

/** Output of a run: a CSV or JSON-lines file, or the rows of an API job (JSON documents). */
export type RunFormat = BatchFormat | 'api';

/** Who asked for an API run, written on each of its audit records. */
export interface RunAudit {
  keyId: string;
  requestId: string;
  clientRequestId?: string;
}

/** The queue and the tables of distributed runs on one PostgreSQL server. */
export interface RunQueue {
  pool: pg.Pool;
  boss: PgBoss;
  timing: QueueTiming;
}

/** Start the queue (pg-boss) and make the run tables. */
export async function openRunQueue(db: string, timing: QueueTiming = {}, connections = 2): Promise<RunQueue> {
  const pool = new pg.Pool({ connectionString: db, max: connections });
  pool.on('error', () => undefined);
  const boss = bossOf(db, timing);
  boss.on('error', () => undefined);
  try {
    await boss.start();
    await prepare(boss, pool, timing);
  } catch (e) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await pool.end();
    throw e;
  }
  return { pool, boss, timing };
}

export async function closeRunQueue(queue: RunQueue): Promise<void> {
  await queue.boss.stop({ graceful: false, wait: true }).catch(() => undefined);
  await queue.pool.end();
}

export interface QueueRunOptions {
  /** Where the rows came from (a file name, or the API request's dataset). */
  input: string;
  inFormat: BatchFormat | 'rows';
  format: RunFormat;
  /** The options every chunk is screened with; `scope` holds the pinned `name@version` datasets. */
  options: BatchOptions;
  datasets: string[];
  chunkSize?: number;
  owner?: string;
  kind?: string;
  audit?: RunAudit;
  signal?: AbortSignal;
}

/**
 * Copy the rows into the database, split them into chunks and queue one job
 * per chunk. All or nothing: a run that fails while loading is removed.
 */
export async function queueRun(
  queue: RunQueue,
  rows: AsyncIterable<QueryRow>,
  opts: QueueRunOptions,
): Promise<{ run: string; rows: number; chunks: number }> {
  const { pool, boss, timing } = queue;
  const chunkSize = opts.chunkSize ?? 2000;
  const run = randomUUID();
  let created = false;
  try {
    let columns: string[] | undefined;
    let n = 0;
    let batch: ChunkRow[] = [];
    const flush = async (): Promise<void> => {
      if (!batch.length) return;
      await pool.query(
        'INSERT INTO screen_rows (run, row, data) SELECT $1, o, d FROM unnest($2::int[], $3::jsonb[]) AS t(o, d)',
        [run, batch.map((_, i) => n - batch.length + i + 1), batch.map((r) => JSON.stringify(r))],
      );
      batch = [];
    };
    for await (const row of rows) {
      if (!columns) {
        columns =
          opts.inFormat === 'csv'
            ? Object.keys(row.input)
            : ['name', 'schema', 'country', 'birth_date', 'id_number'];
        await pool.query(
          `INSERT INTO screen_runs (id, input, format, columns, options, datasets, owner, kind, audit)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            run,
            opts.input,
            opts.format,
            JSON.stringify(columns),
            JSON.stringify(opts.options),
            JSON.stringify(opts.datasets),
            opts.owner ?? null,
            opts.kind ?? null,
            opts.audit ? JSON.stringify(opts.audit) : null,
          ],
        );
        created = true;
      }
      if (opts.format === 'csv' && opts.inFormat === 'jsonl') {
        row.input = queryColumns(row.query);
      }
      n++;
      batch.push(plainRow(row));
      if (batch.length >= 1000) await flush();
      if (opts.signal?.aborted) throw new UsageError('cancelled', 'run the command again to screen the file');
    }
    await flush();
    if (!columns)
      throw new UsageError(`${opts.input} has no rows to screen`, 'give a file with a header and rows');
    const chunks = Math.ceil(n / chunkSize);
    await pool.query(
      `INSERT INTO screen_chunks (run, chunk, first_row, last_row)
       SELECT $1, c, c * $2 + 1, LEAST((c + 1) * $2, $3) FROM generate_series(0, $4 - 1) AS c`,
      [run, chunkSize, n, chunks],
    );
    const started = await pool.query(
      "UPDATE screen_runs SET total_rows = $2, status = 'running', queued_at = now() WHERE id = $1 AND status = 'loading'",
      [run, n],
    );
    if (!started.rowCount) throw new UsageError('cancelled while loading', 'submit the rows again');
    // Retry and expiry are set on every job: a queue created earlier keeps its own defaults.
    await boss.insert(
      Array.from({ length: chunks }, (_, chunk) => ({
        name: SCREEN_QUEUE,
        data: { run, chunk } satisfies ChunkJob,
        retryLimit: RETRY_LIMIT,
        retryDelay: 2,
        retryBackoff: true,
        expireInSeconds: timing.chunkTimeout ?? 300,
        deadLetter: DEAD_QUEUE,
      })),
    );
    return { run, rows: n, chunks };
  } catch (e) {
    if (created) await pool.query('DELETE FROM screen_runs WHERE id = $1', [run]).catch(() => undefined);
    throw e;
  }
}
