// Uncertain channels by sample average approximation: each seeded sample keeps
// an alleged channel with its confidence; the plan then minimises the mean residual over samples.

import { withCapacities } from '../graph/compact-graph.js';
import { mulberry32 } from '../graph/prng.js';
import type { ConfidenceLabel } from '../model/network.js';
import type { NetworkProblem } from './network-problem.js';
import type { InterdictionProblem } from './problem.js';

export interface SampleOptions {
  samples: number;
  seed: number;
  /** Channels with these labels may be absent in a sample. */
  uncertain: readonly ConfidenceLabel[];
}

export const SAMPLE_DEFAULTS: SampleOptions = { samples: 50, seed: 1, uncertain: ['alleged'] };

export function sampledProblem(np: NetworkProblem, opts: Partial<SampleOptions> = {}): InterdictionProblem {
  const o = { ...SAMPLE_DEFAULTS, ...opts };
  const rnd = mulberry32(o.seed);
  const base = np.problem;
  const scenarios = [];
  for (let i = 0; i < o.samples; i++) {
    const present = np.arcChannel.map(
      (c) => !c || !o.uncertain.includes(c.confidenceLabel) || rnd() < c.confidence,
    );
    for (const sc of base.scenarios) {
      const caps = sc.graph.caps.map((u, a) => (present[a] ? u : 0));
      scenarios.push({ ...sc, graph: withCapacities(sc.graph, caps), weight: sc.weight / o.samples });
    }
  }
  return { ...base, scenarios };
}
