// Max-flow benchmark, timed as a user runs it: the whole `interdict flow FILE
// --json` process (start to exit, peak RSS) against python-igraph's whole
// process (read the same DIMACS file, build, solve) on the shared DIMACS
// graphs and on generated GENRMF and Washington RLG families up to 1M arcs.
// The shared graphs are also checked against their published maximum flows.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeDimacsInstance } from './dimacs-files.js';
import type { FlowInstance } from './generators/flow-instance.js';
import { genrmfLong, genrmfWide } from './generators/genrmf.js';
import { rlgLong, rlgWide } from './generators/washington-rlg.js';
import { medianRun, runProcess } from './lib/process.js';
import { igraphProcess } from './python-flow.js';

export interface FlowBenchOptions {
  /** Largest instances have about this many arcs (also m/16 and m/4 are run). */
  maxArcs: number;
  /** Whole-process runs per instance (median); instances above 300k arcs get one. */
  runs: number;
  igraphTimeoutMs: number;
  /** Heap limit given to node (MB): the goal is to stay within 1.5 GB. */
  heapMb: number;
  dataDir: string;
}

export const FLOW_BENCH_DEFAULTS: FlowBenchOptions = {
  maxArcs: 1_000_000,
  runs: 3,
  igraphTimeoutMs: 900_000,
  heapMb: 1536,
  dataDir: process.env.INTERDICT_MAXFLOW_DATA ?? join(process.cwd(), '..', 'shared', 'data', 'maxflow'),
};

/** Maximum flows published with NetworkX's tests for the shared graphs. */
export const PUBLISHED: Record<string, number> = { gl1: 156_545, gw1: 1_202_018, wlm3: 11_875_108 };

export interface FlowBenchRow {
  family: string;
  n: number;
  m: number;
  value: number | string;
  oursMs: number;
  oursCpuS?: number;
  oursRssMb?: number;
  igraphMs?: number;
  igraphCpuS?: number;
  igraphRssMb?: number;
  igraphValue?: number;
  published?: number;
  agree: boolean;
}

const CLI = join(process.cwd(), 'bin', 'interdict.js');

function generated(maxArcs: number): (() => FlowInstance)[] {
  const sizes = [maxArcs / 16, maxArcs / 4, maxArcs];
  return sizes.flatMap((arcs) => [
    () => genrmfLong(Math.round(arcs / 4.6)),
    () => genrmfWide(Math.round(arcs / 4.6)),
    () => rlgLong(Math.round(arcs / 2.95)),
    () => rlgWide(Math.round(arcs / 2.95)),
  ]);
}

function benchFile(
  file: string,
  family: string,
  n: number,
  m: number,
  o: FlowBenchOptions,
  published?: number,
): FlowBenchRow {
  const runs = m > 300_000 ? 1 : o.runs;
  const args = [`--max-old-space-size=${o.heapMb}`, CLI, 'flow', file, '--json'];
  runProcess(process.execPath, args); // file-system cache, as for igraph below
  let ours;
  let value: number | string;
  try {
    ours = medianRun(process.execPath, args, runs, { timeoutMs: 1_800_000 });
    value = (JSON.parse(ours.stdout) as { value: number | string }).value;
  } catch (e) {
    ours = { ms: NaN };
    value = `failed: ${(e as Error).message.slice(0, 200)}`;
  }
  const ig = igraphProcess(file, o.igraphTimeoutMs);
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  const agree =
    typeof value === 'number' &&
    (ig === undefined || close(value, ig.value)) &&
    (published === undefined || close(value, published));
  return {
    family,
    n,
    m,
    value,
    oursMs: ours.ms,
    ...('cpuS' in ours && ours.cpuS !== undefined ? { oursCpuS: ours.cpuS } : {}),
    ...('rssMb' in ours && ours.rssMb !== undefined ? { oursRssMb: ours.rssMb } : {}),
    ...(ig
      ? {
          igraphMs: ig.ms,
          igraphValue: ig.value,
          ...(ig.cpuS !== undefined ? { igraphCpuS: ig.cpuS } : {}),
          ...(ig.rssMb !== undefined ? { igraphRssMb: ig.rssMb } : {}),
        }
      : {}),
    ...(published !== undefined ? { published } : {}),
    agree,
  };
}

export async function run(options: Partial<FlowBenchOptions> = {}): Promise<FlowBenchRow[]> {
  const o = { ...FLOW_BENCH_DEFAULTS, ...options };
  const dir = mkdtempSync(join(tmpdir(), 'interdict-flow-'));
  const rows: FlowBenchRow[] = [];
  console.log(HEADER);
  try {
    for (const [name, published] of Object.entries(PUBLISHED)) {
      const file = join(o.dataDir, `${name}.max`);
      const head = runProcess('head', ['-c', '4096', file]).stdout;
      const p = /^p max (\d+) (\d+)/m.exec(head);
      rows.push(benchFile(file, `DIMACS ${name}`, Number(p?.[1]), Number(p?.[2]), o, published));
      console.log(formatRow(rows[rows.length - 1]!));
    }
    for (const make of generated(o.maxArcs)) {
      const inst = make();
      const file = join(dir, 'graph.max');
      writeDimacsInstance(file, inst);
      rows.push(benchFile(file, inst.family, inst.n, inst.tails.length, o));
      console.log(formatRow(rows[rows.length - 1]!));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

const HEADER =
  '| family | n | m | max flow | interdict flow ms | CPU s | peak RSS MB | igraph process ms | CPU s | peak RSS MB | time ÷ igraph | agree |\n' +
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|';

function formatRow(r: FlowBenchRow): string {
  const f = (x: number | undefined, d = 0) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));
  const ratio = r.igraphMs ? f(r.oursMs / r.igraphMs, 2) : '–';
  const check = r.published !== undefined ? ` (published ${r.published})` : '';
  return `| ${r.family} | ${r.n} | ${r.m} | ${r.value}${check} | ${f(r.oursMs)} | ${f(r.oursCpuS, 2)} | ${f(r.oursRssMb)} | ${f(r.igraphMs)} | ${f(r.igraphCpuS, 2)} | ${f(r.igraphRssMb)} | ${ratio} | ${r.agree ? 'yes' : 'NO'} |`;
}

/** `--max-arcs 100000`, `--runs 1`: a smaller run while developing. */
function parseArgs(argv: string[]): Partial<FlowBenchOptions> {
  const out: Partial<FlowBenchOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--max-arcs') out.maxArcs = Number(argv[++i]);
    else if (argv[i] === '--runs') out.runs = Number(argv[++i]);
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run(parseArgs(process.argv.slice(2)));
}
