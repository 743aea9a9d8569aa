import { describe, expect, it } from 'vitest';
import { parseEdgeListChunks } from '../ingest/edge-list.js';
import { branchAndBound } from './branch-and-bound.js';
import { explainPlan } from './explain-plan.js';
import { networkProblem } from './network-problem.js';
import { gridProblem } from './random-problems.js';

/** Wood's grid as a CSV edge list: grid arcs cuttable at cost 1, the terminals' arcs unlimited. */
function gridCsv(size: number, seed: number): string {
  const sc = gridProblem(size, size, 0, seed).scenarios[0]!;
  const g = sc.graph;
  const name = (v: number) => (v === sc.sources[0] ? 's' : v === sc.sinks[0] ? 't' : `n${v}`);
  const lines = ['from,to,capacity,cost'];
  for (let a = 0; a < g.m; a++) {
    const cap = g.caps[a]!;
    lines.push(
      `${name(g.tails[a]!)},${name(g.heads[a]!)},${cap === Infinity ? 'inf' : cap},${cap === Infinity ? '' : 1}`,
    );
  }
  return lines.join('\n') + '\n';
}

describe('explaining a plan', () => {
  it('lists the same largest broken paths as a whole decomposition would', async () => {
    for (const [size, seed, budget] of [
      [12, 3, 4],
      [16, 5, 6],
    ] as const) {
      const network = await parseEdgeListChunks([gridCsv(size, seed)], { file: 'grid.csv', id: 'grid' });
      const np = networkProblem(network, { budget, from: ['s'], to: ['t'] });
      const result = branchAndBound(np.problem);
      // Five paths per action, against the first five of every path through the action (no early stop).
      const five = explainPlan(np, np.problem, result.plan, result.value, { maxPaths: 5 });
      const all = explainPlan(np, np.problem, result.plan, result.value, { maxPaths: 1_000_000 });
      expect(five.length).toBe(budget);
      // More than five paths run through some action: the list of five is a real cut-off.
      expect(all.some((a) => a.pathsBroken.length > 5)).toBe(true);
      five.forEach((action, i) => {
        expect(action.pathsBroken.length).toBeGreaterThan(0);
        expect(action.pathsBroken).toEqual(all[i]!.pathsBroken.slice(0, 5));
      });
    }
  });

  it('lists real source-to-sink paths through the cut channel, carrying at least the flow it removes', async () => {
    const network = await parseEdgeListChunks([gridCsv(14, 2)], { file: 'grid.csv', id: 'grid' });
    const np = networkProblem(network, { budget: 5, from: ['s'], to: ['t'] });
    const result = branchAndBound(np.problem);
    const channels = new Map(network.channels.map((c) => [c.id, c]));
    for (const action of explainPlan(np, np.problem, result.plan, result.value, { maxPaths: 1_000_000 })) {
      let carried = 0;
      for (const path of action.pathsBroken) {
        expect(path.nodes[0]).toBe('s');
        expect(path.nodes[path.nodes.length - 1]).toBe('t');
        expect(path.channels).toContain(action.target);
        path.channels.forEach((id, i) => {
          const c = channels.get(id)!;
          expect([c.from, c.to]).toEqual([path.nodes[i], path.nodes[i + 1]]);
        });
        expect(path.amount).toBeGreaterThan(0);
        carried += path.amount;
      }
      // A max flow without the action that sent less through its channel would leave more than the optimum.
      expect(carried).toBeGreaterThanOrEqual(action.flowRemoved);
      expect(carried).toBeLessThanOrEqual(channels.get(action.target)!.capacity);
    }
  });
});
