// Report benchmark: the whole `interdict report NETWORK --output FILE` command,
// as a user runs it (spawn to exit), to HTML and to PDF (printed by Chromium),
// on the article's network and on a generated 200-actor one, with the size of
// what it writes and the PDF's pages.
//
//   npm run build && node dist/bench/report.js [--runs 3]
//   BEFORE=<a copy of dist/> node dist/bench/report.js   (that build too, runs interleaved)

import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeScenarioYaml } from '../src/core/ingest/scenario-write.js';
import { findChromium, pdfPageCount } from '../src/adapters/node/pdf.js';
import { generatedNetwork } from '../src/service/report/testing/generated-network.js';
import { median, runProcess, type ProcessRun } from './lib/process.js';

interface Row {
  network: string;
  format: string;
  build: string;
  ms: number;
  cpuS?: number;
  mb: number;
  pages?: number;
}

export async function run(options: { runs?: number } = {}): Promise<Row[]> {
  const runs = options.runs ?? 3;
  const dir = mkdtempSync(join(tmpdir(), 'interdict-report-bench-'));
  try {
    const builds: [string, string][] = [['this build', join(process.cwd(), 'bin', 'interdict.js')]];
    if (process.env.BEFORE) {
      const entry = join(dir, 'before.mjs');
      const main = pathToFileURL(resolve(process.env.BEFORE, 'src/adapters/cli/main.js')).href;
      writeFileSync(
        entry,
        `import { main } from '${main}';\nprocess.exitCode = await main(process.argv.slice(2));\n`,
      );
      builds.unshift(['before', entry]);
    }
    const generated = generatedNetwork(200);
    const generatedFile = join(dir, `${generated.id}.yaml`);
    writeFileSync(generatedFile, writeScenarioYaml(generated));
    const networks: [string, string][] = [
      ['the article (data/scenarios/article.yaml)', 'data/scenarios/article.yaml'],
      ['200 actors, 280 channels (generated, budget 6)', generatedFile],
    ];
    const formats = findChromium(process.env) ? ['html', 'pdf'] : ['html'];
    if (formats.length === 1)
      console.log('report bench: no Chromium, so no PDF rows (apt-get install chromium)');
    const rows: Row[] = [];
    for (const [network, file] of networks) {
      for (const format of formats) {
        const times = new Map<string, ProcessRun[]>(builds.map(([b]) => [b, []]));
        const out = new Map<string, string>();
        for (let i = 0; i < runs; i++) {
          // Interleaved, the order alternating, so both builds meet the same machine.
          const order = i % 2 ? [...builds].reverse() : builds;
          for (const [build, bin] of order) {
            const output = join(dir, `${build.replace(/\W/g, '-')}.${format}`);
            const r = runProcess(process.execPath, [
              bin,
              'report',
              file,
              '--budget',
              '6',
              '--output',
              output,
              '--db',
              join(dir, 'store.sqlite'),
            ]);
            if (r.code !== 0) throw new Error(`interdict report ${file} exited ${r.code}: ${r.stderr}`);
            times.get(build)!.push(r);
            out.set(build, output);
          }
        }
        for (const [build] of builds) {
          const rs = times.get(build)!;
          const written = out.get(build)!;
          const cpu = rs.map((r) => r.cpuS).filter((x): x is number => x !== undefined);
          rows.push({
            network,
            format,
            build,
            ms: median(rs.map((r) => r.ms)),
            ...(cpu.length ? { cpuS: median(cpu) } : {}),
            mb: statSync(written).size / 1e6,
            ...(format === 'pdf' ? { pages: pdfPageCount(readFileSync(written)) } : {}),
          });
        }
      }
    }
    console.log(
      [
        `| network | output | build | wall ms (median of ${runs}) | CPU s | file MB | pages |`,
        '|---|---|---|---:|---:|---:|---:|',
        ...rows.map(
          (r) =>
            `| ${r.network} | ${r.format} | ${r.build} | ${r.ms.toFixed(0)} | ${r.cpuS === undefined ? '—' : r.cpuS.toFixed(2)} | ${r.mb.toFixed(2)} | ${r.pages ?? '—'} |`,
        ),
      ].join('\n'),
    );
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--runs');
  await run(at > 0 ? { runs: Number(process.argv[at + 1]) } : {});
}
