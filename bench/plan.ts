// Interdiction benchmark. By default, whole processes as a user runs them:
// `interdict plan GRID.csv --budget B --json` against CBC, GLPK and HiGHS each
// solving Wood's textbook MILP of the same instance from an LP file. With
// --kernel: the solvers inside this process (branch and bound, heuristic).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HighsSolver } from '../src/adapters/node/highs-solver.js';
import { graphFromArrays } from '../src/core/graph/compact-graph.js';
import { mulberry32 } from '../src/core/graph/prng.js';
import { branchAndBound } from '../src/core/plan/branch-and-bound.js';
import { lagrangianHeuristic } from '../src/core/plan/heuristic.js';
import { milpModel } from '../src/core/plan/milp-model.js';
import type { InterdictionProblem } from '../src/core/plan/problem.js';
import { gridProblem } from '../src/core/plan/random-problems.js';
import { medianRun, runProcess, type ProcessRun } from './lib/process.js';

export interface PlanBenchOptions {
  grids: number[];
  budgets: number[];
  /** HiGHS (slowest) runs only up to this grid size. */
  highsMaxGrid: number;
  timeLimitSeconds: number;
  seed: number;
  /** Also the random digraphs after the grids. */
  randomDigraphs: boolean;
  /** Runs per row for our solvers, CBC and GLPK (the median is reported); HiGHS runs once. */
  repeats: number;
}

export const PLAN_BENCH_DEFAULTS: PlanBenchOptions = {
  grids: [10, 20, 30, 40],
  budgets: [3, 4, 5, 6, 7, 8, 9, 10],
  highsMaxGrid: 40,
  timeLimitSeconds: 120,
  seed: 7,
  repeats: 3,
  randomDigraphs: true,
};

interface Row {
  instance: string;
  budget: number;
  optimum: number;
  bnbMs: number;
  heuristicMs: number;
  heuristicGap: number;
  cbcMs?: number;
  glpkMs?: number;
  highsMs?: number;
  agree: boolean;
}

function randomDigraph(n: number, m: number, budget: number, seed: number): InterdictionProblem {
  const rnd = mulberry32(seed);
  const tails: number[] = [];
  const heads: number[] = [];
  const caps: number[] = [];
  for (let i = 0; i < m; i++) {
    const u = Math.floor(rnd() * n);
    let v = Math.floor(rnd() * (n - 1));
    if (v >= u) v++;
    tails.push(u);
    heads.push(v);
    caps.push(1 + Math.floor(rnd() * 100));
  }
  const graph = graphFromArrays(n, tails, heads, caps);
  const actions = tails.map((_t, a) => ({
    id: `arc${a}`,
    cost: 1,
    arcs: Int32Array.of(a),
    fractions: Float64Array.of(1),
  }));
  return { scenarios: [{ graph, sources: [0], sinks: [n - 1], weight: 1 }], actions, budget };
}

function timeProcess(cmd: string, args: string[], limitS: number): { ms: number; out: string } | undefined {
  const t = performance.now();
  try {
    const out = execFileSync(cmd, args, {
      encoding: 'utf8',
      timeout: (limitS + 30) * 1000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ms: performance.now() - t, out };
  } catch {
    return undefined;
  }
}

/** Median time of `repeats` runs of `f`, with the last run's result. */
function timed<T>(repeats: number, f: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    result = f();
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);
  return { ms: times[times.length >> 1]!, result };
}

/** Median over `repeats` runs of a process; undefined when any run fails. */
function timeProcessMedian(
  repeats: number,
  cmd: string,
  args: string[],
  limitS: number,
): { ms: number; out: string } | undefined {
  const runs: { ms: number; out: string }[] = [];
  for (let i = 0; i < repeats; i++) {
    const r = timeProcess(cmd, args, limitS);
    if (!r) return undefined;
    runs.push(r);
  }
  runs.sort((x, y) => x.ms - y.ms);
  return runs[runs.length >> 1];
}

function objectiveOf(out: string, pattern: RegExp): number | undefined {
  const m = pattern.exec(out);
  return m ? Number(m[1]) : undefined;
}

