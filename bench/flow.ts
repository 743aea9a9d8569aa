// Max-flow benchmark: our push-relabel and Dinic against python-igraph and
// NetworkX on the shared DIMACS graphs and generated GENRMF and Washington RLG families.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { graphFromArrays } from '../src/core/graph/compact-graph.js';
import { maxFlow, type MaxFlowAlgorithmName } from '../src/core/graph/max-flow.js';
import { readDimacsInstance, writeDimacsInstance } from './dimacs-files.js';
import type { FlowInstance } from './generators/flow-instance.js';
import { genrmfLong, genrmfWide } from './generators/genrmf.js';
import { rlgLong, rlgWide } from './generators/washington-rlg.js';
import { timePython } from './python-flow.js';

export interface FlowBenchOptions {
  /** Largest instances have about this many arcs. */
  maxArcs: number;
  /** NetworkX runs only up to this many arcs. */
  networkxMaxArcs: number;
  networkxTimeoutMs: number;
  repeats: number;
  dataDir: string;
}

export const FLOW_BENCH_DEFAULTS: FlowBenchOptions = {
  maxArcs: 1_000_000,
  networkxMaxArcs: 250_000,
  networkxTimeoutMs: 120_000,
  repeats: 3,
  dataDir: join(process.cwd(), '..', 'shared', 'data', 'maxflow'),
};

export interface FlowBenchRow {
  family: string;
  n: number;
  m: number;
  value: number;
  pushRelabelMs: number;
  dinicMs: number;
  igraphMs?: number;
  networkxMs?: number;
  networkxNote?: string;
  agree: boolean;
  rssMb: number;
  igraphRssMb?: number;
}

function instances(o: FlowBenchOptions): FlowInstance[] {
  const shared = ['gl1', 'gw1', 'wlm3'].map((f) => readDimacsInstance(join(o.dataDir, `${f}.max`), `DIMACS ${f}`));
  const sizes = [o.maxArcs / 16, o.maxArcs / 4, o.maxArcs];
  const generated = sizes.flatMap((arcs) => [
    genrmfLong(Math.round(arcs / 5.2)),
    genrmfWide(Math.round(arcs / 5.2)),
    rlgLong(Math.round(arcs / 3)),
    rlgWide(Math.round(arcs / 3)),
  ]);
  return [...shared, ...generated];
}

function timeOurs(inst: FlowInstance, algorithm: MaxFlowAlgorithmName, repeats: number): { ms: number; value: number } {
  const g = graphFromArrays(inst.n, inst.tails, inst.heads, inst.caps);
  let best = Infinity;
  let value = NaN;
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    const res = maxFlow(g, inst.source, inst.sink, { algorithm });
    best = Math.min(best, performance.now() - t0);
    value = res.status === 'optimal' ? res.value : Infinity;
  }
  return { ms: best, value };
}

export async function run(options: Partial<FlowBenchOptions> = {}): Promise<FlowBenchRow[]> {
  const o = { ...FLOW_BENCH_DEFAULTS, ...options };
  const dir = mkdtempSync(join(tmpdir(), 'interdict-flow-'));
  const rows: FlowBenchRow[] = [];
  console.log(HEADER.join(' | '));
  try {
    for (const inst of instances(o)) {
      const m = inst.tails.length;
      const pr = timeOurs(inst, 'push-relabel', o.repeats);
      const dn = timeOurs(inst, 'dinic', o.repeats);
      const rssMb = process.memoryUsage().rss / 2 ** 20;
      const file = join(dir, 'graph.max');
      writeDimacsInstance(file, inst);
      const ig = timePython('igraph', file, 600_000);
      const nx = m <= o.networkxMaxArcs ? timePython('networkx', file, o.networkxTimeoutMs) : undefined;
      const agree = Math.abs(pr.value - dn.value) <= 1e-9 * Math.max(1, pr.value) && (!ig || Math.abs(pr.value - ig.value) <= 1e-6 * Math.max(1, pr.value));
      const row: FlowBenchRow = {
        family: inst.family,
        n: inst.n,
        m,
        value: pr.value,
        pushRelabelMs: pr.ms,
        dinicMs: dn.ms,
        igraphMs: ig && ig.seconds * 1000,
        networkxMs: nx && nx.seconds * 1000,
        networkxNote: m > o.networkxMaxArcs ? `skipped (> ${o.networkxMaxArcs} arcs)` : nx ? undefined : `failed or > ${o.networkxTimeoutMs / 1000} s`,
        agree,
        rssMb,
        igraphRssMb: ig?.maxRssMb,
      };
      rows.push(row);
      console.log(formatRow(row));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  return rows;
}

const HEADER = ['family', 'n', 'm', 'PR ms', 'Dinic ms', 'igraph ms', 'NetworkX ms', 'PR/igraph', 'NX/PR', 'RSS MB', 'igraph RSS MB', 'agree'];

function formatRow(r: FlowBenchRow): string {
  const f = (x: number | undefined, d = 1) => (x === undefined ? '–' : x.toFixed(d));
  return [
    r.family.padEnd(22),
    String(r.n).padStart(8),
    String(r.m).padStart(8),
    f(r.pushRelabelMs).padStart(9),
    f(r.dinicMs).padStart(9),
    f(r.igraphMs).padStart(9),
    (r.networkxMs === undefined ? r.networkxNote ?? '–' : f(r.networkxMs, 0)).padStart(11),
    (r.igraphMs ? f(r.pushRelabelMs / r.igraphMs, 2) : '–').padStart(9),
    (r.networkxMs ? f(r.networkxMs / r.pushRelabelMs, 0) : '–').padStart(6),
    f(r.rssMb, 0).padStart(6),
    f(r.igraphRssMb, 0).padStart(6),
    r.agree ? 'yes' : 'NO',
  ].join(' | ');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
