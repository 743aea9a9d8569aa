// One `interdict screen NAME` against the full OFAC SDN, OFAC non-SDN and UN
// lists, as a user runs it (spawn to exit): the first run of a dataset
// version (builds and stores the index), later runs (read it), each against
// a bare Node start and the 0.5 s goal.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataPath } from './lib/lists.js';
import { medianRun, runProcess } from './lib/process.js';

const NODE = process.execPath;
const CLI = join(process.cwd(), 'bin', 'interdict.js');
const LISTS: [string, string, string][] = [
  ['ofac-csv', 'ofac-sdn-2021-07', 'us_ofac_sdn'],
  ['ofac-csv', 'ofac-nonsdn-2025-12', 'us_ofac_cons'],
  ['un-xml', 'un/consolidated-2026-02-27.xml', 'un_sc'],
];

export async function run(options: { runs?: number } = {}): Promise<void> {
  const runs = options.runs ?? 7;
  const dir = mkdtempSync(join(tmpdir(), 'interdict-screen-cli-'));
  try {
    const db = join(dir, 'lists.db');
    let entities = 0;
    for (const [format, path, dataset] of LISTS) {
      const r = runProcess(NODE, [
        CLI,
        'import',
        format,
        dataPath(path),
        '--dataset',
        dataset,
        '--db',
        db,
        '--json',
      ]);
      if (r.code !== 0) throw new Error(`import ${path} failed: ${r.stderr}`);
      entities += Object.values((JSON.parse(r.stdout) as { counts: Record<string, number> }).counts).reduce(
        (a, b) => a + b,
        0,
      );
    }
    const screen = [CLI, 'screen', 'Abdul Hai Salek', '--db', db];
    const bare = medianRun(NODE, ['-e', ''], runs);
    // The first run builds each dataset's index and stores it beside the database.
    const first = runProcess(NODE, screen);
    const warm = medianRun(NODE, screen, runs);
    const json = medianRun(NODE, [...screen, '--json', '--schema', 'Person'], runs);
    const rows: [string, number, number | undefined][] = [
      ['`node -e ""` (bare node)', bare.ms, bare.rssMb],
      [
        '`interdict screen "Abdul Hai Salek"`, first run (builds and stores the indexes)',
        first.ms,
        first.rssMb,
      ],
      ['`interdict screen "Abdul Hai Salek"`, later runs (reads them)', warm.ms, warm.rssMb],
      ['`interdict screen "Abdul Hai Salek" --schema Person --json`, later runs', json.ms, json.rssMb],
    ];
    console.log(
      `${entities.toLocaleString('en')} entities in 3 datasets; median of ${runs} runs (the first run: one)\n`,
    );
    console.log('| command | ms | × bare node | goal ≤ 500 ms | peak RSS MB |\n|---|---:|---:|---|---:|');
    for (const [what, ms, rss] of rows)
      console.log(
        `| ${what} | ${ms.toFixed(0)} | ${(ms / bare.ms).toFixed(1)}× | ${what.includes('bare') ? '—' : ms <= 500 ? 'met' : 'not met'} | ${rss === undefined ? '—' : rss.toFixed(0)} |`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--runs');
  await run(i > 0 ? { runs: Number(process.argv[i + 1]) } : {});
}
