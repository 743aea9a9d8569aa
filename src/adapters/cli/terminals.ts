// Resolves --from/--to for analysis commands: explicit ids, else the nodes
// with role sponsor / recipient (DIMACS s and t load with those roles).

import { UsageError } from '../../core/model/errors.js';
import { nodesWithRole, type Network } from '../../core/model/network.js';

export function resolveTerminals(
  network: Network,
  from: string[],
  to: string[],
): { sources: string[]; targets: string[] } {
  const ids = new Set(network.nodes.map((n) => n.id));
  const sources = from.length ? from : nodesWithRole(network, 'sponsor');
  const targets = to.length ? to : nodesWithRole(network, 'recipient');
  if (sources.length === 0) throw new UsageError('the network has no sponsor', 'pass --from ID');
  if (targets.length === 0) throw new UsageError('the network has no recipient', 'pass --to ID');
  for (const id of [...sources, ...targets]) {
    if (!ids.has(id))
      throw new UsageError(`unknown node "${id}"`, 'use a node id from: interdict networks show FILE');
  }
  return { sources, targets };
}
