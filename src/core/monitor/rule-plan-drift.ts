// The plan-drift rule: the best plan for the adopted plan's budget now
// leaves less than the adopted plan by more than the watch's margin.

import { planInterdiction } from '../plan/plan-interdiction.js';
import { event, fmt, type RuleContext } from './network-event.js';
import { pairsIn } from './network-flow.js';
import type { AlertEvent } from './types.js';

export async function planDrift(ctx: RuleContext): Promise<AlertEvent[]> {
  const { watch, current, after, thresholds: t } = ctx;
  const best = await planInterdiction(current, {
    budget: watch.budget,
    ...(watch.pairs?.length ? { pairs: pairsIn(current, watch.pairs) } : {}),
    timeLimitMs: 10_000,
  });
  if (best.residualFlow >= after.residual - t.driftMargin) return [];
  return [
    event(
      ctx,
      'plan-drift',
      { type: 'network', id: watch.network },
      {
        severity: 'medium',
        title: `the adopted plan leaves ${fmt(after.residual)}; the best plan for budget ${watch.budget} leaves ${fmt(best.residualFlow)}`,
        value: after.residual - best.residualFlow,
        facts: `drift:${best.actions
          .map((a) => a.id)
          .sort()
          .join(',')}`,
      },
      { ...ctx.base(), bestPlan: { actions: best.actions.map((a) => a.id), residual: best.residualFlow } },
    ),
  ];
}
