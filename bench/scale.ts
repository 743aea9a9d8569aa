// Lists of OpenSanctions' size: a synthetic list of up to 1.5 million
// entities, 3–5 names each, recombining the given names, surnames and
// organisation words of the full 2021 OFAC SDN list (../shared/data) with
// their real frequencies. For each size, one process builds the candidate
// index on every core (slices merged into one index) and puts it in shared
// memory; its build time, CPU and peak RSS are measured from outside (GNU
// time), then rows are screened on one thread and on two threads sharing the index,
// and (BENCH_SCALE_OWN=0 skips it) in a second process the same rows on the
// thread that built the index, against its own copy: the single-process way. Then the product paths against a 20,000-entity list: `interdict
// screen --input` (one process, worker threads) and `--distributed` through
// PostgreSQL with 1, 2 and 3 `interdict worker` processes, and the
// per-chunk database overhead measured on rows that need no screening.
//
//   npm run bench -- scale                     (sizes 150000,500000,1500000)
//   BENCH_SCALE_SIZES=150000 npm run bench -- scale
//   BENCH_PG_URL=postgres://… (or INTERDICT_TEST_PG_URL) for the distributed path

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { buildIndexParallel } from '../src/adapters/node/index-build.js';
import { snapshotOf } from '../src/adapters/node/shared-index.js';
import { screen, type CandidateIndex } from '../src/core/match/index.js';
import type { Entity } from '../src/core/model/entity.js';
import {
  screeningCsv,
  sdnNameParts,
  syntheticEntity,
  syntheticListLines,
} from '../src/testing/synthetic-list.js';
import { dataPath } from './lib/lists.js';
import { runProcess } from './lib/process.js';
import { cleanQuery } from '../src/service/query.js';

const NODE = process.execPath;
const CLI = join(process.cwd(), 'bin', 'interdict.js');
const SELF = fileURLToPath(import.meta.url);
const ROWS_PER_THREAD = Number(process.env.BENCH_SCALE_THREAD_ROWS ?? 200);

interface BuildReport {
  entities: number;
  threads: number;
  buildSeconds: number;
  snapshotSeconds: number;
  keys: number;
  postings: number;
  sharedMb: number;
  oneThread: { rows: number; seconds: number; cpu: number };
  twoThreads: { rows: number; seconds: number; cpu: number };
}

const names = (csv: string): string[] =>
  csv
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.replace(/^\d+,"?|"$/g, '').replace(/""/g, '"'));

/** Child process: build the index of `size` entities, share it, screen on one and two threads. */
/** Rows screened on one thread against `index` (CPU of the whole process, which does nothing else meanwhile). */
function screenHere(index: CandidateIndex, names: string[]): { rows: number; seconds: number; cpu: number } {
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  for (const name of names)
    screen(index, cleanQuery({ schema: 'Thing', properties: { name: [name] } }, {}, { strict: false }));
  const cpu = process.cpuUsage(cpu0);
  return {
    rows: names.length,
    seconds: (performance.now() - start) / 1000,
    cpu: (cpu.user + cpu.system) / 1e6,
  };
}

/**
 * Child process: build the index of `size` entities, share it, screen on one
 * and two threads; or (`own`) the single-process way for comparison, in a
 * process of its own so that its memory does not count in the build's peak:
 * the same first rows screened on the thread that built the index, against its own copy.
 */
