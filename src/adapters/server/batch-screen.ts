// Batch screening as a job: rows (or a CSV) screened one by one against a
// dataset, with progress, cancellation between rows and an audit record per row.

import { parse } from 'csv-parse/sync';
import { InputError, UsageError } from '../../core/model/errors.js';
import type { BatchRow, BatchScreenRequest, BatchScreenResult } from '../../contract/jobs.js';
import type { Indexed, MatchService } from './match-service.js';
import { yieldNow, type JobContext } from './jobs.js';

const CSV_COLUMNS = ['key', 'schema', 'name', 'country', 'birthDate', 'idNumber'];
/** The CLI's column names (`interdict screen --input`) are accepted too. */
const CLI_COLUMNS: Record<string, string> = { id: 'key', birth_date: 'birthDate', id_number: 'idNumber' };

export function rowsOf(request: BatchScreenRequest): BatchRow[] {
  if (request.rows?.length) return request.rows;
  if (!request.csv)
    throw new UsageError(
      'the batch has no rows',
      'send "rows": [{ "name": … }] or "csv": "name,country\\n…"',
    );
  let records: Record<string, string>[];
  try {
    records = parse(request.csv, {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true,
    }) as Record<string, string>[];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new InputError(
      'E_PARSE',
      `the CSV cannot be read: ${(e as Error).message}`,
      { path: 'body.csv', ...(line ? { line } : {}) },
      'check its quoting',
    );
  }
  const header = Object.keys(records[0] ?? {});
  if (!header.includes('name')) {
    throw new UsageError(
      `the CSV header (${header.join(', ') || 'empty'}) has no "name" column`,
      `name the columns: ${CSV_COLUMNS.join(', ')}`,
    );
  }
  return records.map((r, i) => {
    if (!r.name) throw new UsageError(`CSV row ${i + 2} has no name`, 'fill the name column or drop the row');
    for (const [cli, column] of Object.entries(CLI_COLUMNS)) if (r[cli] && !r[column]) r[column] = r[cli];
    const row: BatchRow = { name: r.name };
    for (const c of CSV_COLUMNS)
      if (c !== 'name' && r[c]) (row as unknown as Record<string, string>)[c] = r[c]!;
    return row;
  });
}

export interface BatchDeps {
  matches: MatchService;
  indexes: Indexed[];
  onRow(query: unknown, results: BatchScreenResult['rows'][number]['results'], row: BatchRow): Promise<void>;
}

export async function runBatch(
  rows: BatchRow[],
  request: BatchScreenRequest,
  deps: BatchDeps,
  ctx: JobContext,
): Promise<BatchScreenResult> {
  const params = {
    limit: request.limit ?? 5,
    threshold: request.threshold ?? 0.7,
    cutoff: 0.5,
    algorithm: request.algorithm ?? 'interdict-v1',
  };
  const out: BatchScreenResult = {
    dataset: request.dataset,
    version: deps.indexes[0]?.version ?? 0,
    rows: [],
    matched: 0,
  };
  for (let i = 0; i < rows.length; i++) {
    if (ctx.signal.aborted) break;
    const row = rows[i]!;
    const properties: Record<string, string[]> = { name: [row.name] };
    if (row.country) properties.country = [row.country];
    if (row.birthDate) properties.birthDate = [row.birthDate];
    if (row.idNumber) properties.idNumber = [row.idNumber];
    const query = { ...(row.schema ? { schema: row.schema } : {}), properties };
    const results = (await deps.matches.match(deps.indexes, query, params)).map(
      ({ id, caption, schema, score, match, explanations, datasets }) => ({
        id,
        caption,
        schema,
        score,
        match,
        explanations,
        datasets,
      }),
    );
    await deps.onRow(query, results, row);
    out.rows.push({ key: row.key ?? String(i + 1), name: row.name, results });
    if (results.some((r) => r.match)) out.matched++;
    ctx.progress(i + 1, rows.length);
    if (i % 25 === 24) await yieldNow();
  }
  return out;
}
