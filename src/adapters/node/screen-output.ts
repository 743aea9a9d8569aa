// Output lines of batch screening (JSON lines or CSV), written by the workers
// so the main thread only concatenates text in input order. A row that could
// not be screened keeps its place, with its line and error.

import type { BatchRowResult as ApiRow } from '../../contract/jobs.js';
import type { BatchRowResult } from '../../service/batch-screening.js';

export type BatchFormat = 'csv' | 'jsonl';

export function csvCell(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const RESULT_COLUMNS = [
  'best_id',
  'best_caption',
  'best_schema',
  'best_score',
  'match',
  'dataset',
  'version',
  'error',
];

/** The text of a row error: `line 3: unknown schema "Ship" (use one of …)`. */
export function errorText(row: BatchRowResult): string {
  const e = row.error;
  if (!e) return '';
  return `line ${e.line}${e.column ? `:${e.column}` : ''}: ${e.message}${e.hint ? ` (${e.hint})` : ''}`;
}

/** A row as the API's batch job returns it. */
export function apiRow(row: BatchRowResult): ApiRow {
  return {
    key: row.key,
    line: row.line,
    name: row.query?.properties.name?.[0] ?? String(row.input.name ?? ''),
    results: row.results.map(({ id, caption, schema, score, match, explanations, datasets }) => ({
      id,
      caption,
      schema,
      score,
      match,
      explanations,
      datasets,
    })),
    ...(row.error ? { error: row.error } : {}),
  };
}

export function resultLine(format: BatchFormat, row: BatchRowResult, columns: string[]): string {
  if (format === 'jsonl') {
    const results = row.results.map((r) => ({
      id: r.id,
      caption: r.caption,
      schema: r.schema,
      score: r.score,
      match: r.match,
      explanations: r.explanations,
      dataset: r.dataset,
      version: r.version,
      datasets: r.datasets,
      ...(r.proximity ? { proximity: r.proximity } : {}),
    }));
    return (
      JSON.stringify({
        line: row.line,
        query: row.input,
        results,
        ...(row.error ? { error: row.error } : {}),
      }) + '\n'
    );
  }
  const best = row.results[0];
  const cells = columns.map((c) => csvCell(row.input[c]));
  for (const v of [
    best?.id,
    best?.caption,
    best?.schema,
    best?.score,
    best ? best.match : false,
    best?.dataset,
    best?.version,
    errorText(row),
  ]) {
    cells.push(csvCell(v));
  }
  return cells.join(',') + '\n';
}