async function child(size: number, own = false): Promise<void> {
  const parts = sdnNameParts(dataPath('ofac-sdn-2021-07'));
  function* entities(): Generator<Entity> {
    for (let i = 0; i < size; i++) yield { ...syntheticEntity(parts, i), datasets: ['synthetic'] };
  }
  const threads = availableParallelism();
  const build = (): Promise<CandidateIndex> =>
    buildIndexParallel(entities(), { defaultDataset: 'synthetic', versions: { synthetic: '1' } });
  const t0 = performance.now();
  if (own) {
    const index = await build();
    const rows = names(screeningCsv(parts, size, ROWS_PER_THREAD)).slice(0, ROWS_PER_THREAD);
    // A merged index makes its key and token maps on its first query (ListedKeys): made here, untimed,
    // as a build used to make them, so the rate is screening alone.
    screenHere(index, ['Warm Up']);
    console.log(JSON.stringify(screenHere(index, rows)));
    return;
  }
  let t1 = 0;
  // Threads screen against the shared copy: the built index is let go, as a server lets it go. It is
  // built and copied in a function of its own: a suspended async function keeps the values its
  // registers held (here the index: its arrays, key map and token map, some 800 MB at 1.5 million).
  const shared = async () => {
    const index = await build();
    t1 = performance.now();
    const snapshot = snapshotOf(
      { name: 'synthetic', version: 1, contentHash: 'bench' },
      { index, designated: new Set(), meta: new Map(), links: () => [] },
    );
    return { snapshot, built: index.size, stats: index.stats() };
  };
  const { snapshot, built, stats } = await shared();
  // The main thread then waits, allocating nothing, so V8 would collect the index only much later:
  // collect it now (the child runs with --expose-gc), so the peak measured is what screening holds.
  (globalThis as { gc?: () => void }).gc?.();
  const t2 = performance.now();
  const rows = names(screeningCsv(parts, size, ROWS_PER_THREAD)).slice(0, ROWS_PER_THREAD);
  const onThreads = async (lists: string[][]): Promise<{ rows: number; seconds: number; cpu: number }> => {
    const start = performance.now();
    // The main thread waits meanwhile: the process's CPU time is the screening threads'.
    const cpu0 = process.cpuUsage();
    await Promise.all(
      lists.map(
        (list) =>
          new Promise((resolve, reject) => {
            const w = new Worker(new URL('./scale-worker.js', import.meta.url), {
              workerData: { snapshot, names: list },
            });
            w.once('message', resolve);
            w.once('error', reject);
          }),
      ),
    );
    const cpu = process.cpuUsage(cpu0);
    return {
      rows: lists.reduce((a, l) => a + l.length, 0),
      seconds: (performance.now() - start) / 1000,
      cpu: (cpu.user + cpu.system) / 1e6,
    };
  };
  // Every run screens the same rows (the own-copy process too), so rows per CPU-second compare the same
  // work: one thread, then each of two threads sharing the index (no cache is shared between threads).
  const oneThread = await onThreads([rows]);
  const twoThreads = await onThreads([rows, rows]);
  const report: BuildReport = {
    entities: built,
    threads,
    buildSeconds: (t1 - t0) / 1000,
    snapshotSeconds: (t2 - t1) / 1000,
    keys: stats.keys,
    postings: stats.postings,
    sharedMb: snapshot.buffer.byteLength / 2 ** 20,
    oneThread,
    twoThreads,
  };
  console.log(JSON.stringify(report));
}

function waitExit(p: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => p.once('exit', (code) => resolve(code)));
}

/** Wall time of a distributed run with `workers` worker processes. */
async function distributed(
  url: string,
  input: string,
  dir: string,
  workers: number,
  chunkSize: number,
): Promise<{ seconds: number; out: string }> {
  const procs = Array.from({ length: workers }, () =>
    spawn(NODE, [CLI, 'worker', '--db', url], { stdio: 'ignore' }),
  );
  try {
    const out = join(dir, `out-${workers}-${chunkSize}-${Date.now()}.csv`);
    const r = runProcess(NODE, [
      CLI,
      'screen',
      '--input',
      input,
      '--output',
      out,
      '--db',
      url,
      '--distributed',
      '--chunk-size',
      String(chunkSize),
    ]);
    // Exit 1 with every row written means rows carried errors (the overhead run's rows have no name).
    if (r.code !== 0 && !(r.code === 1 && /with errors\) in/.test(r.stderr)))
      throw new Error(`distributed run failed: ${r.stderr.slice(-2000)}`);
    return { seconds: r.ms / 1000, out };
  } finally {
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(procs.map(waitExit));
  }
}