async function benchOne(
  name: string,
  problem: InterdictionProblem,
  dir: string,
  highs: HighsSolver | undefined,
  o: PlanBenchOptions,
): Promise<Row> {
  const { ms: bnbMs, result: exact } = timed(o.repeats, () =>
    branchAndBound(problem, { timeLimitMs: o.timeLimitSeconds * 1000 }),
  );
  const { ms: heuristicMs, result: h } = timed(o.repeats, () => lagrangianHeuristic(problem));
  const lp = milpModel(problem, { formulation: 'textbook' }).lp;
  const file = join(dir, 'model.lp');
  writeFileSync(file, lp);
  const values: number[] = [exact.value];
  const cbc = timeProcessMedian(
    o.repeats,
    'cbc',
    [file, 'sec', String(o.timeLimitSeconds), 'solve'],
    o.timeLimitSeconds,
  );
  const cbcObj = cbc && objectiveOf(cbc.out, /Objective value:\s*([-\d.e+]+)/);
  if (cbcObj !== undefined) values.push(cbcObj);
  const glpk = timeProcessMedian(
    o.repeats,
    'glpsol',
    ['--lp', file, '--tmlim', String(o.timeLimitSeconds)],
    o.timeLimitSeconds,
  );
  const glpkObj = glpk && lastObjective(glpk.out);
  if (glpkObj !== undefined) values.push(glpkObj);
  let highsMs: number | undefined;
  if (highs) {
    const t = performance.now();
    const s = await highs.solve(lp, { timeLimitSeconds: o.timeLimitSeconds, columns: [] });
    highsMs = performance.now() - t;
    if (s.status === 'optimal' && s.objective !== undefined) values.push(s.objective);
  }
  return {
    instance: name,
    budget: problem.budget,
    optimum: exact.value,
    bnbMs,
    heuristicMs,
    heuristicGap: exact.value > 0 ? (h.value - exact.value) / exact.value : 0,
    ...(cbc ? { cbcMs: cbc.ms } : {}),
    ...(glpk ? { glpkMs: glpk.ms } : {}),
    ...(highsMs !== undefined ? { highsMs } : {}),
    agree:
      exact.status === 'optimal' &&
      values.every((v) => Math.abs(v - exact.value) < 1e-6 * Math.max(1, exact.value)),
  };
}

/** GLPK prints `mip = value` once per improvement: the last one is the optimum. */
function lastObjective(out: string): number | undefined {
  const all = [...out.matchAll(/mip =\s*([-\d.e+]+)/g)];
  const last = all[all.length - 1]?.[1];
  return last === undefined ? undefined : Number(last);
}

/**
 * Untimed solves of small grids first, so the timed rows measure optimised code
 * rather than V8 warming up (a cold first solve of a 30×30 grid takes about 20 ms instead of 3).
 */
function warmUp(seed: number): void {
  for (let budget = 3; budget <= 10; budget++) {
    const problem = gridProblem(20, 20, budget, seed + 1);
    branchAndBound(problem);
    lagrangianHeuristic(problem);
  }
}

export async function runKernels(options: Partial<PlanBenchOptions> = {}): Promise<Row[]> {
  const o = { ...PLAN_BENCH_DEFAULTS, ...options };
  const dir = mkdtempSync(join(tmpdir(), 'interdict-plan-bench-'));
  const highs = new HighsSolver();
  const rows: Row[] = [];
  warmUp(o.seed);
  try {
    for (const size of o.grids) {
      for (const budget of o.budgets) {
        rows.push(
          await benchOne(
            `grid ${size}×${size}`,
            gridProblem(size, size, budget, o.seed),
            dir,
            size <= o.highsMaxGrid ? highs : undefined,
            o,
          ),
        );
        printRow(rows[rows.length - 1]!);
      }
    }
    const digraphs = o.randomDigraphs
      ? ([
          [500, 2500],
          [2000, 10000],
        ] as const)
      : [];
    for (const [n, m] of digraphs) {
      for (const budget of [3, 6]) {
        rows.push(await benchOne(`random n=${n} m=${m}`, randomDigraph(n, m, budget, o.seed), dir, highs, o));
        printRow(rows[rows.length - 1]!);
      }
    }
  } finally {
    await highs.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('\n' + markdown(rows));
  return rows;
}

const ms = (v: number | undefined) => (v === undefined ? '—' : v < 10 ? v.toFixed(1) : v.toFixed(0));

function printRow(r: Row): void {
  console.log(
    `${r.instance} B=${r.budget}: opt ${r.optimum}; ours ${ms(r.bnbMs)} ms, heuristic ${ms(r.heuristicMs)} ms (gap ${(100 * r.heuristicGap).toFixed(2)}%); CBC ${ms(r.cbcMs)} ms, GLPK ${ms(r.glpkMs)} ms, HiGHS ${ms(r.highsMs)} ms; agree ${r.agree}`,
  );
}

function markdown(rows: Row[]): string {
  const head =
    '| instance | budget | optimum | branch & bound ms | heuristic ms | heuristic gap | CBC ms | GLPK ms | HiGHS ms | speed-up vs best | agree |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|';
  const body = rows.map((r) => {
    const bestOther = Math.min(r.cbcMs ?? Infinity, r.glpkMs ?? Infinity, r.highsMs ?? Infinity);
    return `| ${r.instance} | ${r.budget} | ${r.optimum} | ${ms(r.bnbMs)} | ${ms(r.heuristicMs)} | ${(100 * r.heuristicGap).toFixed(2)}% | ${ms(r.cbcMs)} | ${ms(r.glpkMs)} | ${ms(r.highsMs)} | ${bestOther === Infinity ? '—' : (bestOther / r.bnbMs).toFixed(1) + '×'} | ${r.agree ? 'yes' : 'NO'} |`;
  });
  return [head, ...body].join('\n');
}

/** `--grids 30,40`, `--budgets 3,10`, `--repeats 1`, `--no-random`: a subset of the default run. */
function parseArgs(argv: string[]): Partial<PlanBenchOptions> {
  const out: Partial<PlanBenchOptions> = {};
  const list = (v: string | undefined) => (v ?? '').split(',').filter(Boolean).map(Number);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--grids') out.grids = list(argv[++i]);
    else if (arg === '--budgets') out.budgets = list(argv[++i]);
    else if (arg === '--repeats') out.repeats = Number(argv[++i]);
    else if (arg === '--no-random') out.randomDigraphs = false;
  }
  return out;
}

