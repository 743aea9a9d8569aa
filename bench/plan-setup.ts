// Problem set-up against the solve, on Wood's grids written as CSV edge lists
// (every channel cuttable at cost 1): CPU time of building the problem
// (networkProblem) and of the branch and bound, in this process, and the whole
// `interdict plan FILE --budget B --json` process. npm run bench -- plan-setup [--sizes 40,60]

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEdgeList } from '../src/core/ingest/edge-list.js';
import { branchAndBound } from '../src/core/plan/branch-and-bound.js';
import { networkProblem } from '../src/core/plan/network-problem.js';
import { gridProblem } from '../src/core/plan/random-problems.js';
import { packagePath } from '../src/adapters/node/package-root.js';

export const PLAN_SETUP_DEFAULTS = { sizes: [40, 60, 80], budget: 8, seed: 1, repeats: 5 };

/** Wood's grid as a CSV edge list: s feeds the first column, the last drains to t. */
export function gridCsv(size: number, budget: number, seed: number): string {
  const p = gridProblem(size, size, budget, seed);
  const g = p.scenarios[0]!.graph;
  const s = size * size;
  const name = (v: number) => (v === s ? 's' : v === s + 1 ? 't' : `v${v}`);
  const cuttable = new Set(p.actions.map((a) => a.arcs[0]!));
  const lines = ['from,to,capacity,cost'];
  for (let a = 0; a < g.m; a++) {
    const cap = g.caps[a] === Infinity ? 'inf' : String(g.caps[a]);
    lines.push(`${name(g.tails[a]!)},${name(g.heads[a]!)},${cap},${cuttable.has(a) ? 1 : ''}`);
  }
  return lines.join('\n') + '\n';
}

function cpuMs<T>(f: () => T): [T, number] {
  const c0 = process.cpuUsage();
  const r = f();
  const c = process.cpuUsage(c0);
  return [r, (c.user + c.system) / 1000];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(argv = process.argv.slice(3)): Promise<void> {
  const o = { ...PLAN_SETUP_DEFAULTS };
  const i = argv.indexOf('--sizes');
  if (i >= 0) o.sizes = argv[i + 1]!.split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'interdict-plan-setup-'));
  const cli = packagePath('bin', 'interdict.js');
  console.log(
    '| grid | arcs | set-up CPU ms, cold | set-up CPU ms, warm median | branch & bound CPU ms | whole `interdict plan` wall ms |',
  );
  console.log('|---|---:|---:|---:|---:|---:|');
  try {
    for (const size of o.sizes) {
      const text = gridCsv(size, o.budget, o.seed);
      const file = join(dir, `grid${size}.csv`);
      writeFileSync(file, text);
      const network = await parseEdgeList(text.split('\n'), { file });
      const [first, cold] = cpuMs(() => networkProblem(network, { budget: o.budget }));
      let np = first;
      const warm: number[] = [];
      for (let r = 0; r < o.repeats; r++) {
        const [built, ms] = cpuMs(() => networkProblem(network, { budget: o.budget }));
        np = built;
        warm.push(ms);
      }
      const solve = cpuMs(() => branchAndBound(np.problem, { timeLimitMs: 600_000 }))[1];
      const t0 = performance.now();
      execFileSync(process.execPath, [cli, 'plan', file, '--budget', String(o.budget), '--json'], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const wall = performance.now() - t0;
      console.log(
        `| ${size}×${size} | ${np.arcChannel.length} | ${cold.toFixed(0)} | ${median(warm).toFixed(0)} | ${solve.toFixed(0)} | ${wall.toFixed(0)} |`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
