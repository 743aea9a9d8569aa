// List ingestion benchmark: import time and peak memory (max RSS of a fresh
// process per list) for the 2021 SDN set, the non-SDN set, the UN list and a
// synthetic ~100 MB SDN set; writes the table to docs/benchmarks.md.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importList, type ListFormat } from '../src/adapters/node/import-list.js';
import { openStore } from '../src/adapters/node/open-store.js';
import { packagePath } from '../src/adapters/node/package-root.js';
import { writeBenchmarkSection } from './lib/benchmarks-doc.js';

interface Case {
  label: string;
  format: ListFormat;
  path: string;
}

interface Figures {
  entities: number;
  ms: number;
  maxRssMB: number;
  baselineRssMB: number;
  inputMB: number;
}

const DATA = packagePath('..', 'shared', 'data');
const HERE = fileURLToPath(import.meta.url);
const SECTION = '## Lists';
const COMMAND = 'npm run build && node dist/bench/ingest.js';
/** Copies of the 2021 set in the synthetic list: about 100 MB. */
const SYNTHETIC_COPIES = 28;
/** Each child runs with this V8 heap cap, so a pass shows the import fits the budget rather than how lazily V8 collects. */
const HEAP_CAP_MB = 160;

/** ~100 MB: the 2021 set's rows repeated with fresh ent_nums, to check memory stays bounded. */
function syntheticSet(copies: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'interdict-bench-sdn-'));
  for (const name of ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv']) {
    const lines = readFileSync(join(DATA, 'ofac-sdn-2021-07', name), 'latin1')
      .replace('\u001a', '')
      .split('\n')
      .filter((l) => l.trim());
    const parts: string[] = [];
    for (let c = 0; c < copies; c++) {
      const offset = c * 1_000_000;
      for (const l of lines) parts.push(l.replace(/^(\d+),/, (_m, n: string) => `${Number(n) + offset},`));
    }
    writeFileSync(join(dir, name), parts.join('\n') + '\n', 'latin1');
  }
  return dir;
}

/** Runs in a child process: one import into a fresh SQLite file. */
async function measureOne(c: Case): Promise<Figures> {
  const baselineRssMB = process.memoryUsage().rss / 1e6;
  const dir = mkdtempSync(join(tmpdir(), 'interdict-bench-'));
  const store = await openStore(join(dir, 'bench.db'));
  const t0 = performance.now();
  const r = await importList(store, { format: c.format, path: c.path });
  const ms = performance.now() - t0;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const inputMB = sizeOf(c) / 1e6;
  return {
    entities: Object.values(r.info.counts).reduce((a, b) => a + b, 0),
    ms,
    maxRssMB: process.resourceUsage().maxRSS / 1e3,
    baselineRssMB,
    inputMB,
  };
}

function sizeOf(c: Case): number {
  if (c.format !== 'ofac-csv') return statSync(c.path).size;
  return readdirSync(c.path).reduce((n, f) => n + statSync(join(c.path, f)).size, 0);
}

function inChild(c: Case): Figures {
  const res = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_CAP_MB}`, HERE, '--one', JSON.stringify(c)],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (res.status !== 0) throw new Error(`bench child failed for ${c.label}: ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').at(-1)!) as Figures;
}

export async function run(): Promise<void> {
  const synthetic = syntheticSet(SYNTHETIC_COPIES);
  const cases: Case[] = [
    { label: 'OFAC SDN 2021-07 (CSV set)', format: 'ofac-csv', path: join(DATA, 'ofac-sdn-2021-07') },
    { label: 'OFAC non-SDN 2025-12 (CSV set)', format: 'ofac-csv', path: join(DATA, 'ofac-nonsdn-2025-12') },
    {
      label: 'UN consolidated 2026-02-27 (XML)',
      format: 'un-xml',
      path: join(DATA, 'un/consolidated-2026-02-27.xml'),
    },
    { label: `synthetic SDN ×${SYNTHETIC_COPIES} (CSV set)`, format: 'ofac-csv', path: synthetic },
  ];
  const rows: string[] = [
    '| list | input MB | entities | import s | entities/s | peak RSS MB | RSS before import MB |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const c of cases) {
    const f = inChild(c);
    rows.push(
      `| ${c.label} | ${f.inputMB.toFixed(1)} | ${f.entities.toLocaleString('en-US')} | ${(f.ms / 1000).toFixed(2)} | ${Math.round(f.entities / (f.ms / 1000)).toLocaleString('en-US')} | ${f.maxRssMB.toFixed(0)} | ${f.baselineRssMB.toFixed(0)} |`,
    );
    console.log(rows.at(-1));
  }
  rmSync(synthetic, { recursive: true, force: true });
  const md = [
    `Command: \`${COMMAND}\` (measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}). Each import runs in a fresh process: parse, map to FtM entities (with \`sourceRecord\` provenance) and save to a new SQLite file in one transaction. Peak RSS is the child's max resident set size, including Node itself (the "before" column); children run with \`--max-old-space-size=${HEAP_CAP_MB}\`, so finishing at all shows the import fits that heap.`,
    '',
    ...rows,
    '',
    `The synthetic set repeats the 2021 rows ${SYNTHETIC_COPIES} times with fresh ent_nums (~100 MB), to check the ~200 MB budget: the side files (alt, add, comments) are merge-joined by ent_num as sdn.csv streams, so only the names kept for "Linked To" resolution grow with the list (duplicate ids are caught by the store's primary key, not by an id set in memory).`,
  ].join('\n');
  writeBenchmarkSection(SECTION, md);
  console.log(`\nwrote ${SECTION} to docs/benchmarks.md`);
}

const argv = process.argv;
if (argv[2] === '--one') {
  const figures = await measureOne(JSON.parse(argv[3]!) as Case);
  console.log(JSON.stringify(figures));
} else if (argv[1] && import.meta.url === pathToFileURL(argv[1]).href) {
  await run();
}
