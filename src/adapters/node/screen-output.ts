// Output lines of batch screening (JSON lines or CSV), written by the workers
// so the main thread only concatenates text in input order.

import type { ScreenMatch } from '../../core/match/index.js';

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
];

export function resultLine(
  format: BatchFormat,
  input: Record<string, unknown>,
  results: ScreenMatch[],
  columns: string[],
): string {
  if (format === 'jsonl') {
    const out = results.map((r) => ({
      id: r.id,
      caption: r.caption,
      schema: r.schema,
      score: r.score,
      match: r.match,
      explanations: r.explanations,
      dataset: r.dataset,
      version: r.version,
    }));
    return JSON.stringify({ query: input, results: out }) + '\n';
  }
  const best = results[0];
  const cells = columns.map((c) => csvCell(input[c]));
  for (const v of [
    best?.id,
    best?.caption,
    best?.schema,
    best?.score,
    best ? best.match : false,
    best?.dataset,
    best?.version,
  ]) {
    cells.push(csvCell(v));
  }
  return cells.join(',') + '\n';
}
