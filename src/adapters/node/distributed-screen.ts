// Batch screening spread over worker processes through PostgreSQL: the
// submitting command copies the input rows into the database, splits them
// into chunks and queues one pg-boss job per chunk; `interdict worker`
// processes screen chunks and commit each chunk's results together with its
// completion in one transaction (results keyed by run and row, so a chunk
// screened twice writes nothing twice). The submitter then writes the output
// in input order, atomically. Output lines are the single-process ones.

import { once } from 'node:events';
import { tempOutput } from './temp-output.js';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { QueryRow } from '../../core/ingest/screening-queries.js';
import { InputError, UsageError } from '../../core/model/errors.js';
import type { Store } from '../../core/store/store.js';
import {
  rowsOfLines,
  screenRows,
  type BatchOptions,
  type BatchRowResult,
} from '../../service/batch-screening.js';
import { readLines } from './files.js';
import { openStore } from './open-store.js';
import type { ProgressSink } from './progress.js';
import type { ChunkRow } from './screen-protocol.js';
import { apiRow, errorText, RESULT_COLUMNS, resultLine, type BatchFormat } from './screen-output.js';
import { screeningService } from './screening.js';
import { ScreenPool } from './worker-pool.js';

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
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(SCHEMA);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
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

function formatOf(path: string, what: string): BatchFormat {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return 'jsonl';
  throw new UsageError(`cannot tell the format of ${what} ${path}`, 'use a .csv or .jsonl file');
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
        const p = row.query.properties;
        row.input = {
          name: p.name?.[0],
          schema: row.query.schema,
          country: p.country?.[0],
          birth_date: p.birthDate?.[0],
          id_number: p.idNumber?.[0],
        };
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

export type RunState = 'loading' | 'queued' | 'running' | 'done' | 'cancelled' | 'failed';

export interface RunStatus {
  run: string;
  owner: string | null;
  kind: string | null;
  state: RunState;
  total: number;
  done: number;
  chunks: number;
  chunksDone: number;
  /** Rows per second since the chunks were queued. */
  rate: number;
  /** Seconds left at that rate (absent before the first chunk is done, or once finished). */
  etaSeconds?: number;
  createdAt: string;
  finishedAt?: string;
  error?: string;
}

/** A run's state and progress, as any process sees it from the database. */
export async function runStatus(pool: pg.Pool, run: string): Promise<RunStatus | undefined> {
  const { rows } = await pool.query<{
    owner: string | null;
    kind: string | null;
    status: string;
    total_rows: number;
    created_at: Date;
    finished_at: Date | null;
    error: string | null;
    chunks: string;
    chunks_done: string;
    done: string;
    attempts: string;
    elapsed: number | null;
  }>(
    `SELECT r.owner, r.kind, r.status, r.total_rows, r.created_at, r.finished_at, r.error,
       COUNT(c.chunk) AS chunks, COUNT(c.done_at) AS chunks_done,
       COALESCE(SUM(c.last_row - c.first_row + 1) FILTER (WHERE c.done_at IS NOT NULL), 0) AS done,
       COALESCE(SUM(c.attempts), 0) AS attempts,
       EXTRACT(EPOCH FROM COALESCE(r.finished_at, now()) - r.queued_at)::float8 AS elapsed
     FROM screen_runs r LEFT JOIN screen_chunks c ON c.run = r.id
     WHERE r.id = $1 GROUP BY r.id`,
    [run],
  );
  const r = rows[0];
  if (!r) return undefined;
  const chunks = Number(r.chunks);
  const chunksDone = Number(r.chunks_done);
  const done = Number(r.done);
  let state: RunState;
  if (r.status === 'running')
    state = chunks > 0 && chunksDone === chunks ? 'done' : Number(r.attempts) > 0 ? 'running' : 'queued';
  else state = r.status as RunState;
  const rate = r.elapsed && r.elapsed > 0 ? done / r.elapsed : 0;
  const finished = state === 'done' || state === 'cancelled' || state === 'failed';
  return {
    run,
    owner: r.owner,
    kind: r.kind,
    state,
    total: r.total_rows,
    done,
    chunks,
    chunksDone,
    rate,
    ...(!finished && rate > 0 ? { etaSeconds: Math.ceil((r.total_rows - done) / rate) } : {}),
    createdAt: r.created_at.toISOString(),
    ...(r.finished_at ? { finishedAt: r.finished_at.toISOString() } : {}),
    ...(r.error ? { error: r.error } : {}),
  };
}

/** Runs of one owner (or of every owner), newest first, finished ones kept for `keepSeconds`. */
export async function listRuns(
  pool: pg.Pool,
  owner: string | undefined,
  keepSeconds: number,
): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT id FROM screen_runs
     WHERE owner IS NOT NULL AND ($1::text IS NULL OR owner = $1)
       AND (finished_at IS NULL OR finished_at > now() - $2 * interval '1 second')
     ORDER BY created_at DESC LIMIT 200`,
    [owner ?? null, keepSeconds],
  );
  return rows.map((r) => r.id);
}

/** Runs of an owner still loading or being screened. */
export async function openRuns(pool: pg.Pool, owner: string): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(
    `SELECT COUNT(*) AS n FROM screen_runs r WHERE owner = $1
       AND (status = 'loading' OR (status = 'running'
         AND EXISTS (SELECT 1 FROM screen_chunks c WHERE c.run = r.id AND c.done_at IS NULL)))`,
    [owner],
  );
  return Number(rows[0]!.n);
}

/** Cancel a run that is loading or running; false when it had already finished. */
export async function cancelRun(pool: pg.Pool, run: string): Promise<boolean> {
  const { rowCount } = await pool.query(
    `UPDATE screen_runs SET status = 'cancelled', finished_at = now()
     WHERE id = $1 AND (status = 'loading' OR (status = 'running'
       AND EXISTS (SELECT 1 FROM screen_chunks c WHERE c.run = $1 AND c.done_at IS NULL)))`,
    [run],
  );
  return (rowCount ?? 0) > 0;
}

/** The result lines of a run in input order, read in slices. */
export async function* runLines(
  pool: pg.Pool,
  run: string,
  total: number,
): AsyncGenerator<{ text: string; matched: boolean; error: string | null }> {
  for (let from = 1; from <= total; from += 5000) {
    const { rows: part } = await pool.query<{ text: string; matched: boolean; error: string | null }>(
      'SELECT text, matched, error FROM screen_results WHERE run = $1 AND row BETWEEN $2 AND $3 ORDER BY row',
      [run, from, from + 4999],
    );
    yield* part;
  }
}

export interface DistributedOptions {
  input: string;
  output: string;
  /** The PostgreSQL URL of the team store (lists, runs, rows, results and the queue). */
  db: string;
  datasets: string[];
  screen: BatchOptions;
  chunkSize?: number;
  timing?: QueueTiming;
  progress?: ProgressSink;
  /** Aborting cancels the run: queued chunks are dropped and no output is written. */
  signal?: AbortSignal;
  /** Called once the run's chunks are queued. */
  onQueued?: (run: string, chunks: number) => void;
}

export interface DistributedSummary {
  run: string;
  queries: number;
  matched: number;
  errors: string[];
  chunks: number;
  seconds: number;
  perSecond: number;
  output: string;
}

export async function screenDistributed(opts: DistributedOptions): Promise<DistributedSummary> {
  const inFormat = formatOf(opts.input, 'input');
  const outFormat = formatOf(opts.output, 'output');
  const started = performance.now();
  // Pin the datasets and options now: workers screen against these versions whatever is imported meanwhile.
  const store = await openStore(opts.db);
  let pinned: string[];
  try {
    const service = screeningService(store, { db: opts.db });
    const request: BatchOptions = {
      ...opts.screen,
      ...(opts.datasets.length ? { scope: opts.datasets } : {}),
    };
    service.options(request);
    pinned = (await service.scope(request.scope)).map((d) => `${d.name}@${d.version}`);
  } finally {
    await store.close();
  }
  const queue = await openRunQueue(opts.db, opts.timing ?? {});
  const { pool } = queue;
  let run: string | undefined;
  let finished = false;
  try {
    const queued = await queueRun(queue, rowsOfLines(readLines(opts.input), inFormat, opts.input), {
      input: opts.input,
      inFormat,
      format: outFormat,
      options: { ...opts.screen, scope: pinned },
      datasets: pinned,
      ...(opts.chunkSize ? { chunkSize: opts.chunkSize } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    run = queued.run;
    const { rows: n, chunks } = queued;
    opts.onQueued?.(run, chunks);

    // Wait for every chunk, showing progress.
    let lastLine = 0;
    for (;;) {
      if (opts.signal?.aborted) throw new UsageError('cancelled', 'run the command again to screen the file');
      const s = (await runStatus(pool, run))!;
      if (s.state === 'cancelled' || s.state === 'failed')
        throw new UsageError(
          `run ${run} was ${s.state}${s.error ? `: ${s.error}` : ''}`,
          'run the command again',
        );
      const now = performance.now();
      const done = s.done;
      if (opts.progress && (opts.progress.isTTY ? true : now - lastLine > 10_000 || done === n)) {
        lastLine = now;
        const eta = s.etaSeconds !== undefined ? `, ETA ${s.etaSeconds} s` : '';
        const line = `screened ${done.toLocaleString('en-US')} of ${n.toLocaleString('en-US')} rows (${Math.round(s.rate).toLocaleString('en-US')}/s${eta})`;
        opts.progress.err(opts.progress.isTTY ? `\r${line}\u001b[K${done === n ? '\n' : ''}` : `${line}\n`);
      }
      if (s.chunksDone === chunks) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }

    // Assemble in input order, atomically.
    const { rows: meta } = await pool.query<{ columns: string[] }>(
      'SELECT columns FROM screen_runs WHERE id = $1',
      [run],
    );
    const columns = meta[0]!.columns;
    const out = tempOutput(opts.output);
    let matched = 0;
    const errors: string[] = [];
    try {
      const write = (text: string): Promise<void> => out.write(text);
      if (outFormat === 'csv') await write([...columns, ...RESULT_COLUMNS].join(',') + '\n');
      for await (const p of runLines(pool, run, n)) {
        if (p.matched) matched++;
        if (p.error) errors.push(p.error);
        await write(p.text);
      }
      await out.commit();
    } catch (e) {
      await out.discard();
      throw e;
    }
    await pool.query("UPDATE screen_runs SET status = 'done', finished_at = now() WHERE id = $1", [run]);
    finished = true;
    const seconds = (performance.now() - started) / 1000;
    return { run, queries: n, matched, errors, chunks, seconds, perSecond: n / seconds, output: opts.output };
  } finally {
    if (!finished && run)
      await pool
        .query("UPDATE screen_runs SET status = 'cancelled', finished_at = now() WHERE id = $1", [run])
        .catch(() => 0);
    await closeRunQueue(queue);
  }
}

function rehydrate(row: ChunkRow): QueryRow {
  const { error, ...rest } = row;
  if (!error) return rest;
  return { ...rest, error: new InputError(error.code as never, error.message, error.location, error.hint) };
}

export interface WorkerOptions {
  db: string;
  /**
   * Threads screening each chunk (default 1: the process's own thread). With
   * more, the process loads each run's pinned index once into shared memory
   * and its threads screen slices of the chunk against it.
   */
  threads?: number;
  timing?: QueueTiming;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

/** Screen queued chunks until the signal aborts. One chunk at a time per process. */
export async function runWorker(opts: WorkerOptions): Promise<void> {
  const log = opts.log ?? (() => undefined);
  const queue = await openRunQueue(opts.db, opts.timing ?? {});
  const { pool, boss } = queue;
  boss.on('error', (e) => log(`queue error: ${(e as Error).message}`));
  let store: Store | undefined;
  let threaded: ThreadedScreening | undefined;
  const worker = `${process.pid}`;
  try {
    store = await openStore(opts.db);
    // One screening service for every run: its indexes are cached per dataset version, so a run
    // pinned to another version loads that one (and the older index is let go).
    const service = screeningService(store, { db: opts.db });
    const inThread: ScreenRowsFn = (rows, options) => screenRows(service, each(rows), options);
    const screen =
      (opts.threads ?? 1) > 1 ? (threaded ??= new ThreadedScreening(opts.db, opts.threads!)) : undefined;
    await boss.work<ChunkJob>(
      SCREEN_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true },
      async ([job]) => {
        try {
          await screenChunk(pool, screen ? (r, o) => screen.rows(r, o) : inThread, job!.data, worker, log);
        } catch (e) {
          // The last attempt failed: the chunk goes to the dead-letter queue and its run fails.
          if (job!.retryCount >= job!.retryLimit)
            await pool
              .query(
                "UPDATE screen_runs SET status = 'failed', error = $2, finished_at = now() WHERE id = $1 AND status = 'running'",
                [job!.data.run, `chunk ${job!.data.chunk}: ${(e as Error).message}`],
              )
              .catch(() => undefined);
          throw e;
        }
      },
    );
    log(`worker ${worker} waiting for chunks on ${SCREEN_QUEUE}`);
    if (opts.signal && !opts.signal.aborted) await once(opts.signal, 'abort');
  } finally {
    await boss.stop({ graceful: true, wait: true, timeout: 30_000 }).catch(() => undefined);
    await threaded?.close();
    await store?.close();
    await pool.end();
  }
}

type ScreenRowsFn = (rows: ChunkRow[], options: BatchOptions) => AsyncIterable<BatchRowResult>;

async function* each(rows: ChunkRow[]): AsyncGenerator<QueryRow> {
  for (const r of rows) yield rehydrate(r);
}

/**
 * A chunk screened on worker threads sharing one index: one pool per set of
 * pinned options (a run pinned to other dataset versions replaces it, so the
 * process holds one index, and two only while the replacement loads).
 */
class ThreadedScreening {
  private current: { key: string; pool: Promise<ScreenPool> } | undefined;
  private seq = 0;

  constructor(
    private readonly db: string,
    private readonly threads: number,
  ) {}

  private async poolFor(options: BatchOptions): Promise<ScreenPool> {
    const key = JSON.stringify(options);
    if (this.current?.key !== key) {
      const old = this.current;
      const pool = ScreenPool.start(this.threads, { dbPath: this.db, env: {}, datasets: [], options });
      this.current = { key, pool };
      pool.catch(() => undefined);
      await (await old?.pool.catch(() => undefined))?.close();
    }
    return this.current.pool;
  }

  async *rows(rows: ChunkRow[], options: BatchOptions): AsyncGenerator<BatchRowResult> {
    let pool: ScreenPool;
    try {
      pool = await this.poolFor(options);
    } catch (e) {
      this.current = undefined;
      throw e;
    }
    // Slices small enough to keep every thread busy; results come back in input order.
    const size = Math.max(8, Math.ceil(rows.length / (this.threads * 4)));
    const pending: Promise<BatchRowResult[]>[] = [];
    for (let i = 0; i < rows.length; i += size) {
      const p = pool.rows(this.seq++, rows.slice(i, i + size));
      p.catch(() => undefined);
      pending.push(p);
    }
    try {
      for (const p of pending) yield* await p;
    } catch (e) {
      // A failed pool is not reused: the chunk is retried with a new one.
      if (this.current && (await this.current.pool.catch(() => undefined)) === pool) this.current = undefined;
      await pool.close();
      throw e;
    }
  }

  async close(): Promise<void> {
    await (await this.current?.pool.catch(() => undefined))?.close();
    this.current = undefined;
  }
}

interface AuditRow {
  row: number;
  dataset: string;
  version: number;
  query: string;
  results: string;
}

async function screenChunk(
  pool: pg.Pool,
  screen: ScreenRowsFn,
  { run, chunk }: ChunkJob,
  worker: string,
  log: (line: string) => void,
): Promise<void> {
  const { rows: runRows } = await pool.query<{
    status: string;
    format: RunFormat;
    columns: string[];
    options: BatchOptions;
    audit: RunAudit | null;
  }>('SELECT status, format, columns, options, audit FROM screen_runs WHERE id = $1', [run]);
  const meta = runRows[0];
  if (!meta || meta.status !== 'running') return; // cancelled, failed or removed: nothing to do
  const { rows: c } = await pool.query<{ first_row: number; last_row: number; done_at: Date | null }>(
    `UPDATE screen_chunks SET attempts = attempts + 1, worker = $3 WHERE run = $1 AND chunk = $2
     RETURNING first_row, last_row, done_at`,
    [run, chunk, worker],
  );
  if (!c[0] || c[0].done_at) return;
  log(`run ${run} chunk ${chunk}: rows ${c[0].first_row}–${c[0].last_row}`);
  const { rows: input } = await pool.query<{ row: number; data: ChunkRow }>(
    'SELECT row, data FROM screen_rows WHERE run = $1 AND row BETWEEN $2 AND $3 ORDER BY row',
    [run, c[0].first_row, c[0].last_row],
  );
  const order: number[] = [];
  const texts: string[] = [];
  const matched: boolean[] = [];
  const errs: (string | null)[] = [];
  const audits: AuditRow[] = [];
  let i = 0;
  for await (const result of screen(
    input.map((r) => r.data),
    meta.options,
  )) {
    const row = input[i++]!.row;
    order.push(row);
    if (meta.format === 'api') {
      const doc = apiRow(result);
      texts.push(JSON.stringify(doc));
      matched.push(doc.results.some((r) => r.match));
    } else {
      texts.push(resultLine(meta.format, result, meta.columns));
      matched.push(Boolean(result.results[0]?.match));
    }
    errs.push(result.error ? errorText(result) : null);
    if (meta.audit && !result.error) {
      const query = JSON.stringify({
        key: result.key,
        line: result.line,
        query: result.query,
        ...(meta.audit.clientRequestId ? { clientRequestId: meta.audit.clientRequestId } : {}),
      });
      for (const [dataset, version] of Object.entries(result.versions ?? {}))
        audits.push({
          row,
          dataset,
          version,
          query,
          results: JSON.stringify(
            result.results
              .filter((r) => r.datasets.includes(dataset))
              .map((r) => ({ id: r.id, score: r.score, match: r.match })),
          ),
        });
    }
  }
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // The run's row is locked first: chunk commits of one run follow each other, so the last one
    // sees every other as done, and a cancellation is either before or after a commit.
    const { rows: locked } = await client.query<{ status: string }>(
      'SELECT status FROM screen_runs WHERE id = $1 FOR UPDATE',
      [run],
    );
    if (locked[0]?.status !== 'running') {
      await client.query('ROLLBACK');
      return;
    }
    const { rows: written } = await client.query<{ row: number }>(
      `INSERT INTO screen_results (run, row, text, matched, error)
       SELECT $1, r, t, m, e FROM unnest($2::int[], $3::text[], $4::boolean[], $5::text[]) AS u(r, t, m, e)
       ON CONFLICT (run, row) DO NOTHING RETURNING row`,
      [run, order, texts, matched, errs],
    );
    if (meta.audit && audits.length) {
      // Audit records only for rows written now: a chunk screened twice is audited once.
      const fresh = new Set(written.map((w) => w.row));
      const rows = audits.filter((a) => fresh.has(a.row));
      if (rows.length)
        await client.query(
          `INSERT INTO audit (at, key_id, action, dataset, dataset_version, query, results, request_id)
           SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), $1, 'batch', d, v, q::json, r::json, $2
           FROM unnest($3::text[], $4::int[], $5::text[], $6::text[]) AS u(d, v, q, r)`,
          [
            meta.audit.keyId,
            meta.audit.requestId,
            rows.map((a) => a.dataset),
            rows.map((a) => a.version),
            rows.map((a) => a.query),
            rows.map((a) => a.results),
          ],
        );
    }
    await client.query(
      'UPDATE screen_chunks SET done_at = now() WHERE run = $1 AND chunk = $2 AND done_at IS NULL',
      [run, chunk],
    );
    // An API run is done with its last chunk (a file run once its submitter has written the output).
    if (meta.format === 'api')
      await client.query(
        `UPDATE screen_runs SET status = 'done', finished_at = now() WHERE id = $1
         AND NOT EXISTS (SELECT 1 FROM screen_chunks WHERE run = $1 AND done_at IS NULL)`,
        [run],
      );
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
