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

/**
 * Capacities of a scenario under the chosen actions, whose kept shares are `kept`
 * (`keptShares(problem, chosen)`): the same as `scenarioCapacities`, but only the arcs the
 * actions touch are computed (every other arc keeps its whole capacity).
 */
export function planCapacities(
  problem: InterdictionProblem,
  scenario: FlowScenario,
  chosen: readonly number[],
  kept: Float64Array,
): Float64Array {
  const caps = scenario.graph.caps;
  const out = caps.slice();
  for (const k of chosen) {
    const arcs = problem.actions[k]!.arcs;
    for (let i = 0; i < arcs.length; i++) {
      const a = arcs[i]!;
      out[a] = capacityAfter(caps[a]!, kept[a]!);
    }
  }
  return out;
}

/**
 * Max flow of one scenario under a plan (`Infinity` when a path of unlimited channels survives).
 * `start`: the scenario's flow under a plan that keeps no more of any arc (a superset of
 * this plan's actions), which the search then augments.
 */
export function scenarioFlow(
  scenario: FlowScenario,
  kept: Float64Array,
  start?: Float64Array,
): { value: number; result: MaxFlowResult } {
  return flowWith(scenario, scenarioCapacities(scenario, kept), start);
}

/** Max flow of one scenario with these capacities (as `scenarioFlow`). */
export function flowWith(
  scenario: FlowScenario,
  caps: Float64Array,
  start?: Float64Array,
): { value: number; result: MaxFlowResult } {
  const graph = withCapacities(scenario.graph, caps);
  const result = maxFlow(graph, scenario.sources, scenario.sinks, start ? { start } : {});
  return { value: result.status === 'unbounded' ? Infinity : result.value, result };
}

/** Max flow of one scenario under the chosen actions, whose kept shares are `kept`. */
export function planFlow(
  problem: InterdictionProblem,
  scenario: FlowScenario,
  chosen: readonly number[],
  kept: Float64Array,
  start?: Float64Array,
): { value: number; result: MaxFlowResult } {
  return flowWith(scenario, planCapacities(problem, scenario, chosen, kept), start);
}

/**
 * Weighted residual flow left by the chosen actions (indices into `problem.actions`).
 * `starts`: per scenario, a flow under a superset of these actions (`planFlows`) to augment.
 */
export function residualFlow(
  problem: InterdictionProblem,
  chosen: Iterable<number>,
  starts: readonly (Float64Array | undefined)[] = [],
): number {
  const plan = [...chosen];
  const kept = keptShares(problem, plan);
  let total = 0;
  problem.scenarios.forEach((s, i) => {
    if (s.weight === 0) return;
    total += s.weight * planFlow(problem, s, plan, kept, starts[i]).value;
  });
  return total;
}

/** The weighted residual flow of a plan and each scenario's flow under it (as `planFlows`). */
export function evaluatePlan(
  problem: InterdictionProblem,
  chosen: Iterable<number>,
): { value: number; flows: (Float64Array | undefined)[] } {
  const plan = [...chosen];
  const kept = keptShares(problem, plan);
  let value = 0;
  const flows = problem.scenarios.map((s) => {
    if (s.weight === 0) return undefined;
    const { value: v, result } = planFlow(problem, s, plan, kept);
    value += s.weight * v;
    return result.status === 'optimal' ? result.flow : undefined;
  });
  return { value, flows };
}

/**
 * Each scenario's maximum flow under the chosen actions (undefined where the scenario
 * has no weight or an unlimited path survives), for the first `count` scenarios.
 */
export function planFlows(
  problem: InterdictionProblem,
  chosen: Iterable<number>,
  count = problem.scenarios.length,
): (Float64Array | undefined)[] {
  const plan = [...chosen];
  const kept = keptShares(problem, plan);
  return problem.scenarios.slice(0, count).map((s) => {
    if (s.weight === 0) return undefined;
    const { result } = planFlow(problem, s, plan, kept);
    return result.status === 'optimal' ? result.flow : undefined;
  });
}
