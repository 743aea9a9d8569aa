// Batch screening spread over worker processes through PostgreSQL: the
// submitting command copies the input rows into the database, splits them
// into chunks and queues one pg-boss job per chunk; `interdict worker`
// processes screen chunks and commit each chunk's results together with its
// completion in one transaction (results keyed by run and row, so a chunk
// screened twice writes nothing twice). The submitter then writes the output
// in input order, atomically. Output lines are the single-process ones.

import { UsageError } from '../../core/model/errors.js';
import { rowsOfLines, type BatchOptions } from '../../service/batch-screening.js';
import { readLines } from './files.js';
import { openStore } from './open-store.js';
import type { ProgressSink } from './progress.js';
import { closeRunQueue, openRunQueue, queueRun, type QueueTiming } from './run-queue.js';
import { runStatus, runLines } from './run-status.js';
import { RESULT_COLUMNS, type BatchFormat } from './screen-output.js';
import { screeningService } from './screening.js';
import { tempOutput } from './temp-output.js';

export * from './run-queue.js';
export * from './run-status.js';
export { runWorker, type WorkerOptions } from './chunk-worker.js';

function formatOf(path: string, what: string): BatchFormat {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return 'jsonl';
  throw new UsageError(`cannot tell the format of ${what} ${path}`, 'use a .csv or .jsonl file');
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