// ---- Whole processes, as a user runs them -------------------------------------------------

export interface PlanProcessOptions {
  grids: number[];
  budgets: number[];
  runs: number;
  /** The peers to run: `--peers cbc` skips GLPK and HiGHS (slower than CBC on every grid so far). */
  peers: ('cbc' | 'glpk' | 'highs')[];
  timeLimitSeconds: number;
  seed: number;
}

export const PLAN_PROCESS_DEFAULTS: PlanProcessOptions = {
  grids: [20, 40, 60, 80],
  budgets: [4, 8],
  runs: 3,
  peers: ['cbc', 'glpk', 'highs'],
  timeLimitSeconds: 300,
  seed: 7,
};

/** HiGHS (the npm build the product uses) as its own process: read the LP file, solve, print the objective. */
const HIGHS_SCRIPT = `
const { createRequire } = require('node:module');
const { readFileSync } = require('node:fs');
const req = createRequire(process.cwd() + '/');
(async () => {
  const m = await import(req.resolve('highs'));
  const highs = await (m.default ?? m)();
  const model = highs.createModel({ format: 'lp', data: readFileSync(process.argv[1], 'utf8') });
  model.options.set({ output_flag: false, time_limit: Number(process.argv[2]), mip_rel_gap: 0, mip_abs_gap: 1e-9 });
  model.run();
  console.log('objective ' + model.getObjectiveValue());
})();
`;

/** The grid as a CSV edge list the CLI reads: grid arcs cost 1, the terminals' arcs unlimited and not cuttable. */
function gridCsv(problem: InterdictionProblem): string {
  const sc = problem.scenarios[0]!;
  const g = sc.graph;
  const cuttable = new Set(problem.actions.map((a) => a.arcs[0]!));
  const name = (v: number) => (v === sc.sources[0] ? 's' : v === sc.sinks[0] ? 't' : `n${v}`);
  const lines = ['from,to,capacity,cost'];
  for (let a = 0; a < g.m; a++) {
    const cap = g.caps[a]!;
    lines.push(
      `${name(g.tails[a]!)},${name(g.heads[a]!)},${cap === Infinity ? 'inf' : cap},${cuttable.has(a) ? 1 : ''}`,
    );
  }
  return lines.join('\n') + '\n';
}

interface ProcessRow {
  grid: number;
  arcs: number;
  budget: number;
  residual?: number;
  oursMs?: number;
  oursRssMb?: number | undefined;
  /** CPU seconds (user + system) of each process: on a busy machine wall time is mostly waiting. */
  oursCpuS?: number | undefined;
  cbcMs?: number;
  cbcCpuS?: number | undefined;
  glpkMs?: number;
  glpkCpuS?: number | undefined;
  highsMs?: number;
  highsCpuS?: number | undefined;
  agree: boolean;
}

function safeMedian(cmd: string, args: string[], runs: number, timeoutMs: number): ProcessRun | undefined {
  try {
    return medianRun(cmd, args, runs, { timeoutMs });
  } catch {
    return undefined;
  }
}

