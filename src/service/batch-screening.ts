// Batch screening: rows read only through the core's query reader (CSV or
// JSON lines), each screened by the screening service. A bad row becomes a
// result carrying its line and error; the rest of the batch goes on.

import { queryOfObject, readScreeningQueries, type QueryRow } from '../core/ingest/screening-queries.js';
import { linesOf } from '../core/ingest/lines.js';
import type { LineSource } from '../core/ingest/lines.js';
import { InputError, isInterdictError } from '../core/model/errors.js';
import type { CleanQuery } from './query.js';
import type { ScreeningHit, ScreeningService, ScreenRequest } from './screening.js';

export type BatchOptions = Omit<ScreenRequest, 'query' | 'where'>;

export interface RowError {
  code: string;
  message: string;
  line: number;
  path?: string;
  column?: number;
  hint?: string;
}

export interface BatchRowResult {
  /** 1-based line of the input (or position in a list of rows). */
  line: number;
  /** The row's key: its `key` or `id` column, else its line. */
  key: string;
  input: Record<string, unknown>;
  /** The query as screened (cleaned); absent for a row that could not be read. */
  query?: CleanQuery;
  results: ScreeningHit[];
  /** The datasets screened, name → version. */
  versions?: Record<string, number>;
  error?: RowError;
}

export interface BatchSummary {
  rows: number;
  matched: number;
  errors: number;
}

function rowError(e: InputError, line: number): RowError {
  const message = e.message;
  return {
    code: e.code,
    message,
    line,
    ...(e.location?.path ? { path: e.location.path } : {}),
    ...(e.location?.column ? { column: e.location.column } : {}),
    ...(e.hint ? { hint: e.hint } : {}),
  };
}

/** Rows of a CSV or JSON-lines text (an HTTP body, a pasted table), read by the core reader. */
export function rowsOfText(text: string, format: 'csv' | 'jsonl', file = 'body'): AsyncIterable<QueryRow> {
  return readScreeningQueries(linesOf(text), { file, format });
}

/** Rows given as JSON objects (flat fields or yente's {schema, properties}), numbered from 1. */
export async function* rowsOfObjects(
  rows: Iterable<Record<string, unknown>>,
  file = 'rows',
): AsyncGenerator<QueryRow> {
  let line = 0;
  for (const o of rows) {
    line++;
    try {
      yield { line, input: o, query: queryOfObject(o, file, line) };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      yield { line, input: o, query: { properties: {} }, error: e };
    }
  }
}

/** Rows of a line source (a file the adapter opened). */
export function rowsOfLines(
  source: LineSource,
  format: 'csv' | 'jsonl',
  file: string,
): AsyncIterable<QueryRow> {
  return readScreeningQueries(source, { file, format });
}

/**
 * Screen rows one by one. Options are checked once before the first row (an
 * unknown algorithm or config key fails the batch); a row that cannot be read
 * or screened yields its located error and the batch goes on.
 */
export async function* screenRows(
  service: ScreeningService,
  rows: AsyncIterable<QueryRow>,
  options: BatchOptions & { signal?: { aborted: boolean } } = {},
): AsyncGenerator<BatchRowResult> {
  const { signal, ...request } = options;
  // Options checked and the scope resolved once: every row sees the same dataset versions.
  const prepared = await service.prepare(request);
  for await (const row of rows) {
    if (signal?.aborted) return;
    const key = String(row.input.key ?? row.input.id ?? row.line);
    if (row.error) {
      yield { line: row.line, key, input: row.input, results: [], error: rowError(row.error, row.line) };
      continue;
    }
    try {
      const answer = await service.screen(
        {
          ...request,
          query: row.query,
          where: { line: row.line },
        },
        prepared,
      );
      yield {
        line: row.line,
        key,
        input: row.input,
        query: answer.query,
        results: answer.results,
        versions: Object.fromEntries(answer.datasets.map((d) => [d.name, d.version])),
      };
    } catch (e) {
      // Errors of the row itself are reported with it; anything else (no datasets, a store failure) stops the batch.
      if (!(e instanceof InputError) || !isInterdictError(e)) throw e;
      yield { line: row.line, key, input: row.input, results: [], error: rowError(e, row.line) };
    }
  }
}

/** Count matched and failed rows as they pass. */
export function summarise(results: BatchRowResult[]): BatchSummary {
  return {
    rows: results.length,
    matched: results.filter((r) => r.results.some((x) => x.match)).length,
    errors: results.filter((r) => r.error).length,
  };
}
