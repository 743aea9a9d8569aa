// The provenance-retracted rule: a channel the plan's case rests on (on the
// cut, or at an interdicted actor) has lost its only source.

import { event, type RuleContext } from './network-event.js';
import type { AlertEvent } from './types.js';

export function provenanceRetracted(ctx: RuleContext): AlertEvent[] {
  const { changes, targets } = ctx;
  const events: AlertEvent[] = [];
  for (const { after: a } of changes.sourcesLost) {
    if (!targets.channels.has(a.id) && !targets.nodes.has(a.from) && !targets.nodes.has(a.to)) continue;
    events.push(
      event(
        ctx,
        'provenance-retracted',
        { type: 'channel', id: a.id },
        {
          severity: 'medium',
          title: `channel ${a.label ?? a.id} on the cut has lost its only source`,
          value: 0,
          facts: 'unsourced',
        },
        ctx.base(),
      ),
    );
  }
  return events;
}
