// Batch screening from a file: rows read by the core query reader, screened
// by the screening service on a pool of worker threads, results written in
// input order. A bad row is written with its line and error and the batch
// goes on; the output file appears only when the whole batch is done.

import { tempOutput } from './temp-output.js';
import { availableParallelism } from 'node:os';
import { UsageError } from '../../core/model/errors.js';
import { QUERY_COLUMNS, queryColumns, type QueryRow } from '../../core/ingest/screening-queries.js';
import { rowsOfLines, type BatchOptions as ScreenOptions } from '../../service/batch-screening.js';
import type { ChunkRow } from './screen-protocol.js';
import { readLines } from './files.js';
import type { ProgressSink } from './progress.js';
import { ScreenPool } from './worker-pool.js';
import { RESULT_COLUMNS, type BatchFormat } from './screen-output.js';

export interface BatchOptions {
  input: string;
  output: string;
  dbPath: string;
  datasets: string[];
  screen: ScreenOptions;
  env?: Record<string, string | undefined>;
  workers?: number;
  chunkSize?: number;
  progress?: ProgressSink;
}

export interface BatchSummary {
  queries: number;
  matched: number;
  /** Rows reported with an error (`line N: message`); the other rows were screened. */
  errors: string[];
  /** Wall time in all, of which loading the index into the workers, and screening. */
  seconds: number;
  indexSeconds: number;
  screeningSeconds: number;
  /** Queries per second once the index is loaded. */
  perSecond: number;
  workers: number;
  indexSize: number;
  output: string;
}

type Format = BatchFormat;

function formatOf(path: string, what: string): Format {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return 'jsonl';
  throw new UsageError(`cannot tell the format of ${what} ${path}`, 'use a .csv or .jsonl file');
}

export async function screenBatch(opts: BatchOptions): Promise<BatchSummary> {
  const inFormat = formatOf(opts.input, 'input');
  const outFormat = formatOf(opts.output, 'output');
  const chunkSize = opts.chunkSize ?? 64;
  const workers = Math.max(1, opts.workers ?? availableParallelism());
  const started = performance.now();
  const rows = rowsOfLines(readLines(opts.input), inFormat, opts.input)[Symbol.asyncIterator]();
  // Read the header and first row before loading the index: a bad file fails fast.
  const first = await rows.next();
  const pool = await ScreenPool.start(workers, {
    dbPath: opts.dbPath,
    env: opts.env ?? {},
    datasets: opts.datasets,
    options: opts.screen,
  });
  const ready = performance.now();
  const out = tempOutput(opts.output);
  let csvColumns: string[] | undefined;
  let queries = 0;
  let matched = 0;
  const errors: string[] = [];
  let lastDraw = 0;
  const draw = (final = false): void => {
    if (!opts.progress?.isTTY) return;
    const now = performance.now();
    if (!final && now - lastDraw < 100) return;
    lastDraw = now;
    const rate = queries / Math.max(1e-3, (now - started) / 1000);
    opts.progress.err(
      `\rscreened ${queries.toLocaleString('en-US')} queries, ${matched.toLocaleString('en-US')} matched (${Math.round(rate).toLocaleString('en-US')}/s)\u001b[K${final ? '\n' : ''}`,
    );
  };
  const write = (text: string): Promise<void> => out.write(text);
  try {
    const pending: {
      count: number;
      done: Promise<{ text: string; matched: number; errors: string[] }>;
    }[] = [];
    const flushOne = async (): Promise<void> => {
      const head = pending.shift()!;
      const result = await head.done;
      matched += result.matched;
      errors.push(...result.errors);
      queries += head.count;
      await write(result.text);
      draw();
    };
    let chunk: QueryRow[] = [];
    let seq = 0;
    const send = async (): Promise<void> => {
      if (chunk.length === 0) return;
      const rowsOfChunk: ChunkRow[] = chunk.map(({ error, ...r }) =>
        error
          ? {
              ...r,
              error: {
                code: error.code,
                message: error.message,
                ...(error.location ? { location: { ...error.location } } : {}),
                ...(error.hint ? { hint: error.hint } : {}),
              },
            }
          : r,
      );
      chunk = [];
      const done = pool.run(seq++, rowsOfChunk, outFormat, csvColumns ?? []);
      done.catch(() => undefined); // awaited in order by flushOne; avoid an unhandled rejection meanwhile
      pending.push({ count: rowsOfChunk.length, done });
      // Keep every worker busy with a couple of chunks, but no more: bounded memory.
      while (pending.length > pool.capacity * 2) await flushOne();
    };
    const allRows = (async function* () {
      if (first.done) return;
      yield first.value;
      for (let next = await rows.next(); !next.done; next = await rows.next()) yield next.value;
    })();
    for await (const row of allRows) {
      if (!csvColumns) {
        csvColumns = inFormat === 'csv' ? Object.keys(row.input) : [...QUERY_COLUMNS];
        if (outFormat === 'csv') await write([...csvColumns, ...RESULT_COLUMNS].join(',') + '\n');
      }
      if (outFormat === 'csv' && inFormat === 'jsonl') {
        row.input = queryColumns(row.query);
      }
      chunk.push(row);
      if (chunk.length >= chunkSize) await send();
    }
    await send();
    while (pending.length) await flushOne();
    await out.commit();
    draw(true);
  } catch (e) {
    await out.discard();
    throw e;
  } finally {
    await pool.close();
  }
  const end = performance.now();
  const seconds = (end - started) / 1000;
  const screeningSeconds = (end - ready) / 1000;
  return {
    queries,
    matched,
    errors,
    seconds,
    indexSeconds: (ready - started) / 1000,
    screeningSeconds,
    perSecond: queries / screeningSeconds,
    workers,
    indexSize: pool.indexSize,
    output: opts.output,
  };
}
