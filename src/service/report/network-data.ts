// Everything a network report shows, computed from the network: flows,
// chokepoints, weak links, the plan and what each measure does, the budget
// frontier, the adversary's rebuild, and one layout shared by every picture.

import { analyseNetwork, type NetworkAnalysis } from '../../core/graph/analyse-network.js';
import { analyseFlow, type FlowReport } from '../../core/graph/flow-analysis.js';
import type { ActorScreening } from '../../core/match/screen-network.js';
import { caption } from '../../core/model/entity.js';
import { UsageError } from '../../core/model/errors.js';
import type { Network } from '../../core/model/network.js';
import { residualFlow } from '../../core/plan/evaluate-plan.js';
import { explainPlan, type PlannedAction } from '../../core/plan/explain-plan.js';
import type { FrontierPoint } from '../../core/plan/frontier.js';
import { networkProblem } from '../../core/plan/network-problem.js';
import type { PlanStatus } from '../../core/plan/plan-interdiction.js';
import type { RebuildResult } from '../../core/plan/rebuild.js';
import {
  frontier as planFrontier,
  planNetwork,
  rebuild as bestRebuild,
  PLANNING_DEFAULTS,
} from '../planning.js';
import { layeredLayout, type Layout, type LayoutOptions } from './layout.js';

/** Where the network came from and when the report was made: the adapter knows, the report says. */
export interface ReportMeta {
  /** File path or stored `name@version`. */
  source: string;
  version?: number;
  contentHash?: string;
  /** ISO date-time the report was made. */
  date: string;
}

export interface ScreeningSummary {
  datasets: { name: string; version: number }[];
  actors: ActorScreening[];
}

export type PlanRequest =
  | { budget: number }
  /** Measures chosen elsewhere (a plan file), by action id. */
  | { actions: string[]; budget?: number };

export interface NetworkReportInput {
  network: Network;
  meta: ReportMeta;
  screening?: ScreeningSummary;
  /** Default: the cheapest frontier plan that cuts the recipients off (or the last frontier point). */
  plan?: PlanRequest;
  /** What the adversary may spend rebuilding (default: the planning default). */
  rebuildBudget?: number;
  /** Time limit per plan computed. */
  timeLimitMs?: number;
  layout?: Partial<LayoutOptions>;
}

export interface ReportPlan {
  /** How the plan was chosen. */
  origin: 'budget' | 'file' | 'frontier';
  budget: number;
  cost: number;
  status: PlanStatus | 'evaluated';
  baseFlow: number;
  residualFlow: number;
  actions: PlannedAction[];
}

export interface NetworkReportData {
  network: Network;
  meta: ReportMeta;
  names: Map<string, string>;
  analysis: NetworkAnalysis;
  /** Flow carried by each channel in the maximum flow (absent when unbounded). */
  channelFlow?: Map<string, number>;
  flowPaths: FlowReport['paths'];
  plan?: ReportPlan;
  frontier: FrontierPoint[];
  rebuild?: RebuildResult & { rebuildBudget: number };
  screening?: ScreeningSummary;
  /** One layout of the network and its rebuild candidates, so every picture lines up. */
  layout: Layout;
}

export const NETWORK_REPORT_DEFAULTS = { timeLimitMs: 20_000, maxFrontierPoints: 60 };

export async function networkReportData(input: NetworkReportInput): Promise<NetworkReportData> {
  const { network } = input;
  const timeLimitMs = input.timeLimitMs ?? NETWORK_REPORT_DEFAULTS.timeLimitMs;
  const names = new Map(network.nodes.map((n) => [n.id, caption(n)]));
  const analysis = analyseNetwork(network);
  const flow = analyseFlow(network, { maxPaths: Number.MAX_SAFE_INTEGER });
  let channelFlow: Map<string, number> | undefined;
  if (flow.report.value !== 'unbounded') {
    channelFlow = new Map();
    for (const p of flow.report.paths)
      for (const c of p.channels) channelFlow.set(c, (channelFlow.get(c) ?? 0) + p.amount);
  }
  const hasActions = network.actions.length > 0 || network.channels.some((c) => typeof c.cost === 'number');
  const frontier = hasActions
    ? planFrontier(network, { timeLimitMs, maxPoints: NETWORK_REPORT_DEFAULTS.maxFrontierPoints }).points
    : [];
  const plan = hasActions ? await choosePlan(network, input.plan, frontier, timeLimitMs) : undefined;
  let rebuild: NetworkReportData['rebuild'];
  if (plan && network.candidates?.length) {
    rebuild = bestRebuild(network, {
      actions: plan.actions.map((a) => a.id),
      rebuildBudget: input.rebuildBudget ?? PLANNING_DEFAULTS.rebuildBudget,
    });
  }
  const layout = layeredLayout(
    network.nodes.map((n) => ({ id: n.id, role: n.role, label: names.get(n.id)! })),
    [...network.channels, ...(network.candidates ?? [])],
    input.layout,
  );
  return {
    network,
    meta: input.meta,
    names,
    analysis,
    ...(channelFlow ? { channelFlow } : {}),
    flowPaths: flow.report.paths,
    ...(plan ? { plan } : {}),
    frontier,
    ...(rebuild ? { rebuild } : {}),
    ...(input.screening ? { screening: input.screening } : {}),
    layout,
  };
}

async function choosePlan(
  network: Network,
  request: PlanRequest | undefined,
  frontier: FrontierPoint[],
  timeLimitMs: number,
): Promise<ReportPlan> {
  if (request && 'actions' in request) {
    const np = networkProblem(network, { budget: request.budget ?? Number.MAX_VALUE });
    const plan = request.actions.map((id) => {
      const k = np.actions.findIndex((a) => a.id === id);
      if (k < 0)
        throw new UsageError(
          `the plan names measure "${id}", which network "${network.id}" does not have`,
          `use measure ids of the network: ${np.actions.map((a) => a.id).join(', ')}`,
        );
      return k;
    });
    const value = residualFlow(np.problem, plan);
    const cost = plan.reduce((s, k) => s + np.actions[k]!.cost, 0);
    return {
      origin: 'file',
      budget: request.budget ?? cost,
      cost,
      status: 'evaluated',
      baseFlow: residualFlow(np.problem, []),
      residualFlow: value,
      actions: explainPlan(np, np.problem, plan, value),
    };
  }
  const budget =
    request?.budget ??
    (frontier.find((p) => p.residualFlow <= 1e-9) ?? frontier[frontier.length - 1])?.budget ??
    0;
  const p = await planNetwork(network, { budget, timeLimitMs });
  return {
    origin: request ? 'budget' : 'frontier',
    budget,
    cost: p.cost,
    status: p.status,
    baseFlow: p.baseFlow,
    residualFlow: p.residualFlow,
    actions: p.actions,
  };
}