async function productPaths(): Promise<void> {
  const url = process.env.BENCH_PG_URL ?? process.env.INTERDICT_TEST_PG_URL;
  const LISTED = 20_000;
  const ROWS = Number(process.env.BENCH_SCALE_ROWS ?? 1_200);
  const dir = mkdtempSync(join(tmpdir(), 'interdict-scale-'));
  try {
    const parts = sdnNameParts(dataPath('ofac-sdn-2021-07'));
    const list = join(dir, 'synthetic.ftm.json');
    writeFileSync(list, [...syntheticListLines(parts, LISTED)].join(''));
    const input = join(dir, 'rows.csv');
    writeFileSync(input, screeningCsv(parts, LISTED, ROWS));
    const db = join(dir, 'store.db');
    const imp = runProcess(NODE, [CLI, 'import', 'ftm', list, '--dataset', 'synthetic', '--db', db]);
    if (imp.code !== 0) throw new Error(imp.stderr);
    console.log(
      `\n${ROWS.toLocaleString('en')} rows against ${LISTED.toLocaleString('en')} listed entities (SQLite, index built by the first run):\n`,
    );
    console.log(
      '| run | wall s | CPU s | peak RSS MB | rows/s | rows per CPU-s |\n|---|---:|---:|---:|---:|---:|',
    );
    const outputs: string[] = [];
    for (const workers of [1, 2]) {
      const out = join(dir, `single-${workers}.csv`);
      const r = runProcess(
        NODE,
        [CLI, 'screen', '--input', input, '--output', out, '--db', db, '--workers', String(workers)],
        {
          env: { ...process.env, INTERDICT_CACHE: join(dir, `cache-${workers}`) },
        },
      );
      if (r.code !== 0) throw new Error(r.stderr);
      outputs.push(readFileSync(out, 'utf8'));
      console.log(
        `| \`interdict screen --input … --workers ${workers}\` (whole process, index built) | ${(r.ms / 1000).toFixed(1)} | ${r.cpuS?.toFixed(1) ?? '—'} | ${r.rssMb?.toFixed(0) ?? '—'} | ${(ROWS / (r.ms / 1000)).toFixed(0)} | ${r.cpuS ? (ROWS / r.cpuS).toFixed(0) : '—'} |`,
      );
    }
    if (!url) {
      console.log('\n(no BENCH_PG_URL or INTERDICT_TEST_PG_URL: the distributed path is not measured)');
      return;
    }
    const admin = new pg.Pool({ connectionString: url, max: 1 });
    const dbName = `interdict_scale_bench_${process.pid}`;
    await admin.query(`CREATE DATABASE ${dbName}`);
    const u = new URL(url);
    u.pathname = `/${dbName}`;
    const team = u.toString();
    try {
      const pimp = runProcess(NODE, [CLI, 'import', 'ftm', list, '--dataset', 'synthetic', '--db', team]);
      if (pimp.code !== 0) throw new Error(pimp.stderr);
      // Every worker process loads the index once (its first chunk); warm the index files first.
      await distributed(team, input, dir, 1, ROWS);
      const chunk = Math.ceil(ROWS / 12);
      console.log(
        `\nThe same rows through PostgreSQL (\`--distributed --chunk-size ${chunk}\`, index files already written):\n`,
      );
      console.log(
        '| worker processes | wall s | rows/s | output equal to the single process |\n|---:|---:|---:|---|',
      );
      const rates: number[] = [];
      for (const workers of [1, 2, 3]) {
        const r = await distributed(team, input, dir, workers, chunk);
        rates.push(ROWS / r.seconds);
        console.log(
          `| ${workers} | ${r.seconds.toFixed(1)} | ${(ROWS / r.seconds).toFixed(0)} | ${readFileSync(r.out, 'utf8') === outputs[0] ? 'yes' : 'NO'} |`,
        );
      }
      // Per-chunk database overhead: rows without a name are refused without screening, so a run of
      // them costs only the copying in, the chunk reads and the result transactions.
      const EMPTY = 6_000;
      const empty = join(dir, 'empty.csv');
      writeFileSync(
        empty,
        'key,name\n' + Array.from({ length: EMPTY }, (_, i) => `${i + 1},`).join('\n') + '\n',
      );
      const overhead: [number, number][] = [];
      for (const size of [50, 500]) {
        const r = await distributed(team, empty, dir, 1, size);
        overhead.push([size, r.seconds]);
      }
      const [[c1, s1], [c2, s2]] = overhead as [[number, number], [number, number]];
      const chunks1 = EMPTY / c1;
      const chunks2 = EMPTY / c2;
      const perChunk = (s1 - s2) / (chunks1 - chunks2);
      const fixed = s1 - perChunk * chunks1;
      console.log(
        `\nPer-chunk database overhead (${EMPTY.toLocaleString('en')} rows needing no screening, one worker): chunks of ${c1}: ${s1.toFixed(1)} s, of ${c2}: ${s2.toFixed(1)} s → ${(perChunk * 1000).toFixed(0)} ms a chunk, ${fixed.toFixed(1)} s a run (start, copy in, assembly).`,
      );
      const perMachine = rates[1]!; // 2 workers on a 2-core machine
      const chunkRows = 2_000;
      console.log(
        `\nProjection with chunks of ${chunkRows.toLocaleString('en')} rows: each 2-core machine screens ${perMachine.toFixed(0)} rows/s (2 workers, measured above); a chunk costs ${((chunkRows / perMachine) * 2).toFixed(1)} s of a worker plus ${(perChunk * 1000).toFixed(0)} ms in the database, so the database saturates at about ${(1 / perChunk).toFixed(0)} chunk commits/s:\n`,
      );
      console.log('| machines | projected rows/s | 10 million rows |\n|---:|---:|---:|');
      for (const n of [1, 2, 4, 8, 16, 32, 64]) {
        // 2n workers, each taking a chunk's screening time plus its database time per chunk.
        const chunkSeconds = (chunkRows / perMachine) * 2;
        const workerRate = (2 * n * chunkRows) / (chunkSeconds + perChunk);
        const rate = Math.min(workerRate, chunkRows / perChunk);
        console.log(`| ${n} | ${rate.toFixed(0)} | ${(1e7 / rate / 3600).toFixed(1)} h |`);
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const sizes = (process.env.BENCH_SCALE_SIZES ?? '150000,500000,1500000')
    .split(',')
    .filter(Boolean)
    .map(Number);
  console.log(
    `Synthetic lists recombining the 2021 OFAC SDN list's names; ${availableParallelism()} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' ',
      )} at the start. Index built on every core (slices of 20,000 merged), then copied into shared memory; screening: ${ROWS_PER_THREAD} rows on one thread, then the same ${ROWS_PER_THREAD} on each of two threads sharing the index, and (own index) on the thread that built it, in a process of its own.\n`,
  );
  console.log(
    '| entities | build s (goal ≤ 90) | CPU s | peak RSS MB (goal ≤ 3,072) | keys | postings | shared MB | rows/s, 1 thread | rows/s, 2 threads | rows per CPU-s, own index (single process) | rows per CPU-s, 1 thread | rows per CPU-s, 2 threads |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const size of sizes) {
    const r = runProcess(NODE, ['--expose-gc', '--max-old-space-size=3072', SELF, 'build', String(size)], {
      timeoutMs: 3_600_000,
    });
    if (r.code !== 0) {
      console.log(
        `| ${size.toLocaleString('en')} | failed: ${r.stderr.trim().split('\n').slice(-2).join(' ')} |`,
      );
      continue;
    }
    const b = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as BuildReport;
    let ownRate = '—';
    if (process.env.BENCH_SCALE_OWN !== '0') {
      const o = runProcess(NODE, ['--max-old-space-size=3072', SELF, 'own', String(size)], {
        timeoutMs: 3_600_000,
      });
      if (o.code === 0) {
        const x = JSON.parse(o.stdout.trim().split('\n').at(-1)!) as { rows: number; cpu: number };
        ownRate = (x.rows / x.cpu).toFixed(0);
      }
    }
    const one = b.oneThread.rows / b.oneThread.seconds;
    const two = b.twoThreads.rows / b.twoThreads.seconds;
    console.log(
      `| ${b.entities.toLocaleString('en')} | ${b.buildSeconds.toFixed(1)} | ${r.cpuS?.toFixed(0) ?? '—'} | ${r.rssMb?.toFixed(0) ?? '—'} | ${b.keys.toLocaleString('en')} | ${b.postings.toLocaleString('en')} | ${b.sharedMb.toFixed(0)} | ${one.toFixed(0)} | ${two.toFixed(0)} | ${ownRate} | ${(b.oneThread.rows / b.oneThread.cpu).toFixed(0)} | ${(b.twoThreads.rows / b.twoThreads.cpu).toFixed(0)} |`,
    );
  }
  if (process.env.BENCH_SCALE_PRODUCT !== '0') await productPaths();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === 'build' || process.argv[2] === 'own')
    await child(Number(process.argv[3]), process.argv[2] === 'own');
  else await run();
}
