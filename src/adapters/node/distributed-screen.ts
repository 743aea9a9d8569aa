// Batch screening spread over worker processes through PostgreSQL: the
// submitting command copies the input rows into the database, splits them
// into chunks and queues one pg-boss job per chunk; `interdict worker`
// processes screen chunks and commit each chunk's results together with its
// completion in one transaction (results keyed by run and row, so a chunk
// screened twice writes nothing twice). The submitter then writes the output
// in input order, atomically. Output lines are the single-process ones.

import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { QueryRow } from '../../core/ingest/screening-queries.js';
import { InputError, UsageError } from '../../core/model/errors.js';
import type { Store } from '../../core/store/store.js';
import { bareMessage, rowsOfLines, screenRows, type BatchOptions } from '../../service/batch-screening.js';
import type { ScreeningService } from '../../service/screening.js';
import { readLines } from './files.js';
import { openStore } from './open-store.js';
import type { ProgressSink } from './progress.js';
import type { ChunkRow } from './screen-protocol.js';
import { errorText, RESULT_COLUMNS, resultLine, type BatchFormat } from './screen-output.js';
import { screeningService } from './screening.js';

export const SCREEN_QUEUE = 'interdict-screen';
export const DEAD_QUEUE = 'interdict-screen-dead';

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
);`;

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
  await pool.query(SCHEMA);
  if (!(await boss.getQueue(DEAD_QUEUE))) await boss.createQueue(DEAD_QUEUE);
  if (!(await boss.getQueue(SCREEN_QUEUE)))
    await boss.createQueue(SCREEN_QUEUE, {
      name: SCREEN_QUEUE,
      retryLimit: 5,
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
      message: bareMessage(error),
      ...(error.location ? { location: { ...error.location } } : {}),
      ...(error.hint ? { hint: error.hint } : {}),
    },
  };
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
  const chunkSize = opts.chunkSize ?? 2000;
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
  const timing = opts.timing ?? {};
  const pool = new pg.Pool({ connectionString: opts.db, max: 2 });
  const boss = bossOf(opts.db, timing);
  boss.on('error', () => undefined);
  const run = randomUUID();
  let finished = false;
  try {
    await boss.start();
    await prepare(boss, pool, timing);
    const rows = rowsOfLines(readLines(opts.input), inFormat, opts.input);
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
    const options = { ...opts.screen, scope: pinned };
    for await (const row of rows) {
      if (!columns) {
        columns =
          inFormat === 'csv'
            ? Object.keys(row.input)
            : ['name', 'schema', 'country', 'birth_date', 'id_number'];
        await pool.query(
          'INSERT INTO screen_runs (id, input, format, columns, options, datasets) VALUES ($1, $2, $3, $4, $5, $6)',
          [
            run,
            opts.input,
            outFormat,
            JSON.stringify(columns),
            JSON.stringify(options),
            JSON.stringify(pinned),
          ],
        );
      }
      if (outFormat === 'csv' && inFormat === 'jsonl') {
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
    await pool.query("UPDATE screen_runs SET total_rows = $2, status = 'running' WHERE id = $1", [run, n]);
    // Retry and expiry are set on every job: a queue created earlier keeps its own defaults.
    await boss.insert(
      Array.from({ length: chunks }, (_, chunk) => ({
        name: SCREEN_QUEUE,
        data: { run, chunk } satisfies ChunkJob,
        retryLimit: 5,
        retryDelay: 2,
        retryBackoff: true,
        expireInSeconds: timing.chunkTimeout ?? 300,
        deadLetter: DEAD_QUEUE,
      })),
    );
    opts.onQueued?.(run, chunks);

    // Wait for every chunk, showing progress.
    const queuedAt = performance.now();
    let lastLine = 0;
    for (;;) {
      if (opts.signal?.aborted) throw new UsageError('cancelled', 'run the command again to screen the file');
      const { rows: r } = await pool.query<{ done: string; chunks_done: string }>(
        `SELECT COALESCE(SUM(last_row - first_row + 1), 0) AS done, COUNT(*) AS chunks_done
         FROM screen_chunks WHERE run = $1 AND done_at IS NOT NULL`,
        [run],
      );
      const done = Number(r[0]!.done);
      const now = performance.now();
      const rate = done / Math.max(1e-3, (now - queuedAt) / 1000);
      if (opts.progress && (opts.progress.isTTY ? true : now - lastLine > 10_000 || done === n)) {
        lastLine = now;
        const eta = rate > 0 ? `, ETA ${Math.ceil((n - done) / rate)} s` : '';
        const line = `screened ${done.toLocaleString('en-US')} of ${n.toLocaleString('en-US')} rows (${Math.round(rate).toLocaleString('en-US')}/s${eta})`;
        opts.progress.err(opts.progress.isTTY ? `\r${line}\u001b[K${done === n ? '\n' : ''}` : `${line}\n`);
      }
      if (Number(r[0]!.chunks_done) === chunks) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }

    // Assemble in input order, atomically.
    const tmp = `${opts.output}.${process.pid}.partial`;
    const out = createWriteStream(tmp);
    let matched = 0;
    const errors: string[] = [];
    try {
      const write = async (text: string): Promise<void> => {
        if (!out.write(text)) await once(out, 'drain');
      };
      if (outFormat === 'csv') await write([...columns, ...RESULT_COLUMNS].join(',') + '\n');
      for (let from = 1; from <= n; from += 5000) {
        const { rows: part } = await pool.query<{ text: string; matched: boolean; error: string | null }>(
          'SELECT text, matched, error FROM screen_results WHERE run = $1 AND row BETWEEN $2 AND $3 ORDER BY row',
          [run, from, from + 4999],
        );
        for (const p of part) {
          if (p.matched) matched++;
          if (p.error) errors.push(p.error);
          await write(p.text);
        }
      }
      out.end();
      await once(out, 'finish');
      renameSync(tmp, opts.output);
    } catch (e) {
      out.destroy();
      rmSync(tmp, { force: true });
      throw e;
    }
    await pool.query("UPDATE screen_runs SET status = 'done' WHERE id = $1", [run]);
    finished = true;
    const seconds = (performance.now() - started) / 1000;
    return { run, queries: n, matched, errors, chunks, seconds, perSecond: n / seconds, output: opts.output };
  } finally {
    if (!finished)
      await pool.query("UPDATE screen_runs SET status = 'cancelled' WHERE id = $1", [run]).catch(() => 0);
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await pool.end();
  }
}

function rehydrate(row: ChunkRow): QueryRow {
  const { error, ...rest } = row;
  if (!error) return rest;
  return { ...rest, error: new InputError(error.code as never, error.message, error.location, error.hint) };
}

export interface WorkerOptions {
  db: string;
  timing?: QueueTiming;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

/** Screen queued chunks until the signal aborts. One chunk at a time per process. */
export async function runWorker(opts: WorkerOptions): Promise<void> {
  const log = opts.log ?? (() => undefined);
  const pool = new pg.Pool({ connectionString: opts.db, max: 2 });
  const boss = bossOf(opts.db, opts.timing ?? {});
  boss.on('error', (e) => log(`queue error: ${(e as Error).message}`));
  let store: Store | undefined;
  const services = new Map<string, { service: ScreeningService; options: BatchOptions }>();
  const worker = `${process.pid}`;
  try {
    await boss.start();
    await prepare(boss, pool, opts.timing ?? {});
    store = await openStore(opts.db);
    const theStore = store;
    await boss.work<ChunkJob>(SCREEN_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      const { run, chunk } = job!.data;
      const { rows: runRows } = await pool.query<{
        status: string;
        format: BatchFormat;
        columns: string[];
        options: BatchOptions;
      }>('SELECT status, format, columns, options FROM screen_runs WHERE id = $1', [run]);
      const meta = runRows[0];
      if (!meta || meta.status !== 'running') return; // cancelled or removed: nothing to do
      const { rows: c } = await pool.query<{ first_row: number; last_row: number; done_at: Date | null }>(
        `UPDATE screen_chunks SET attempts = attempts + 1, worker = $3 WHERE run = $1 AND chunk = $2
         RETURNING first_row, last_row, done_at`,
        [run, chunk, worker],
      );
      if (!c[0] || c[0].done_at) return;
      log(`run ${run} chunk ${chunk}: rows ${c[0].first_row}–${c[0].last_row}`);
      let s = services.get(run);
      if (!s) {
        // The run's pinned datasets (name@version) and options; the index is built or loaded for them.
        s = { service: screeningService(theStore, { db: opts.db }), options: meta.options };
        services.clear();
        services.set(run, s);
      }
      const { rows: input } = await pool.query<{ row: number; data: ChunkRow }>(
        'SELECT row, data FROM screen_rows WHERE run = $1 AND row BETWEEN $2 AND $3 ORDER BY row',
        [run, c[0].first_row, c[0].last_row],
      );
      const order: number[] = [];
      const texts: string[] = [];
      const matched: boolean[] = [];
      const errs: (string | null)[] = [];
      async function* each(): AsyncGenerator<QueryRow> {
        for (const r of input) yield rehydrate(r.data);
      }
      let i = 0;
      for await (const result of screenRows(s.service, each(), s.options)) {
        order.push(input[i++]!.row);
        texts.push(resultLine(meta.format, result, meta.columns));
        matched.push(Boolean(result.results[0]?.match));
        errs.push(result.error ? errorText(result) : null);
      }
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO screen_results (run, row, text, matched, error)
           SELECT $1, r, t, m, e FROM unnest($2::int[], $3::text[], $4::boolean[], $5::text[]) AS u(r, t, m, e)
           ON CONFLICT (run, row) DO NOTHING`,
          [run, order, texts, matched, errs],
        );
        await client.query(
          'UPDATE screen_chunks SET done_at = now() WHERE run = $1 AND chunk = $2 AND done_at IS NULL',
          [run, chunk],
        );
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    });
    log(`worker ${worker} waiting for chunks on ${SCREEN_QUEUE}`);
    if (opts.signal && !opts.signal.aborted) await once(opts.signal, 'abort');
  } finally {
    await boss.stop({ graceful: true, wait: true, timeout: 30_000 }).catch(() => undefined);
    await store?.close();
    await pool.end();
  }
}
