// Tie an analyst's actor to the list entity it stands for: the entity's id
// joins the actor's `listed`, its designations and its record join the
// actor's sources. Returns a new network; the input is not changed.

import { caption, type Entity } from '../model/entity.js';
import { NotFoundError } from '../model/errors.js';
import type { Designation, Network, NetworkNode } from '../model/network.js';
import { datasetSource, recordOf, type DatasetRef } from './collect.js';

export interface LinkListedRequest {
  node: string;
  entity: Entity;
  dataset: DatasetRef;
  /** Sanction entities naming the entity, if the dataset has them. */
  sanctions?: Entity[];
  /** How the tie was decided, kept with the source ("accepted screening result, score 0.97"). */
  note?: string;
}

export interface LinkListedResult {
  network: Network;
  node: NetworkNode;
  /** False when the actor already named this entity (nothing changed). */
  changed: boolean;
}

export function linkListedEntity(network: Network, req: LinkListedRequest): LinkListedResult {
  const index = network.nodes.findIndex((n) => n.id === req.node);
  if (index === -1)
    throw new NotFoundError(
      `network "${network.id}" has no actor "${req.node}"`,
      `choose one of: ${network.nodes
        .slice(0, 12)
        .map((n) => n.id)
        .join(', ')}${network.nodes.length > 12 ? ' …' : ''}`,
    );
  const before = network.nodes[index]!;
  if (before.listed?.includes(req.entity.id)) return { network, node: before, changed: false };
  const designations: Designation[] = (req.sanctions ?? []).map((s) => {
    const d: Designation = {
      authority: s.properties.authority?.[0] ?? 'unknown authority',
      programs: s.properties.program ?? [],
      entity: req.entity.id,
      dataset: req.dataset.name,
      datasetVersion: req.dataset.version,
    };
    const date = s.properties.listingDate?.[0] ?? s.properties.startDate?.[0];
    if (date) d.listingDate = date.slice(0, 10);
    return d;
  });
  const source = datasetSource(
    req.dataset,
    recordOf(req.entity),
    `${req.node} is ${caption(req.entity)} (${req.entity.id})${req.note ? `: ${req.note}` : ''}`,
  );
  const node: NetworkNode = {
    ...before,
    listed: [...(before.listed ?? []), req.entity.id],
    sources: [...(before.sources ?? []), source],
  };
  if (designations.length) node.designations = [...(before.designations ?? []), ...designations];
  if (designations.length || req.entity.properties.topics?.includes('sanction')) node.designated = true;
  const nodes = [...network.nodes];
  nodes[index] = node;
  return { network: { ...network, nodes }, node, changed: true };
}
