// Readable tables for planning results: the plan with its explained actions,
// the frontier and the rebuild (what `interdict plan|frontier|rebuild` print).

import type { FrontierPoint } from '../../../core/plan/frontier.js';
import type { InterdictionPlan } from '../../../core/plan/plan-interdiction.js';
import type { RebuildResult } from '../../../core/plan/rebuild.js';
import type { Io } from '../command.js';
import { formatNumber, formatPercent, table } from '../format.js';

export function printPlan(io: Io, plan: InterdictionPlan, label: string): void {
  const pairs = plan.pairs.map((p) => `${p.from.join(', ')} → ${p.to.join(', ')}`).join('; ');
  io.out(
    `Plan for ${label} (${pairs}), budget ${formatNumber(plan.budget)}: ${plan.status} (${plan.method}, ${plan.solver})\n`,
  );
  io.out(
    `residual flow ${formatNumber(plan.residualFlow)} of ${formatNumber(plan.baseFlow)}; bound ${formatNumber(plan.bound)}; gap ${formatPercent(plan.gap)}; cost ${formatNumber(plan.cost)}${plan.samples ? `; mean over ${plan.samples} samples` : ''}\n\n`,
  );
  if (plan.actions.length === 0) {
    io.out('No action within the budget lowers the flow.\n');
    return;
  }
  io.out(
    table(
      ['action', 'kind', 'target', 'effect', 'cost', 'flow removed', 'paths broken'],
      plan.actions.map((a) => [
        a.id,
        a.kind,
        `${a.targetType} ${a.target}`,
        a.effect,
        a.cost,
        a.flowRemoved,
        a.pathsBroken.length,
      ]),
    ),
  );
}

export function printFrontier(io: Io, points: FrontierPoint[], label: string): void {
  io.out(`Budget–residual frontier for ${label}\n\n`);
  io.out(
    table(
      ['budget', 'cost', 'residual', 'status', 'actions'],
      points.map((p) => [p.budget, p.cost, p.residualFlow, p.status, p.actions.join(', ') || '—']),
    ),
  );
}

export function printRebuild(io: Io, r: RebuildResult, label: string, budget: number): void {
  io.out(
    `Adversary's best rebuild in ${label} with budget ${formatNumber(budget)}: residual ${formatNumber(r.residualBefore)} → ${formatNumber(r.residualAfter)}\n\n`,
  );
  if (r.opened.length === 0) {
    io.out('No affordable candidate raises the flow.\n');
    return;
  }
  io.out(
    table(
      ['candidate', 'from', 'to', 'capacity', 'cost'],
      r.opened.map((c) => [c.id, c.from, c.to, c.capacity, c.cost]),
    ),
  );
}
