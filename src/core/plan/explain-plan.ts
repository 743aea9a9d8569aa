// Every plan explained: per action, the flow it removes given the others, the
// flow paths it breaks and the sources of the measure and of the channels it acts on.

import { LargestPaths } from '../graph/flow-decomposition.js';
import type { MaxFlowResult } from '../graph/max-flow.js';
import { forEachPathThrough } from '../graph/paths-through.js';
import type { Source } from '../model/network.js';
import { planFlow, planFlows } from './evaluate-plan.js';
import { arcChannelIds, arcChannelOf, networkAction, type NetworkProblem } from './network-problem.js';
import { keptShares, type InterdictionProblem } from './problem.js';

export interface BrokenPath {
  nodes: string[];
  channels: string[];
  amount: number;
}

export interface PlannedAction {
  id: string;
  /** Id of the node, channel or jurisdiction acted on. */
  target: string;
  targetType: 'node' | 'channel' | 'jurisdiction';
  kind: string;
  label?: string;
  cost: number;
  effect: string;
  /** Residual flow without this action minus with it (the others kept). */
  flowRemoved: number;
  /** Flow paths (of the first pair) that run through what this action cuts, without the action. */
  pathsBroken: BrokenPath[];
  sources: Source[];
}

export const EXPLAIN_DEFAULTS = { maxPaths: 10 };

export interface ExplainOptions {
  maxPaths: number;
  /** Each scenario's flow under the whole plan (`planFlows`), if the caller has them. */
  flows?: (Float64Array | undefined)[];
}

export function explainPlan(
  np: NetworkProblem,
  problem: InterdictionProblem,
  plan: number[],
  value: number,
  options: Partial<ExplainOptions> = {},
): PlannedAction[] {
  const { maxPaths } = { ...EXPLAIN_DEFAULTS, ...options };
  if (plan.length === 0) return [];
  // Without one action every arc keeps at least what it keeps under the whole plan, so the
  // plan's flow is a feasible start: each flow below only augments it.
  const flows = options.flows ?? planFlows(problem, plan);
  const first = np.problem.scenarios[0];
  const firstStart = problem === np.problem ? flows[0] : first && planFlows(np.problem, plan, 1)[0];
  return plan.map((k) => {
    const action = networkAction(np, k);
    const others = plan.filter((j) => j !== k);
    // One max flow per scenario without the action: its value for the residual, its paths for the first pair.
    const firstFlow =
      first && planFlow(np.problem, first, others, keptShares(np.problem, others), firstStart);
    let without = 0;
    const kept = problem === np.problem ? undefined : keptShares(problem, others);
    problem.scenarios.forEach((s, i) => {
      if (s.weight === 0) return;
      const f =
        s === first && firstFlow
          ? firstFlow
          : planFlow(problem, s, others, kept ?? keptShares(problem, others), flows[i]);
      without += s.weight * f.value;
    });
    const touched = new Set(np.problem.actions[k]!.arcs);
    const sources: Source[] = [...(action.sources ?? [])];
    for (const a of touched) for (const s of arcChannelOf(np, a)?.sources ?? []) sources.push(s);
    return {
      id: action.id,
      target: action.target.id,
      targetType: action.target.type,
      kind: action.kind,
      ...(action.label ? { label: action.label } : {}),
      cost: action.cost,
      effect:
        action.effect.type === 'remove' ? 'remove' : `reduce ${Math.round(action.effect.fraction * 100)}%`,
      flowRemoved: without === Infinity && value === Infinity ? 0 : without - value,
      pathsBroken: firstFlow ? brokenPaths(np, firstFlow.result, touched, maxPaths) : [],
      sources: dedupe(sources),
    };
  });
}

/**
 * The largest `limit` of the flow's paths through a touched arc (ties: the one found
 * first), walked from the touched arcs only (`forEachPathThrough`), not from a whole
 * decomposition. The walk stops once no later path can be kept: a path through a touched
 * arc carries at most the flow that arc has left, which only falls as paths are taken.
 */
function brokenPaths(
  np: NetworkProblem,
  result: MaxFlowResult,
  touched: Set<number>,
  limit: number,
): BrokenPath[] {
  const sc = np.problem.scenarios[0]!;
  if (result.status !== 'optimal') return [];
  const arcsTouched = [...touched];
  const keep = new LargestPaths(limit);
  forEachPathThrough(
    sc.graph,
    result.flow,
    sc.sources,
    sc.sinks,
    arcsTouched,
    (nodes, arcs, length, amount, left) => {
      keep.offer(nodes, arcs, length, amount);
      const threshold = keep.threshold();
      for (const a of arcsTouched) if (left[a]! > threshold) return false;
      return true;
    },
  );
  const ids = np.nodeIds;
  return keep.paths().map((p) => {
    // Node ids in order, an actor's in- and out-node (one id) once.
    const nodes: string[] = [];
    for (let i = 0; i < p.nodes.length; i++) {
      const id = ids[p.nodes[i]!]!;
      if (i === 0 || ids[p.nodes[i - 1]!] !== id) nodes.push(id);
    }
    return { nodes, channels: arcChannelIds(np, p.arcs), amount: p.amount };
  });
}

function dedupe(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.citation}|${s.quote ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
