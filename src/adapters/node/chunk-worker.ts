// `interdict worker`: takes chunks of distributed screening runs off the
// queue, screens them (on its own thread, or on worker threads sharing one
// index) and commits each chunk's results, audit records and completion in
// one transaction, so a chunk screened twice writes nothing twice.

import { once } from 'node:events';
import type pg from 'pg';
import type { QueryRow } from '../../core/ingest/screening-queries.js';
import { InputError } from '../../core/model/errors.js';
import type { Store } from '../../core/store/store.js';
import { screenRows, type BatchOptions, type BatchRowResult } from '../../service/batch-screening.js';
import { openStore } from './open-store.js';
import { inTransaction } from './pg-transaction.js';
import {
  openRunQueue,
  SCREEN_QUEUE,
  type ChunkJob,
  type QueueTiming,
  type RunAudit,
  type RunFormat,
} from './run-queue.js';
import type { ChunkRow } from './screen-protocol.js';
import { apiRow, errorText, resultLine } from './screen-output.js';
import { screeningService } from './screening.js';
import { ScreenPool } from './worker-pool.js';

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
  await inTransaction(pool, async (client) => {
    // The run's row is locked first: chunk commits of one run follow each other, so the last one
    // sees every other as done, and a cancellation is either before or after a commit.
    const { rows: locked } = await client.query<{ status: string }>(
      'SELECT status FROM screen_runs WHERE id = $1 FOR UPDATE',
      [run],
    );
    if (locked[0]?.status !== 'running') return; // nothing written: the commit only ends the lock
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
  });
}
