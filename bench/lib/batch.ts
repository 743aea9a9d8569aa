// Batch-screening throughput for the screening bench: a 20,000-row query file
// screened by screenBatch against the bench's SQLite store on 1 and 2 workers.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenBatch, type BatchSummary } from '../../src/adapters/node/screen-batch.js';
import { csvCell } from '../../src/adapters/node/screen-output.js';
import { dataPath, readTable } from './lists.js';
import { median } from './process.js';

/** `rows` queries: half perturbed UN names with birth dates, half synthetic negatives, cycled. */
export function writeQueries(path: string, rows: number): void {
  const pos = readTable(dataPath('matching/un-positives-treated.csv'));
  const neg = ['negatives-global-1k.csv', 'negatives-us-1k.csv'].flatMap((f) =>
    readTable(dataPath(`matching/${f}`)),
  );
  const lines = ['name,schema,birth_date'];
  for (let i = 0; i < rows; i++) {
    const r = i % 2 === 0 ? pos[(i / 2) % pos.length] : neg[((i - 1) / 2) % neg.length];
    lines.push([r?.full_name, 'Person', r?.date_of_birth].map(csvCell).join(','));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

export interface BatchRun extends BatchSummary {
  format: 'jsonl' | 'csv';
}

/** Every (workers × format) combination, `repeat` times each, interleaved so load drifts hit all alike. */
export async function runBatches(
  dbPath: string,
  dir: string,
  workers: number[],
  repeat: number,
  rows = 20_000,
): Promise<BatchRun[]> {
  const input = join(dir, 'queries.csv');
  writeQueries(input, rows);
  const runs: BatchRun[] = [];
  for (let r = 0; r < repeat; r++) {
    for (const w of workers) {
      for (const format of ['jsonl', 'csv'] as const) {
        const output = join(dir, `out.${format}`);
        const s = await screenBatch({ input, output, dbPath, datasets: [], screen: {}, workers: w });
        runs.push({ ...s, format });
      }
    }
  }
  return runs;
}

/** Median figures per (workers, format): index load seconds and queries/s once the index is ready. */
export function batchFigures(runs: BatchRun[]): Record<string, string> {
  const out: Record<string, string> = {};
  const keys = [...new Set(runs.map((r) => `${r.workers}|${r.format}`))];
  for (const key of keys) {
    const [w, format] = key.split('|');
    const group = runs.filter((r) => `${r.workers}|${r.format}` === key);
    const perSecond = group.map((r) => r.perSecond);
    out[`batch ${w} worker${w === '1' ? '' : 's'}, ${format} out: queries/s (median of ${group.length})`] =
      `${Math.round(median(perSecond))} (runs ${perSecond.map(Math.round).join(', ')})`;
    out[`batch ${w} worker${w === '1' ? '' : 's'}, ${format} out: index load s`] = median(
      group.map((r) => r.indexSeconds),
    ).toFixed(2);
  }
  return out;
}