export async function run(options: Partial<PlanProcessOptions> = {}): Promise<ProcessRow[]> {
  const o = { ...PLAN_PROCESS_DEFAULTS, ...options };
  const dir = mkdtempSync(join(tmpdir(), 'interdict-plan-process-'));
  const cli = join(process.cwd(), 'bin', 'interdict.js');
  const rows: ProcessRow[] = [];
  const limitMs = (o.timeLimitSeconds + 60) * 1000;
  console.log(PROCESS_HEADER);
  try {
    for (const size of o.grids) {
      for (const budget of o.budgets) {
        const problem = gridProblem(size, size, budget, o.seed);
        const csv = join(dir, `grid-${size}.csv`);
        const lp = join(dir, `grid-${size}-b${budget}.lp`);
        writeFileSync(csv, gridCsv(problem));
        writeFileSync(lp, milpModel(problem, { formulation: 'textbook' }).lp);
        const runs = size >= 60 ? Math.min(o.runs, 1) : o.runs;
        const args = [cli, 'plan', csv, '--budget', String(budget), '--json'];
        runProcess(process.execPath, args); // file-system cache
        const ours = safeMedian(process.execPath, args, runs, limitMs);
        const residual = ours && (JSON.parse(ours.stdout) as { residualFlow: number }).residualFlow;
        const peer = (name: 'cbc' | 'glpk' | 'highs', cmd: string, peerArgs: string[]) =>
          o.peers.includes(name) ? safeMedian(cmd, peerArgs, runs, limitMs) : undefined;
        const cbc = peer('cbc', 'cbc', [lp, 'sec', String(o.timeLimitSeconds), 'solve']);
        const glpk = peer('glpk', 'glpsol', ['--lp', lp, '--tmlim', String(o.timeLimitSeconds)]);
        const highs = peer('highs', process.execPath, ['-e', HIGHS_SCRIPT, lp, String(o.timeLimitSeconds)]);
        const values = [
          cbc && objectiveOf(cbc.stdout, /Objective value:\s*([-\d.e+]+)/),
          glpk && lastObjective(glpk.stdout),
          highs && objectiveOf(highs.stdout, /objective ([-\d.e+]+)/),
        ].filter((v): v is number => v !== undefined);
        const row: ProcessRow = {
          grid: size,
          arcs: problem.scenarios[0]!.graph.m,
          budget,
          ...(residual !== undefined ? { residual } : {}),
          ...(ours ? { oursMs: ours.ms, oursRssMb: ours.rssMb, oursCpuS: ours.cpuS } : {}),
          ...(cbc ? { cbcMs: cbc.ms, cbcCpuS: cbc.cpuS } : {}),
          ...(glpk ? { glpkMs: glpk.ms, glpkCpuS: glpk.cpuS } : {}),
          ...(highs ? { highsMs: highs.ms, highsCpuS: highs.cpuS } : {}),
          agree:
            residual !== undefined &&
            values.every((v) => Math.abs(v - residual) < 1e-6 * Math.max(1, residual)),
        };
        rows.push(row);
        console.log(processRow(row));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

const PROCESS_HEADER =
  '| grid | arcs | budget | residual | interdict plan ms (CPU s) | peak RSS MB | CBC ms (CPU s) | GLPK ms (CPU s) | HiGHS ms (CPU s) | best other ÷ ours, wall | CPU | agree |\n' +
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|';

function processRow(r: ProcessRow): string {
  const best = Math.min(r.cbcMs ?? Infinity, r.glpkMs ?? Infinity, r.highsMs ?? Infinity);
  const bestCpu = Math.min(r.cbcCpuS ?? Infinity, r.glpkCpuS ?? Infinity, r.highsCpuS ?? Infinity);
  const speed = r.oursMs && best !== Infinity ? `${(best / r.oursMs).toFixed(1)}×` : '—';
  const speedCpu = r.oursCpuS && bestCpu !== Infinity ? `${(bestCpu / r.oursCpuS).toFixed(1)}×` : '—';
  const f = (ms: number | undefined, cpu?: number) =>
    ms === undefined ? '—' : `${ms.toFixed(0)}${cpu === undefined ? '' : ` (${cpu.toFixed(2)})`}`;
  return `| ${r.grid}×${r.grid} | ${r.arcs} | ${r.budget} | ${r.residual ?? '—'} | ${f(r.oursMs, r.oursCpuS)} | ${f(r.oursRssMb)} | ${f(r.cbcMs, r.cbcCpuS)} | ${f(r.glpkMs, r.glpkCpuS)} | ${f(r.highsMs, r.highsCpuS)} | ${speed} | ${speedCpu} | ${r.agree ? 'yes' : 'NO'} |`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  if (argv.includes('--kernel')) await runKernels(parseArgs(argv));
  else {
    const list = (flag: string) => {
      const i = argv.indexOf(flag);
      return i >= 0 ? argv[i + 1]!.split(',').map(Number) : undefined;
    };
    const grids = list('--grids');
    const budgets = list('--budgets');
    const runs = list('--runs');
    const peers = argv.includes('--peers')
      ? (argv[argv.indexOf('--peers') + 1]!.split(',') as PlanProcessOptions['peers'])
      : undefined;
    await run({
      ...(peers ? { peers } : {}),
      ...(grids ? { grids } : {}),
      ...(budgets ? { budgets } : {}),
      ...(runs ? { runs: runs[0]! } : {}),
    });
  }
}
