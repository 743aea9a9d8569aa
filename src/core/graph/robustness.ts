// Robustness under uncertain channels: Monte Carlo over which channels exist
// (each with its confidence), seeded so a run is reproducible.

import type { CompactGraph } from './compact-graph.js';
import { withCapacities } from './compact-graph.js';
import { maxFlow, type MaxFlowAlgorithmName } from './max-flow.js';
import { mulberry32 } from './prng.js';

export interface RobustnessOptions {
  samples: number;
  seed: number;
  algorithm: MaxFlowAlgorithmName;
}

export const ROBUSTNESS_DEFAULTS: RobustnessOptions = { samples: 1000, seed: 1, algorithm: 'push-relabel' };

export interface RobustnessResult {
  samples: number;
  seed: number;
  /** Mean max flow (Infinity if any sample is unbounded). */
  mean: number;
  p5: number;
  p50: number;
  p95: number;
  /** Share of samples in which some source still reaches some sink. */
  connected: number;
  /** Samples in which a path of unlimited channels survived. */
  unbounded: number;
  /** Max flow of each sample, in sample order. */
  values: Float64Array;
}

export function robustness(
  graph: CompactGraph,
  confidence: ArrayLike<number>,
  sources: readonly number[],
  sinks: readonly number[],
  options: Partial<RobustnessOptions> = {},
): RobustnessResult {
  const { samples, seed, algorithm } = { ...ROBUSTNESS_DEFAULTS, ...options };
  const rand = mulberry32(seed);
  const values = new Float64Array(samples);
  const caps = new Float64Array(graph.m);
  let connected = 0;
  let unbounded = 0;
  for (let k = 0; k < samples; k++) {
    for (let i = 0; i < graph.m; i++) caps[i] = rand() < confidence[i]! ? graph.caps[i]! : 0;
    const sample = withCapacities(graph, caps);
    if (reaches(sample, sources, sinks)) connected++;
    const r = maxFlow(sample, sources, sinks, { algorithm });
    values[k] = r.status === 'unbounded' ? Infinity : r.value;
    if (r.status === 'unbounded') unbounded++;
  }
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of values) sum += v;
  return {
    samples,
    seed,
    mean: samples ? sum / samples : 0,
    p5: quantile(sorted, 0.05),
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    connected: samples ? connected / samples : 0,
    unbounded,
    values,
  };
}

/** Nearest-rank quantile of sorted values. */
function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Whether any sink is reachable from a source over arcs with capacity. */
function reaches(g: CompactGraph, sources: readonly number[], sinks: readonly number[]): boolean {
  const seen = new Uint8Array(g.n);
  const stack = [...sources];
  for (const s of sources) seen[s] = 1;
  const isSink = new Set(sinks);
  while (stack.length) {
    const v = stack.pop()!;
    if (isSink.has(v)) return true;
    for (let p = g.first[v]!, end = g.first[v + 1]!; p < end; p++) {
      const a = g.resArc[p]!;
      const w = g.resHead[p]!;
      if (g.arcPos[a] === p && g.caps[a]! > 0 && !seen[w]) {
        seen[w] = 1;
        stack.push(w);
      }
    }
  }
  return false;
}
