// What two versions of a list add to a built network: the actors designated
// in between, each with its links to actors already in the older network
// (the rebuild around listed operators, as the designations record it).

import { caption } from '../model/entity.js';
import type { Channel, Designation, LinkKind, Network, NetworkNode, Source } from '../model/network.js';

export interface TimelineLink {
  channel: string;
  /** The actor at the other end, and whether it was in the older network. */
  to: string;
  toName: string;
  toExisting: boolean;
  link?: LinkKind;
  label?: string;
  confidence: number;
  sources: Source[];
}

export interface TimelineActor {
  id: string;
  name: string;
  schema: string;
  /** False when the older list already held the entity and only its links are new. */
  newlyListed: boolean;
  designations: Designation[];
  links: TimelineLink[];
}

export interface DesignationTimeline {
  before: { network: string; nodes: number; channels: number };
  after: { network: string; nodes: number; channels: number };
  /** Actors in the newer network only; those linked to older actors first. */
  added: TimelineActor[];
  removed: { id: string; name: string }[];
  /** New links between actors both networks hold. */
  addedLinks: (TimelineLink & { from: string; fromName: string })[];
  removedLinks: number;
  counts: {
    added: number;
    addedLinkedToExisting: number;
    newlyListed: number;
    removed: number;
    addedLinks: number;
  };
}

function linkOf(c: Channel, other: NetworkNode, existing: boolean): TimelineLink {
  const out: TimelineLink = {
    channel: c.id,
    to: other.id,
    toName: caption(other),
    toExisting: existing,
    confidence: c.confidence,
    sources: c.sources ?? [],
  };
  if (c.link) out.link = c.link;
  if (c.label) out.label = c.label;
  return out;
}

/**
 * `listedBefore` tells whether the older list held an entity at all (in or out
 * of the older network); without it every added actor counts as newly listed.
 */
export function designationTimeline(
  before: Network,
  after: Network,
  listedBefore: (id: string) => boolean = () => false,
): DesignationTimeline {
  const old = new Map(before.nodes.map((n) => [n.id, n]));
  const now = new Map(after.nodes.map((n) => [n.id, n]));
  const oldChannels = new Set(before.channels.map((c) => c.id));
  const added = new Map<string, TimelineActor>();
  for (const n of after.nodes) {
    if (old.has(n.id)) continue;
    added.set(n.id, {
      id: n.id,
      name: caption(n),
      schema: n.schema,
      newlyListed: !listedBefore(n.id),
      designations: n.designations ?? [],
      links: [],
    });
  }
  const addedLinks: DesignationTimeline['addedLinks'] = [];
  for (const c of after.channels) {
    const a = now.get(c.from);
    const b = now.get(c.to);
    if (!a || !b) continue;
    const newA = added.get(c.from);
    const newB = added.get(c.to);
    if (newA) newA.links.push(linkOf(c, b, old.has(b.id)));
    if (newB) newB.links.push(linkOf(c, a, old.has(a.id)));
    if (!newA && !newB && !oldChannels.has(c.id))
      addedLinks.push({ ...linkOf(c, b, true), from: a.id, fromName: caption(a) });
  }
  const nowChannels = new Set(after.channels.map((c) => c.id));
  const list = [...added.values()];
  const linkedToExisting = (t: TimelineActor) => t.links.filter((l) => l.toExisting).length;
  list.sort((x, y) => linkedToExisting(y) - linkedToExisting(x) || (x.name < y.name ? -1 : 1));
  const removed = before.nodes.filter((n) => !now.has(n.id)).map((n) => ({ id: n.id, name: caption(n) }));
  return {
    before: { network: before.id, nodes: before.nodes.length, channels: before.channels.length },
    after: { network: after.id, nodes: after.nodes.length, channels: after.channels.length },
    added: list,
    removed,
    addedLinks,
    removedLinks: before.channels.filter((c) => !nowChannels.has(c.id)).length,
    counts: {
      added: list.length,
      addedLinkedToExisting: list.filter((t) => linkedToExisting(t) > 0).length,
      newlyListed: list.filter((t) => t.newlyListed).length,
      removed: removed.length,
      addedLinks: addedLinks.length,
    },
  };
}
