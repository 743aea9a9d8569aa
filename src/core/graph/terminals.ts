// Which actors a flow runs between: the ones named, else every sponsor and
// every recipient of the network.

import { UsageError } from '../model/errors.js';
import { nodesWithRole, type Network } from '../model/network.js';

export function flowTerminals(
  network: Network,
  from: readonly string[] = [],
  to: readonly string[] = [],
): { from: string[]; to: string[] } {
  const f = from.length ? [...from] : nodesWithRole(network, 'sponsor');
  const t = to.length ? [...to] : nodesWithRole(network, 'recipient');
  if (!f.length) {
    throw new UsageError(
      `network "${network.id}" has no sponsor to start the flow from`,
      'name the source actors ({from}), or give an actor the role sponsor',
      'from',
    );
  }
  if (!t.length) {
    throw new UsageError(
      `network "${network.id}" has no recipient for the flow to reach`,
      'name the recipient actors ({to}), or give an actor the role recipient',
      'to',
    );
  }
  return { from: f, to: t };
}
