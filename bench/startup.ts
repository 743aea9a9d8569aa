// Start-up benchmark: whole-process times of short commands against a bare
// Node start, as a user runs them (spawn to exit, median of several runs).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataPath } from './lib/lists.js';
import { medianRun, runProcess } from './lib/process.js';

export interface StartupBenchOptions {
  runs: number;
  /** The stored dataset `interdict screen` runs against (an OFAC legacy CSV folder). */
  screenList: string;
}

export const STARTUP_BENCH_DEFAULTS: StartupBenchOptions = {
  runs: 9,
  screenList: 'ofac-sdn-2021-07',
};

/** Five arcs, two cuttable routes: the smallest plan a user could ask for. */
const FIVE_ARCS = 'from,to,capacity,cost\ns,a,5,1\ns,b,4,1\na,b,2,1\na,t,3,2\nb,t,6,1\n';

const NODE = process.execPath;
const CLI = join(process.cwd(), 'bin', 'interdict.js');

interface Row {
  what: string;
  command: string;
  ms: number;
  rssMb?: number;
  goal?: number;
}

export async function run(options: Partial<StartupBenchOptions> = {}): Promise<Row[]> {
  const o = { ...STARTUP_BENCH_DEFAULTS, ...options };
  const dir = mkdtempSync(join(tmpdir(), 'interdict-startup-'));
  try {
    const csv = join(dir, 'five.csv');
    writeFileSync(csv, FIVE_ARCS);
    const db = join(dir, 'lists.db');
    const imported = runProcess(NODE, [
      CLI,
      'import',
      'ofac-csv',
      dataPath(o.screenList),
      '--dataset',
      'us_ofac_sdn',
      '--db',
      db,
      '--json',
    ]);
    if (imported.code !== 0) throw new Error(`import failed: ${imported.stderr}`);
    const counts = (JSON.parse(imported.stdout) as { counts: Record<string, number> }).counts;
    const entities = Object.values(counts).reduce((a, b) => a + b, 0);
    const cases: { what: string; args: string[]; goal?: number }[] = [
      { what: 'bare node', args: ['-e', ''] },
      { what: 'interdict --help', args: [CLI, '--help'], goal: 3 },
      { what: 'interdict plan (5-arc CSV, budget 2)', args: [CLI, 'plan', csv, '--budget', '2'], goal: 5 },
      {
        what: `interdict screen NAME (${o.screenList}, ${entities.toLocaleString('en')} entities)`,
        args: [CLI, 'screen', 'Mohammed Ali', '--db', db],
      },
    ];
    const rows: Row[] = [];
    for (const c of cases) {
      // One untimed run first: file-system caches, the store's first open.
      runProcess(NODE, c.args);
      const r = medianRun(NODE, c.args, o.runs);
      rows.push({
        what: c.what,
        command: [
          'node',
          ...c.args.map((a) => shellWord(a.replace(dir, '$TMP').replace(process.cwd() + '/', ''))),
        ].join(' '),
        ms: r.ms,
        ...(r.rssMb !== undefined ? { rssMb: r.rssMb } : {}),
        ...(c.goal !== undefined ? { goal: c.goal } : {}),
      });
    }
    console.log(markdown(rows, o.runs));
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const shellWord = (a: string): string => (/^[\w$./=-]+$/.test(a) ? a : `"${a}"`);

function markdown(rows: Row[], runs: number): string {
  const bare = rows[0]!.ms;
  const head = `| command (median of ${runs} whole-process runs) | ms | × bare node | goal | peak RSS MB |\n|---|---:|---:|---:|---:|`;
  const body = rows.map((r) => {
    const ratio = r.ms / bare;
    const goal = r.goal === undefined ? '—' : `≤ ${r.goal}× ${ratio <= r.goal ? '(met)' : '(NOT met)'}`;
    return `| \`${r.command}\` (${r.what}) | ${r.ms.toFixed(0)} | ${ratio.toFixed(1)}× | ${goal} | ${r.rssMb === undefined ? '—' : r.rssMb.toFixed(0)} |`;
  });
  return [head, ...body].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = process.argv.indexOf('--runs');
  await run(runs > 0 ? { runs: Number(process.argv[runs + 1]) } : {});
}
