// Network-aware screening inputs: a network as FtM entities (actors plus one
// edge entity per channel), and which entities of a dataset are designated.

import type { Entity } from '../model/entity.js';
import type { ChannelKind, Network } from '../model/network.js';

const EDGE_OF_KIND: Partial<Record<ChannelKind, { schema: string; source: string; target: string }>> = {
  ownership: { schema: 'Ownership', source: 'owner', target: 'asset' },
  directorship: { schema: 'Directorship', source: 'director', target: 'organization' },
  membership: { schema: 'Membership', source: 'member', target: 'organization' },
  financial: { schema: 'Payment', source: 'payer', target: 'beneficiary' },
};

/** Actors as entities and channels as FtM edge entities (UnknownLink for routes and arms). */
export function networkAsEntities(network: Network): Entity[] {
  const out: Entity[] = network.nodes.map((n) => ({ id: n.id, schema: n.schema, properties: n.properties }));
  for (const c of network.channels) {
    const edge = EDGE_OF_KIND[c.kind] ?? { schema: 'UnknownLink', source: 'subject', target: 'object' };
    out.push({
      id: `channel:${c.id}`,
      schema: edge.schema,
      properties: { [edge.source]: [c.from], [edge.target]: [c.to] },
    });
  }
  return out;
}

/** Entities on a sanctions list: tagged `sanction`, or the subject of a Sanction entity. */
export function designatedIds(entities: Iterable<Entity>): Set<string> {
  const out = new Set<string>();
  for (const e of entities) {
    if (e.schema === 'Sanction') for (const id of e.properties.entity ?? []) out.add(id);
    else if (e.properties.topics?.includes('sanction')) out.add(e.id);
  }
  return out;
}
