// The residual rules: reconnection (the residual under the plan was at most
// ε and is now above it) and residual breach (above the watch's threshold).

import { event, fmt, type RuleContext } from './network-event.js';
import type { AlertEvent } from './types.js';

export function residualRules(ctx: RuleContext): AlertEvent[] {
  const { before, after, thresholds: t, changedChannels } = ctx;
  const net = { type: 'network' as const, id: ctx.watch.network };
  const events: AlertEvent[] = [];
  if (before.residual <= t.epsilon && after.residual > t.epsilon) {
    events.push(
      event(
        ctx,
        'reconnection',
        net,
        {
          severity: 'high',
          title: `support reaches the recipients again under the adopted plan: ${fmt(after.residual)} (was ${fmt(before.residual)})`,
          value: after.residual,
          facts: `reconnected:${[...changedChannels].sort().join(',')}`,
        },
        ctx.base(),
      ),
    );
  }
  if (after.residual > Math.max(t.breachAbove, t.epsilon)) {
    events.push(
      event(
        ctx,
        'residual-breach',
        net,
        {
          severity: after.residual > before.residual ? 'high' : 'medium',
          title: `residual flow under the plan is ${fmt(after.residual)}, above ${fmt(t.breachAbove)}`,
          value: after.residual,
          facts: 'breach',
        },
        ctx.base(),
      ),
    );
  }
  return events;
}
