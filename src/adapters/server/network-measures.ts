// Applies a network's measures (actions) for a what-if: removed actors and
// reduced channel capacities, as options for the core flow analysis.

import { UsageError } from '../../core/model/errors.js';
import type { Action, Channel, Network } from '../../core/model/network.js';

export interface AppliedMeasures {
  actions: Action[];
  cost: number;
  removedNodes: Set<string>;
  capacityOverride: (channel: Channel) => number;
}

/** Fraction of capacity an action leaves on the channels it touches. */
function remaining(action: Action): number {
  return action.effect.type === 'remove' ? 0 : 1 - action.effect.fraction;
}

function touches(action: Action, channel: Channel): boolean {
  const t = action.target;
  if (t.type === 'channel') return t.id === channel.id;
  if (t.type === 'jurisdiction') return channel.jurisdiction === t.id;
  return action.effect.type !== 'remove' && (channel.from === t.id || channel.to === t.id);
}

export function applyMeasures(network: Network, ids: readonly string[]): AppliedMeasures {
  const byId = new Map(network.actions.map((a) => [a.id, a]));
  const actions = ids.map((id) => {
    const a = byId.get(id);
    if (!a) {
      throw new UsageError(
        `network "${network.id}" has no action "${id}"`,
        `pick from: ${network.actions.map((x) => x.id).join(', ') || '(none defined)'}`,
      );
    }
    return a;
  });
  const removedNodes = new Set(
    actions.filter((a) => a.target.type === 'node' && a.effect.type === 'remove').map((a) => a.target.id),
  );
  const capacityOverride = (channel: Channel): number => {
    let factor = 1;
    for (const a of actions) if (touches(a, channel)) factor *= remaining(a);
    return factor === 1 ? channel.capacity : factor === 0 ? 0 : channel.capacity * factor;
  };
  return { actions, cost: actions.reduce((acc, a) => acc + a.cost, 0), removedNodes, capacityOverride };
}
