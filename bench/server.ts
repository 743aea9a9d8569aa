// /match throughput and latency on loopback (autocannon): p50, p99 and req/s
// with one and two workers (node:cluster), then memory across a soak.
// Usage: node dist/bench/server.js [--soak SECONDS] [--duration SECONDS]  (defaults 60 and 10)
//        node dist/bench/server.js --lists [--duration SECONDS]: POST /match/default against the
//        OFAC SDN 2021 and UN lists (real parsers), 20 connections, rate limit off, one process,
//        with common-name, rare-name and cross-script query mixes reported apart.

import cluster from 'node:cluster';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import type { Entity } from '../src/core/model/entity.js';
import { SqliteStore } from '../src/adapters/node/sqlite-store.js';
import { buildServer } from '../src/adapters/server/app.js';
import { importList } from '../src/adapters/node/import-list.js';
import { dataPath, readTable } from './lib/lists.js';

const SYLLABLES = [
  'al',
  'ba',
  'dar',
  'fa',
  'ha',
  'id',
  'ja',
  'ka',
  'lu',
  'ma',
  'na',
  'or',
  'ra',
  'sa',
  'ta',
  'um',
  'va',
  'za',
  'mir',
  'hos',
  'ein',
  'ova',
];
const ENTITIES = 10_000;

/** A deterministic pseudo-random name from a seed. */
function name(seed: number): string {
  let x = seed * 2654435761;
  const word = (n: number) => {
    let w = '';
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      w += SYLLABLES[x % SYLLABLES.length];
    }
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return `${word(2)} ${word(3)} ${word(2)}`;
}

function* entities(): Generator<Entity> {
  for (let i = 0; i < ENTITIES; i++) {
    yield {
      id: `e${i}`,
      schema: i % 3 ? 'Person' : 'Organization',
      properties: { name: [name(i)], country: [i % 2 ? 'ir' : 'lb'] },
    };
  }
}

function arg(flag: string, fallback: number): number {
  const i = process.argv.indexOf(flag);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function worker(db: string, port: number, dataset = 'bench'): Promise<void> {
  const store = new SqliteStore(db);
  const app = await buildServer(store, { rateLimit: 0, logger: false });
  await app.listen({ host: '127.0.0.1', port });
  // Warm the index before the load starts (it may be built in the background: wait for a 200).
  for (let tries = 0; tries < 600; tries++) {
    const res = await app.inject({
      method: 'POST',
      url: `/match/${dataset}`,
      payload: { queries: { w: { schema: 'Person', properties: { name: ['warm up'] } } } },
    });
    if (res.statusCode === 200) break;
    if (tries === 0) console.log(`warm-up: ${res.statusCode} ${res.body.slice(0, 200)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  process.on('message', (m) => m === 'cpu' && process.send?.({ cpu: process.cpuUsage() }));
  process.send?.({ ready: true });
  setInterval(() => process.send?.({ memory: process.memoryUsage() }), 5000).unref();
}

async function startWorkers(n: number, db: string, port: number, dataset = 'bench') {
  cluster.setupPrimary({
    exec: fileURLToPath(import.meta.url),
    args: ['--bench-worker', db, String(port), dataset],
  });
  const workers = Array.from({ length: n }, () => cluster.fork());
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve) => w.on('message', (m: { ready?: boolean }) => m.ready && resolve())),
    ),
  );
  return workers;
}

function load(url: string, seconds: number): Promise<autocannon.Result> {
  let i = 0;
  return autocannon({
    url: `${url}/match/bench?limit=5`,
    method: 'POST',
    connections: 16,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({
            queries: { q: { schema: 'Person', properties: { name: [name((i++ * 7919) % ENTITIES)] } } },
          }),
        }),
      },
    ],
  });
}

/** Query mixes for the lists mode: a common name, rare names and names in other scripts. */
const MIXES: [string, string[]][] = [
  ['common name', ['Mohammed Ali Hassan']],
  ['rare names', ['Vladimir Putin', 'Ekaterina Borisovna Altabaeva', 'Gorka Palacios Alday', 'Xi Jinping']],
  ['cross-script', ['محمد حسن آخوند', 'Хрущёв Никита', '김정은', 'アンドレイ・プルギン']],
];

/** CPU seconds (user + system) a worker has used so far. */
function workerCpu(w: ReturnType<typeof cluster.fork>): Promise<number> {
  return new Promise((resolve) => {
    const on = (m: { cpu?: NodeJS.CpuUsage }) => {
      if (!m.cpu) return;
      w.off('message', on);
      resolve((m.cpu.user + m.cpu.system) / 1e6);
    };
    w.on('message', on);
    w.send('cpu');
  });
}

/** Synthetic non-listed people, every request a different name: nothing repeats from request to request. */
function distinctNames(): string[] {
  return ['negatives-global-1k.csv', 'negatives-us-1k.csv'].flatMap((f) =>
    readTable(dataPath(`matching/${f}`)).map((r) => r.full_name ?? ''),
  );
}

/** POST /match/default against the SDN and UN lists, one process, 20 connections, each mix apart. */
export async function runLists(): Promise<void> {
  const duration = arg('--duration', 10);
  const db = join(mkdtempSync(join(tmpdir(), 'interdict-bench-')), 'lists.db');
  const store = new SqliteStore(db);
  await importList(store, { format: 'ofac-csv', path: dataPath('ofac-sdn-2021-07') });
  await importList(store, { format: 'un-xml', path: dataPath('un/consolidated-2026-02-27.xml') });
  await store.close();
  const port = 18000 + (process.pid % 1000);
  const url = `http://127.0.0.1:${port}`;
  const [w] = await startWorkers(1, db, port, 'default');
  console.log(
    'POST /match/default, OFAC SDN 2021-07 + UN 2026-02-27, one process, 20 connections, rate limit off',
  );
  console.log('| mix | seconds | requests/s | p50 ms | p99 ms | errors | server CPU s |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [label, names] of [...MIXES, ['2,000 people, all distinct', distinctNames()] as const]) {
    let i = 0;
    const cpu0 = await workerCpu(w!);
    const r = await autocannon({
      url: `${url}/match/default`,
      method: 'POST',
      connections: 20,
      duration,
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            body: JSON.stringify({
              queries: { q: { schema: 'Person', properties: { name: [names[i++ % names.length]] } } },
            }),
          }),
        },
      ],
    });
    console.log(
      `| ${label} | ${duration} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.non2xx} | ${((await workerCpu(w!)) - cpu0).toFixed(1)} |`,
    );
  }
  w!.kill();
}

