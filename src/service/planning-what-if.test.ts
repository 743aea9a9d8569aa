// The contract between the planner and the what-if: on seeded random networks
// with random measures (channel, actor and jurisdiction actions, removals and
// partial reductions, channel cut costs), the residual flow the planner reports
// for a plan is the flow the what-if computes for the same actions.

import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../core/graph/prng.js';
import type { Action, Channel, Network, NetworkNode } from '../core/model/network.js';
import { residualFlow } from '../core/plan/evaluate-plan.js';
import { networkProblem } from '../core/plan/network-problem.js';
import { flowValue } from './analysis.js';
import { frontier, planNetwork } from './planning.js';

function randomNetwork(seed: number): Network {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const n = int(5, 9);
  const nodes: NetworkNode[] = [];
  for (let i = 0; i < n; i++) {
    const role =
      i === 0 || (i === 1 && rnd() < 0.3)
        ? 'sponsor'
        : i === n - 1 || (i === n - 2 && rnd() < 0.3)
          ? 'recipient'
          : 'transit';
    nodes.push({ id: `n${i}`, schema: 'Organization', properties: { name: [`Actor ${i}`] }, role });
  }
  const jurisdictions = ['ja', 'jb', 'jc'].map((id) => ({ id, name: id, enforcement: rnd() }));
  const channels: Channel[] = [];
  const m = int(n + 2, 3 * n);
  for (let i = 0; i < m; i++) {
    const u = int(0, n - 2);
    const v = int(u + 1, n - 1);
    channels.push({
      id: `c${i}`,
      from: `n${u}`,
      to: `n${v}`,
      kind: 'financial',
      capacity: rnd() < 0.05 ? Infinity : int(1, 20),
      confidence: 0.9,
      confidenceLabel: 'confirmed',
      ...(rnd() < 0.6 ? { jurisdiction: pick(jurisdictions).id } : {}),
      ...(rnd() < 0.3 ? { cost: int(1, 3) } : {}),
    });
  }
  const actions: Action[] = [];
  const count = int(3, 7);
  for (let i = 0; i < count; i++) {
    const kind = int(0, 2);
    const target =
      kind === 0
        ? { type: 'channel' as const, id: pick(channels).id }
        : kind === 1
          ? { type: 'node' as const, id: pick(nodes).id }
          : { type: 'jurisdiction' as const, id: pick(jurisdictions).id };
    actions.push({
      id: `a${i}`,
      kind: 'pressure',
      target,
      cost: int(1, 4),
      effect: rnd() < 0.35 ? { type: 'remove' } : { type: 'reduce', fraction: int(1, 9) / 10 },
    });
  }
  return { id: `random-${seed}`, name: `random ${seed}`, nodes, channels, jurisdictions, actions };
}

const asNumber = (v: number | 'unbounded') => (v === 'unbounded' ? Infinity : v);

function expectSameFlow(planned: number, whatIf: number | 'unbounded', context: string): void {
  const w = asNumber(whatIf);
  if (planned === Infinity || w === Infinity) expect(w, context).toBe(planned);
  else expect(w, context).toBeCloseTo(planned, 9);
}

describe('planner residual and what-if flow (one rule for measures)', () => {
  it('agree for the best plan at random budgets, exact and heuristic, on 60 random networks', async () => {
    for (let seed = 1; seed <= 60; seed++) {
      const network = randomNetwork(seed);
      const budget = 1 + (seed % 7);
      for (const method of ['exact', 'heuristic'] as const) {
        const plan = await planNetwork(network, { budget, method });
        const ids = plan.actions.map((a) => a.id);
        expectSameFlow(
          plan.residualFlow,
          flowValue(network, { actions: ids }),
          `seed ${seed} ${method} [${ids}]`,
        );
        expectSameFlow(plan.baseFlow, flowValue(network), `seed ${seed} baseline`);
      }
    }
  });

  it('agree for random sets of actions, with several reductions on one channel', () => {
    let overlapping = 0;
    for (let seed = 1; seed <= 80; seed++) {
      const network = randomNetwork(1000 + seed);
      const np = networkProblem(network, { budget: 0 });
      const rnd = mulberry32(seed);
      const chosen = np.actions.map((_a, k) => k).filter(() => rnd() < 0.5);
      const touched = new Map<number, number>();
      for (const k of chosen)
        for (const a of np.problem.actions[k]!.arcs) touched.set(a, (touched.get(a) ?? 0) + 1);
      if ([...touched.values()].some((c) => c > 1)) overlapping++;
      const ids = chosen.map((k) => np.actions[k]!.id);
      expectSameFlow(
        residualFlow(np.problem, chosen),
        flowValue(network, { actions: ids }),
        `seed ${seed} [${ids}]`,
      );
    }
    // The generator must exercise the composition rule, not just single actions.
    expect(overlapping).toBeGreaterThan(20);
  });

  it('agree at every point of the frontier, including channel cuts from channel costs', () => {
    let channelCuts = 0;
    for (let seed = 1; seed <= 25; seed++) {
      const network = randomNetwork(2000 + seed);
      const doc = frontier(network, { timeLimitMs: 5_000 });
      expect(doc.maxBudget).toBe(doc.points[doc.points.length - 1]!.budget);
      for (const p of doc.points) {
        channelCuts += p.actions.filter((id) => id.startsWith('cut-')).length;
        expectSameFlow(
          p.residualFlow,
          flowValue(network, { actions: p.actions }),
          `seed ${seed} budget ${p.budget}`,
        );
      }
    }
    expect(channelCuts).toBeGreaterThan(0);
  });

  it('two 50 % reductions of one channel of capacity 10 leave 2.5, in the plan and in the what-if', async () => {
    const network: Network = {
      id: 'one',
      name: 'one channel',
      nodes: [
        { id: 's', schema: 'Organization', properties: { name: ['S'] }, role: 'sponsor' },
        { id: 'r', schema: 'Organization', properties: { name: ['R'] }, role: 'recipient' },
      ],
      channels: [
        {
          id: 'c',
          from: 's',
          to: 'r',
          kind: 'financial',
          capacity: 10,
          confidence: 0.9,
          confidenceLabel: 'confirmed',
          jurisdiction: 'x',
        },
      ],
      jurisdictions: [{ id: 'x', name: 'X', enforcement: 0.5 }],
      actions: [
        {
          id: 'half-c',
          kind: 'inspect',
          target: { type: 'channel', id: 'c' },
          cost: 1,
          effect: { type: 'reduce', fraction: 0.5 },
        },
        {
          id: 'half-x',
          kind: 'pressure',
          target: { type: 'jurisdiction', id: 'x' },
          cost: 1,
          effect: { type: 'reduce', fraction: 0.5 },
        },
      ],
    };
    const plan = await planNetwork(network, { budget: 2, method: 'exact' });
    expect(plan.actions.map((a) => a.id).sort()).toEqual(['half-c', 'half-x']);
    expect(plan.residualFlow).toBe(2.5);
    expect(flowValue(network, { actions: ['half-c', 'half-x'] })).toBe(2.5);
  });
});
