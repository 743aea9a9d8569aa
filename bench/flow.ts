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
  /** Timed runs per instance (best is reported); instances above 300k arcs get at most 2. */
  repeats: number;
  dataDir: string;
}

export const FLOW_BENCH_DEFAULTS: FlowBenchOptions = {
  maxArcs: 1_000_000,
  networkxMaxArcs: 250_000,
  networkxTimeoutMs: 120_000,
  repeats: 5,
  dataDir: process.env.INTERDICT_MAXFLOW_DATA ?? join(process.cwd(), '..', 'shared', 'data', 'maxflow'),
};

export interface FlowBenchRow {
  family: string;
  n: number;
  m: number;
  value: number;
  pushRelabelMs: number;
  /** First solve, before the JIT has warmed up. */
  pushRelabelColdMs: number;
  dinicMs: number;
  igraphMs?: number;
  networkxMs?: number;
  networkxNote?: string;
  agree: boolean;
  /** Resident set size of this process right after the solves. */
  rssMb: number;
  /** Typed arrays of the graph and the push-relabel solver. */
  arraysMb: number;
  igraphRssMb?: number;
}

/** Instances are built one at a time so memory figures belong to one graph. */
function instances(o: FlowBenchOptions): (() => FlowInstance)[] {
  const shared = ['gl1', 'gw1', 'wlm3'].map(
    (f) => () => readDimacsInstance(join(o.dataDir, `${f}.max`), `DIMACS ${f}`),
  );
  const sizes = [o.maxArcs / 16, o.maxArcs / 4, o.maxArcs];
  const generated = sizes.flatMap((arcs) => [
    () => genrmfLong(Math.round(arcs / 4.6)),
    () => genrmfWide(Math.round(arcs / 4.6)),
    () => rlgLong(Math.round(arcs / 2.95)),
    () => rlgWide(Math.round(arcs / 2.95)),
  ]);
  return [...shared, ...generated];
}

/** Bytes of typed arrays: the compact graph plus push-relabel's working arrays. */
function arrayBytes(n: number, m: number): number {
  const graph = m * (4 + 4 + 8 + 4) + 2 * m * (4 + 4 + 4) + 4 * (n + 1);
  const solver = 2 * m * 8 + n * (8 + 4 * 8);
  return graph + solver;
}

/** Best of `repeats` solves (the graph is built once, untimed, as igraph's is) and the first, cold one. */
function timeOurs(
  inst: FlowInstance,
  algorithm: MaxFlowAlgorithmName,
  repeats: number,
): { ms: number; coldMs: number; value: number } {
  const g = graphFromArrays(inst.n, inst.tails, inst.heads, inst.caps);
  let best = Infinity;
  let coldMs = NaN;
  let value = NaN;
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    const res = maxFlow(g, inst.source, inst.sink, { algorithm });
    const ms = performance.now() - t0;
    if (r === 0) coldMs = ms;
    best = Math.min(best, ms);
    value = res.status === 'optimal' ? res.value : Infinity;
  }
  return { ms: best, coldMs, value };
}

export async function run(options: Partial<FlowBenchOptions> = {}): Promise<FlowBenchRow[]> {
  const o = { ...FLOW_BENCH_DEFAULTS, ...options };
  const dir = mkdtempSync(join(tmpdir(), 'interdict-flow-'));
  const rows: FlowBenchRow[] = [];
  console.log(HEADER.join(' | '));
  try {
    for (const make of instances(o)) {
      const inst = make();
      const m = inst.tails.length;
      // Small graphs solve in about a millisecond: give the JIT more runs to warm up.
      const repeats = m < 20_000 ? 6 * o.repeats : m > 300_000 ? Math.min(2, o.repeats) : o.repeats;
      const pr = timeOurs(inst, 'push-relabel', repeats);
      const dn = timeOurs(inst, 'dinic', repeats);
      const rssMb = process.memoryUsage().rss / 2 ** 20;
      const file = join(dir, 'graph.max');
      writeDimacsInstance(file, inst);
      const ig = timePython('igraph', file, 600_000);
      const nx = m <= o.networkxMaxArcs ? timePython('networkx', file, o.networkxTimeoutMs) : undefined;
      const agree =
        Math.abs(pr.value - dn.value) <= 1e-9 * Math.max(1, pr.value) &&
        (!ig || Math.abs(pr.value - ig.value) <= 1e-6 * Math.max(1, pr.value));
      const row: FlowBenchRow = {
        family: inst.family,
        n: inst.n,
        m,
        value: pr.value,
        pushRelabelMs: pr.ms,
        pushRelabelColdMs: pr.coldMs,
        dinicMs: dn.ms,
        igraphMs: ig && ig.seconds * 1000,
        networkxMs: nx && nx.seconds * 1000,
        networkxNote:
          m > o.networkxMaxArcs
            ? `skipped (> ${o.networkxMaxArcs} arcs)`
            : nx
              ? undefined
              : `failed or > ${o.networkxTimeoutMs / 1000} s`,
        agree,
        rssMb,
        arraysMb: arrayBytes(inst.n, m) / 2 ** 20,
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

const HEADER = [
  'family',
  'n',
  'm',
  'PR ms',
  'PR cold ms',
  'Dinic ms',
  'igraph ms',
  'NetworkX ms',
  'PR/igraph',
  'NX/PR',
  'RSS MB',
  'arrays MB',
  'igraph RSS MB',
  'agree',
];

function formatRow(r: FlowBenchRow): string {
  const f = (x: number | undefined, d = 1) => (x === undefined ? '–' : x.toFixed(d));
  return [
    r.family.padEnd(22),
    String(r.n).padStart(8),
    String(r.m).padStart(8),
    f(r.pushRelabelMs).padStart(9),
    f(r.pushRelabelColdMs).padStart(9),
    f(r.dinicMs).padStart(9),
    f(r.igraphMs).padStart(9),
    (r.networkxMs === undefined ? (r.networkxNote ?? '–') : f(r.networkxMs, 0)).padStart(11),
    (r.igraphMs ? f(r.pushRelabelMs / r.igraphMs, 2) : '–').padStart(9),
    (r.networkxMs ? f(r.networkxMs / r.pushRelabelMs, 0) : '–').padStart(6),
    f(r.rssMb, 0).padStart(6),
    f(r.arraysMb, 1).padStart(6),
    f(r.igraphRssMb, 0).padStart(6),
    r.agree ? 'yes' : 'NO',
  ].join(' | ');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
