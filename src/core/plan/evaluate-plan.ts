// The residual flow a plan leaves, always re-computed with the max-flow
// engine: the weighted sum over scenarios of each scenario's maximum flow.

import { withCapacities } from '../graph/compact-graph.js';
import { maxFlow, type MaxFlowResult } from '../graph/max-flow.js';
import { capacityAfter } from '../model/measures.js';
import { keptShares, type FlowScenario, type InterdictionProblem } from './problem.js';

/** Capacities of a scenario when each arc keeps `kept[a]` of its capacity. */
export function scenarioCapacities(scenario: FlowScenario, kept: Float64Array): Float64Array {
  const caps = scenario.graph.caps;
  const out = new Float64Array(caps.length);
  for (let a = 0; a < caps.length; a++) out[a] = capacityAfter(caps[a]!, kept[a]!);
  return out;
}

/** Max flow of one scenario under a plan (`Infinity` when a path of unlimited channels survives). */
export function scenarioFlow(
  scenario: FlowScenario,
  kept: Float64Array,
): { value: number; result: MaxFlowResult } {
  const graph = withCapacities(scenario.graph, scenarioCapacities(scenario, kept));
  const result = maxFlow(graph, scenario.sources, scenario.sinks);
  return { value: result.status === 'unbounded' ? Infinity : result.value, result };
}

/** Weighted residual flow left by the chosen actions (indices into `problem.actions`). */
export function residualFlow(problem: InterdictionProblem, chosen: Iterable<number>): number {
  const kept = keptShares(problem, chosen);
  let total = 0;
  for (const s of problem.scenarios) {
    if (s.weight === 0) continue;
    total += s.weight * scenarioFlow(s, kept).value;
  }
  return total;
}