export async function run(): Promise<void> {
  const duration = arg('--duration', 10);
  const soak = arg('--soak', 60);
  const db = join(mkdtempSync(join(tmpdir(), 'interdict-bench-')), 'bench.db');
  const store = new SqliteStore(db);
  await store.saveDataset('bench', entities(), { contentHash: 'bench' });
  await store.close();
  const port = 18000 + (process.pid % 1000);
  const url = `http://127.0.0.1:${port}`;
  console.log(
    `/match on loopback: ${ENTITIES} synthetic entities, 16 connections, one query per request, audit log on`,
  );
  console.log('| workers | seconds | requests/s | p50 ms | p99 ms | errors |');
  console.log('|---|---|---|---|---|---|');
  for (const n of [1, 2]) {
    const workers = await startWorkers(n, db, port);
    const r = await load(url, duration);
    console.log(
      `| ${n} | ${duration} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.non2xx} |`,
    );
    for (const w of workers) w.kill();
  }
  const [w] = await startWorkers(1, db, port);
  const samples: NodeJS.MemoryUsage[] = [];
  w!.on('message', (m: { memory?: NodeJS.MemoryUsage }) => m.memory && samples.push(m.memory));
  const r = await load(url, soak);
  w!.kill();
  const mb = (x: number | undefined) => ((x ?? 0) / 1048576).toFixed(0);
  const first = samples[0];
  const mid = samples[Math.floor(samples.length / 2)];
  const last = samples.at(-1);
  console.log(
    `\nSoak: one worker, ${soak} s, ${r.requests.total} requests (${r.requests.average.toFixed(0)}/s, p99 ${r.latency.p99} ms)`,
  );
  console.log('| sample | RSS MB | heap used MB |');
  console.log('|---|---|---|');
  for (const [label, s] of [
    ['first (5 s)', first],
    ['middle', mid],
    ['last', last],
  ] as const)
    console.log(`| ${label} | ${mb(s?.rss)} | ${mb(s?.heapUsed)} |`);
}

if (cluster.isWorker && process.argv.includes('--bench-worker')) {
  const i = process.argv.indexOf('--bench-worker');
  await worker(process.argv[i + 1]!, Number(process.argv[i + 2]), process.argv[i + 3] ?? 'bench');
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await (process.argv.includes('--lists') ? runLists() : run());
  process.exit(0);
}
