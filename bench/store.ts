// Store backends compared on real lists: import the OFAC SDN 2019 and 2021
// sets as two versions, diff them, stream one back; SQLite and PostgreSQL.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { importList } from '../src/adapters/node/import-list.js';
import { packagePath } from '../src/adapters/node/package-root.js';
import { writeBenchmarkSection } from './lib/benchmarks-doc.js';
import { PgStore } from '../src/adapters/node/pg-store.js';
import { SqliteStore } from '../src/adapters/node/sqlite-store.js';
import type { Entity } from '../src/core/model/entity.js';
import type { Store } from '../src/core/store/store.js';

const DATA = packagePath('..', 'shared', 'data');
const SECTION = '## Store backends';
const COMMAND = 'npm run build && INTERDICT_BENCH_PG_URL=postgres://… node dist/bench/store.js';
/** Diff and stream are repeated; the table shows the median. */
const REPEATS = 5;

interface Backend {
  label: string;
  /** What `--db` takes to reach the same store from the command line. */
  location: string;
  open: () => Promise<Store>;
  cleanup: () => Promise<void>;
}

interface Figures {
  import2019: number;
  import2021: number;
  save: number;
  entities: number;
  diff: number;
  /** `interdict datasets diff sdn@1 sdn@2 --json`, process start to exit. */
  diffCommand: number;
  changed: string;
  stream: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const out = await work();
  return [performance.now() - t0, out];
}

async function measure(backend: Backend): Promise<Figures> {
  const store = await backend.open();
  try {
    const importSet = (dir: string) => () =>
      importList(store, {
        format: 'ofac-csv',
        path: join(DATA, dir),
        dataset: 'sdn',
        allowMissingMarker: true,
      });
    const [import2019] = await timed(importSet('ofac-sdn-2019-01'));
    const [import2021, r] = await timed(importSet('ofac-sdn-2021-07'));
    const diffs: number[] = [];
    const streams: number[] = [];
    let changed = '';
    let entities = 0;
    const kept: Entity[] = [];
    for await (const e of store.datasetEntities('sdn', r.info.version)) kept.push(e);
    // The store's own share of an import: the same entities again, already parsed.
    const [save] = await timed(() => store.saveDataset('sdn-copy', kept, { contentHash: 'bench' }));
    for (let i = 0; i < REPEATS; i++) {
      const [ms, d] = await timed(() => store.diffDatasets('sdn', 1, 'sdn', 2));
      diffs.push(ms);
      changed = `+${d.counts.added} −${d.counts.removed} ~${d.counts.changed}`;
      const [sms, n] = await timed(async () => {
        let n = 0;
        for await (const _ of store.datasetEntities('sdn', r.info.version)) n++;
        return n;
      });
      streams.push(sms);
      entities = n;
    }
    const commands: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const t0 = performance.now();
      const out = execFileSync(
        process.execPath,
        [
          packagePath('bin', 'interdict.js'),
          'datasets',
          'diff',
          'sdn@1',
          'sdn@2',
          '--db',
          backend.location,
          '--json',
        ],
        { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      );
      commands.push(performance.now() - t0);
      if ((JSON.parse(out) as { counts: { changed: number } }).counts.changed <= 0)
        throw new Error('the command found no changes');
    }
    return {
      import2019,
      import2021,
      save,
      entities,
      diff: median(diffs),
      diffCommand: median(commands),
      changed,
      stream: median(streams),
    };
  } finally {
    await store.close();
    await backend.cleanup();
  }
}

function sqlite(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'interdict-bench-store-'));
  return {
    label: 'SQLite (file, WAL)',
    location: join(dir, 'bench.db'),
    open: async () => new SqliteStore(join(dir, 'bench.db')),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A schema of its own on the given server, dropped afterwards. */
function postgres(url: string): Backend {
  const schema = `interdict_bench_${process.pid}`;
  const location = `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;
  return {
    label: `PostgreSQL (${new URL(url).host})`,
    location,
    open: () => PgStore.open(location),
    cleanup: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ v: string; fsync: string }>(
    "SELECT split_part(current_setting('server_version'), ' ', 1) AS v, current_setting('fsync') AS fsync",
  );
  await client.end();
  return `PostgreSQL ${rows[0]!.v} (fsync ${rows[0]!.fsync})`;
}

export async function run(): Promise<void> {
  const url = process.env.INTERDICT_BENCH_PG_URL ?? process.env.INTERDICT_TEST_PG_URL;
  const backends = [sqlite()];
  if (url) backends.push(postgres(url));
  else
    console.log(
      'skipped PostgreSQL: set INTERDICT_BENCH_PG_URL to a database the bench may create a schema in',
    );
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const rows = [
    '| backend | import SDN 2019-01 s | import SDN 2021-07 s | save parsed 2021 s | diff v1→v2 s | `datasets diff` command s | stream v2 s | entities/s streamed |',
    '|---|---|---|---|---|---|---|---|',
  ];
  let diffNote = '';
  for (const b of backends) {
    const f = await measure(b);
    diffNote = `the diff finds ${f.changed} (added, removed, changed) between the releases; ${f.entities.toLocaleString('en-US')} entities stream back`;
    rows.push(
      `| ${b.label} | ${s(f.import2019)} | ${s(f.import2021)} | ${s(f.save)} | ${s(f.diff)} | ${s(f.diffCommand)} | ${s(f.stream)} | ${Math.round(f.entities / (f.stream / 1000)).toLocaleString('en-US')} |`,
    );
    console.log(rows.at(-1));
  }
  if (!url) return; // keep the committed two-backend figures rather than overwrite them with one
  const md = [
    `Command: \`${COMMAND}\` (measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${await serverVersion(url)} on the same machine over TCP). Both OFAC SDN sets are imported into dataset \`sdn\` as versions 1 and 2 (parse, map, save in one transaction); "save parsed" saves the 2021 entities again from memory, the store's own share of an import; diff and stream are the median of ${REPEATS} runs; the \`datasets diff\` command is \`interdict datasets diff sdn@1 sdn@2 --db … --json\` timed from process start to exit (median of ${REPEATS}); diffs compare content, not the stored source rows (whose line numbers move between releases), and name each entity and field; ${diffNote}.`,
    '',
    ...rows,
  ].join('\n');
  writeBenchmarkSection(SECTION, md);
  console.log(`\nwrote ${SECTION} to docs/benchmarks.md`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
