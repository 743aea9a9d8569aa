// Batch screening as a job: rows (JSON objects, or a CSV text read by the
// core's query reader) screened one by one by the screening service, with
// progress, cancellation between rows and an audit record per row. A row
// that cannot be read or screened is reported with its line; the rest go on.

import type { QueryRow } from '../../core/ingest/screening-queries.js';
import { UsageError } from '../../core/model/errors.js';
import type { BatchScreenRequest, BatchScreenResult } from '../../contract/jobs.js';
import { rowsOfObjects, rowsOfText, screenRows } from '../../service/batch-screening.js';
import type { ServerContext } from './context.js';
import { apiRow } from '../node/screen-output.js';
import type { JobContext } from './jobs.js';

/** The rows of a request, read up to the first one so a bad header fails before the job starts. */
export async function batchRows(
  request: BatchScreenRequest,
): Promise<{ rows: AsyncIterable<QueryRow>; total: number }> {
  let source: AsyncIterable<QueryRow>;
  let total: number;
  if (request.rows?.length) {
    source = rowsOfObjects(request.rows as unknown as Record<string, unknown>[]);
    total = request.rows.length;
  } else if (request.csv) {
    source = rowsOfText(request.csv, 'csv', 'body.csv');
    total = Math.max(0, request.csv.split('\n').filter((l) => l.trim()).length - 1);
  } else
    throw new UsageError(
      'the batch has no rows',
      'send "rows": [{ "name": … }] or "csv": "name,country\\n…"',
    );
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  const rows = (async function* () {
    if (first.done) return;
    yield first.value;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  })();
  return { rows, total };
}

export async function runBatch(
  ctx: ServerContext,
  request: BatchScreenRequest,
  rows: AsyncIterable<QueryRow>,
  total: number,
  onRow: (
    row: BatchScreenResult['rows'][number],
    query: unknown,
    datasets: { name: string; version: number }[],
  ) => Promise<void>,
  job: JobContext,
): Promise<BatchScreenResult> {
  const out: BatchScreenResult = { dataset: request.dataset, version: 0, rows: [], matched: 0, errors: 0 };
  let done = 0;
  for await (const row of screenRows(ctx.screening, rows, {
    scope: request.dataset,
    ...(request.limit !== undefined ? { limit: request.limit } : {}),
    ...(request.threshold !== undefined ? { threshold: request.threshold } : {}),
    ...(request.algorithm !== undefined ? { algorithm: request.algorithm } : {}),
    hops: 0,
    signal: job.signal,
  })) {
    const doc = apiRow(row);
    if (row.versions && !out.version) out.version = Object.values(row.versions)[0] ?? 0;
    if (!row.error)
      await onRow(
        doc,
        row.query,
        Object.entries(row.versions ?? {}).map(([name, version]) => ({ name, version })),
      );
    out.rows.push(doc);
    if (doc.results.some((r) => r.match)) out.matched++;
    if (row.error) out.errors++;
    job.progress(++done, Math.max(total, done));
  }
  return out;
}
