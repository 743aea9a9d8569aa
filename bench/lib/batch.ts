// Batch-screening throughput for the screening bench: the three lists imported
// into a temporary SQLite store, a 20,000-row query file, screenBatch on 1 and 2 workers.
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importList, type ListFormat } from '../../src/adapters/node/import-list.js';
import { screenBatch, type BatchSummary } from '../../src/adapters/node/screen-batch.js';
import { SqliteStore } from '../../src/adapters/node/sqlite-store.js';
import { csvCell } from '../../src/adapters/node/screen-output.js';
import { dataPath, readTable } from './lists.js';

export const BATCH_LISTS: [ListFormat, string][] = [
  ['ofac-csv', 'ofac-sdn-2021-07'],
  ['ofac-csv', 'ofac-nonsdn-2025-12'],
  ['un-xml', 'un/consolidated-2026-02-27.xml'],
];

/** Import the lists into a new SQLite file; BENCH_DB reuses (or creates once) a store between runs. */
export async function importLists(dir: string): Promise<{ dbPath: string; seconds: number }> {
  const dbPath = process.env.BENCH_DB ?? join(dir, 'lists.sqlite');
  if (process.env.BENCH_DB && existsSync(dbPath)) return { dbPath, seconds: NaN };
  const t0 = performance.now();
  const store = new SqliteStore(dbPath);
  try {
    for (const [format, path] of BATCH_LISTS) await importList(store, { format, path: dataPath(path) });
  } finally {
    await store.close();
  }
  return { dbPath, seconds: (performance.now() - t0) / 1000 };
}

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
  workers: number[],
  repeat: number,
  rows = 20_000,
): Promise<{ runs: BatchRun[]; importSeconds: number; rows: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'interdict-bench-'));
  try {
    const { dbPath, seconds } = await importLists(dir);
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
    return { runs, importSeconds: seconds, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
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
