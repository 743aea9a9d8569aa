// The restored-capacity rule: an interdicted channel or actor regains
// capacity, or a new channel carries flow around the plan (or opens on an
// interdicted actor).

import { event, fmt, type RuleContext } from './network-event.js';
import type { AlertEvent } from './types.js';

export function restoredCapacity(ctx: RuleContext): AlertEvent[] {
  const { changes, targets, after, thresholds: t } = ctx;
  const events: AlertEvent[] = [];
  for (const { before: b, after: a } of changes.capacityChanged) {
    const hit = targets.channels.has(a.id) || targets.nodes.has(a.from) || targets.nodes.has(a.to);
    if (hit && a.capacity > b.capacity) {
      events.push(
        event(
          ctx,
          'restored-capacity',
          { type: 'channel', id: a.id },
          {
            severity: 'medium',
            title: `interdicted channel ${a.label ?? a.id} regained capacity: ${fmt(b.capacity)} → ${fmt(a.capacity)}`,
            value: a.capacity,
            facts: `cap:${a.capacity}`,
          },
          ctx.base(),
        ),
      );
    }
  }
  for (const c of changes.addedChannels) {
    const carrying = after.paths.filter((p) => p.channels.includes(c.id));
    const intoTarget = targets.nodes.has(c.from) || targets.nodes.has(c.to);
    if (!carrying.length && !intoTarget) continue;
    const amount = carrying.reduce((s, p) => s + p.amount, 0);
    events.push(
      event(
        ctx,
        'restored-capacity',
        { type: 'channel', id: c.id },
        {
          severity: amount > t.epsilon ? 'high' : 'low',
          title: carrying.length
            ? `new channel ${c.label ?? c.id} (${c.from} → ${c.to}) bypasses the plan, carrying ${fmt(amount)}`
            : `new channel ${c.label ?? c.id} opens on interdicted actor ${targets.nodes.has(c.from) ? c.from : c.to}`,
          value: amount,
          facts: `bypass:${c.from}>${c.to}:${c.capacity}`,
        },
        { ...ctx.base(), paths: carrying.length ? carrying : ctx.base().paths },
      ),
    );
  }
  return events;
}
